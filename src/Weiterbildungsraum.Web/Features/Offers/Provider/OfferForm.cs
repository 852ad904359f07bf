using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Weiterbildungsraum.Domain.Competencies;

namespace Weiterbildungsraum.Web.Features.Offers.Provider;

/// <summary>The offer as the provider edits it: every field of the offer, its sessions and the competencies it teaches.</summary>
public sealed class OfferForm : IValidatableObject
{
    public Guid Version { get; set; }
    [Display(Name = "Angebotsnummer")]
    [StringLength(100, ErrorMessage = "Die Angebotsnummer darf höchstens 100 Zeichen lang sein.")]
    public string? ExternalId { get; set; }
    [Required(ErrorMessage = "Bitte geben Sie einen Titel ein.")]
    [StringLength(200, ErrorMessage = "Der Titel darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";
    [Display(Name = "Kurzbeschreibung")]
    public string? Summary { get; set; }
    [Required(ErrorMessage = "Bitte beschreiben Sie den Inhalt.")]
    [Display(Name = "Inhalt")]
    public string Content { get; set; } = "";
    [Display(Name = "Schlagworte")]
    [StringLength(1000, ErrorMessage = "Die Schlagworte dürfen zusammen höchstens 1.000 Zeichen lang sein.")]
    public string? Keywords { get; set; }
    [Display(Name = "Zielgruppe")] public string? TargetGroup { get; set; }
    [Display(Name = "Voraussetzungen")] public string? EntryRequirements { get; set; }
    [Display(Name = "Abschluss")] public string? Qualification { get; set; }
    [Display(Name = "Prüfende Stelle")] public string? ExaminingBody { get; set; }
    [Display(Name = "Führt zu einem Berufsabschluss")] public bool LeadsToQualification { get; set; }
    [Range(1, 10000, ErrorMessage = "Bitte geben Sie die Dauer in Stunden an (1 bis 10.000).")]
    [Display(Name = "Stunden")]
    public int Hours { get; set; }
    [Range(0, 1000000, ErrorMessage = "Der Preis muss zwischen 0 und 1.000.000 Euro liegen.")]
    [Display(Name = "Preis in Euro")]
    public decimal Price { get; set; }
    [Display(Name = "Preishinweis")] public string? PriceRemark { get; set; }
    [Display(Name = "Förderhinweise")] public string? FundingNotes { get; set; }
    [Display(Name = "AZAV-zugelassene Maßnahme")] public bool Azav { get; set; }
    [Display(Name = "Mit Bildungsgutschein förderfähig")] public bool BildungsgutscheinApproved { get; set; }
    [Display(Name = "Sprache")] public string Language { get; set; } = "de";
    [Display(Name = "Zeitmodell")] public TimeModel TimeModel { get; set; } = TimeModel.PartTime;
    [Range(0, 10000, ErrorMessage = "Bitte eine Zahl ab 0 eingeben.")]
    [Display(Name = "Mindestens Teilnehmende")]
    public int? MinParticipants { get; set; }
    [Range(0, 10000, ErrorMessage = "Bitte eine Zahl ab 0 eingeben.")]
    [Display(Name = "Höchstens Teilnehmende")]
    public int? MaxParticipants { get; set; }
    [Display(Name = "Ansprechperson")] public string? ContactName { get; set; }
    [EmailAddress(ErrorMessage = "Bitte eine gültige E-Mail-Adresse eingeben.")]
    [Display(Name = "E-Mail für Anfragen")]
    public string? ContactEmail { get; set; }
    [Display(Name = "Telefon für Anfragen")] public string? ContactPhone { get; set; }
    [Display(Name = "Veröffentlicht")] public bool IsPublished { get; set; }
    [Display(Name = "Trotzdem speichern, es ist kein Doppel")] public bool ConfirmNotDuplicate { get; set; }
    public List<SessionForm> Sessions { get; set; } = [];
    public List<CompetencyForm> Competencies { get; set; } = [];

    public IEnumerable<SessionForm> KeptSessions => Sessions.Where(s => !s.Remove && s.StartDate is not null);

    /// <summary>"Gabelstapler, Staplerschein; DGUV 308-001": one word or phrase between commas or semicolons.</summary>
    public List<string> KeywordList =>
        [.. (Keywords ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MinParticipants > MaxParticipants)
            yield return new("Die Mindestzahl der Teilnehmenden ist größer als die Höchstzahl.", [nameof(MinParticipants)]);
        for (var i = 0; i < Sessions.Count; i++)
        {
            var s = Sessions[i];
            if (s.Remove || s.StartDate is null) continue;
            var prefix = $"{nameof(Sessions)}[{i}].";
            if (s.EndDate is { } end && end < s.StartDate) yield return new($"Termin {i + 1}: Das Ende liegt vor dem Beginn.", [prefix + nameof(s.EndDate)]);
            if (s.Format is OfferFormat.Onsite or OfferFormat.Blended && string.IsNullOrWhiteSpace(s.Town))
                yield return new($"Termin {i + 1}: Für Präsenz bitte den Ort angeben.", [prefix + nameof(s.Town)]);
        }
        foreach (var c in Competencies.Where(c => c.Selected))
        {
            if (!ProficiencyScale.Contains(c.EntryLevel) || !ProficiencyScale.Contains(c.ExitLevel) || c.EntryLevel > c.ExitLevel)
                yield return new($"Kompetenz „{c.Name}“: Die Zielstufe muss mindestens so hoch sein wie die Einstiegsstufe (0–4).", [nameof(Competencies)]);
        }
    }
}

public sealed class SessionForm
{
    public int? Id { get; set; }
    [Display(Name = "Termin entfernen")] public bool Remove { get; set; }
    [Display(Name = "Beginn")] public DateOnly? StartDate { get; set; }
    [Display(Name = "Ende")] public DateOnly? EndDate { get; set; }
    [Display(Name = "Uhrzeit von")] public TimeOnly? StartTime { get; set; }
    [Display(Name = "Uhrzeit bis")] public TimeOnly? EndTime { get; set; }
    [Display(Name = "Format")] public OfferFormat Format { get; set; }
    [Display(Name = "Veranstaltungsort")] public string? VenueName { get; set; }
    [Display(Name = "Straße")] public string? Street { get; set; }
    [Display(Name = "PLZ")] public string? Postcode { get; set; }
    [Display(Name = "Ort")] public string? Town { get; set; }
    [Range(0, 10000, ErrorMessage = "Bitte eine Zahl ab 0 eingeben.")]
    [Display(Name = "Plätze")]
    public int? Seats { get; set; }
}

public sealed class CompetencyForm
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Selected { get; set; }
    public int EntryLevel { get; set; }
    public int ExitLevel { get; set; } = 2;
    /// <summary>Shown, never bound back: the page reads them from the stored links and the linker.</summary>
    [BindNever] public double? Score { get; set; }
    [BindNever] public Domain.Offers.LinkSource? Source { get; set; }
    [BindNever] public IReadOnlyList<string> Evidence { get; set; } = [];
    [BindNever] public bool RemovedByProvider { get; set; }
}
