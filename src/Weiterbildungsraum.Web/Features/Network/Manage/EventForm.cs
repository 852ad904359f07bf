using System.ComponentModel.DataAnnotations;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Network.Profiles;

namespace Weiterbildungsraum.Web.Features.Network.Manage;

/// <summary>An event as the coordination edits it: dates and times in German local time, stored as UTC.</summary>
public sealed class EventForm : IValidatableObject
{
    private static readonly DateOnly Earliest = new(2000, 1, 1), Latest = new(2100, 12, 31);

    public Guid Version { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie einen Titel ein.")]
    [StringLength(200, ErrorMessage = "Der Titel darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Titel")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Bitte geben Sie den Tag an, an dem die Veranstaltung beginnt.")]
    [Display(Name = "Datum")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie die Uhrzeit des Beginns an.")]
    [Display(Name = "Beginn (Uhrzeit)")]
    public TimeOnly? StartTime { get; set; }

    [Display(Name = "Letzter Tag (bei mehrtägigen Veranstaltungen)")]
    public DateOnly? EndDate { get; set; }

    [Required(ErrorMessage = "Bitte geben Sie die Uhrzeit des Endes an.")]
    [Display(Name = "Ende (Uhrzeit)")]
    public TimeOnly? EndTime { get; set; }

    [Display(Name = "Online-Veranstaltung")]
    public bool IsOnline { get; set; }

    [StringLength(300, ErrorMessage = "Ort und Anschrift dürfen höchstens 300 Zeichen lang sein.")]
    [Display(Name = "Veranstaltungsort mit Anschrift")]
    public string? Place { get; set; }

    [StringLength(500, ErrorMessage = "Der Link darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Link zur Teilnahme")]
    public string? OnlineUrl { get; set; }

    [Display(Name = "Veranstalter")]
    public int? OrganiserId { get; set; }

    [Required(ErrorMessage = "Bitte beschreiben Sie die Veranstaltung.")]
    [StringLength(8000, ErrorMessage = "Die Beschreibung darf höchstens 8.000 Zeichen lang sein.")]
    [Display(Name = "Beschreibung")]
    public string Description { get; set; } = "";

    [Display(Name = "Anmeldung")]
    public EventRegistrationMode Registration { get; set; } = EventRegistrationMode.Platform;

    [StringLength(500, ErrorMessage = "Der Link darf höchstens 500 Zeichen lang sein.")]
    [Display(Name = "Link zur Anmeldung beim Veranstalter")]
    public string? RegistrationUrl { get; set; }

    [Range(1, 100_000, ErrorMessage = "Die Zahl der Plätze muss zwischen 1 und 100.000 liegen; leer lassen für unbegrenzt.")]
    [Display(Name = "Plätze")]
    public int? Capacity { get; set; }

    [Display(Name = "Anmeldeschluss (Datum)")]
    public DateOnly? DeadlineDate { get; set; }

    [Display(Name = "Anmeldeschluss (Uhrzeit)")]
    public TimeOnly? DeadlineTime { get; set; }

    // Methods, not properties: the validator reads every property, also of a form without dates.
    public DateTime StartsAtUtc() => LocalTime.ToUtc(StartDate!.Value.ToDateTime(StartTime!.Value));
    public DateTime EndsAtUtc() => LocalTime.ToUtc((EndDate ?? StartDate!.Value).ToDateTime(EndTime!.Value));
    public DateTime? DeadlineUtc() => DeadlineDate is { } d ? LocalTime.ToUtc(d.ToDateTime(DeadlineTime ?? new TimeOnly(23, 59))) : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        var datesInRange = true;
        foreach (var (date, field) in new[] { (StartDate, nameof(StartDate)), (EndDate, nameof(EndDate)), (DeadlineDate, nameof(DeadlineDate)) })
            if (date is { } d && (d < Earliest || d > Latest))
            {
                datesInRange = false;
                yield return new ValidationResult("Bitte geben Sie ein Datum zwischen 2000 und 2100 an.", [field]);
            }
        if (datesInRange && StartDate is { } start && StartTime is not null && EndTime is not null)
        {
            if (EndDate is { } end && end < start)
                yield return new ValidationResult("Der letzte Tag liegt vor dem ersten Tag.", [nameof(EndDate)]);
            else if (EndsAtUtc() <= StartsAtUtc())
                yield return new ValidationResult("Das Ende muss nach dem Beginn liegen.", [nameof(EndTime)]);
            if (Registration == EventRegistrationMode.Platform && DeadlineUtc() is { } deadline && deadline > StartsAtUtc())
                yield return new ValidationResult("Der Anmeldeschluss muss vor dem Beginn liegen; leer lassen, wenn die Anmeldung bis zum Beginn offen ist.", [nameof(DeadlineDate)]);
        }
        if (DeadlineTime is not null && DeadlineDate is null)
            yield return new ValidationResult("Zur Uhrzeit des Anmeldeschlusses fehlt das Datum.", [nameof(DeadlineDate)]);
        if (!IsOnline && string.IsNullOrWhiteSpace(Place))
            yield return new ValidationResult("Bitte geben Sie den Veranstaltungsort mit Anschrift an oder kreuzen Sie „Online-Veranstaltung“ an.", [nameof(Place)]);
        if (!string.IsNullOrWhiteSpace(OnlineUrl) && !WebAddress.IsValid(OnlineUrl))
            yield return new ValidationResult("Bitte geben Sie den Link zur Teilnahme vollständig mit https:// an.", [nameof(OnlineUrl)]);
        if (Registration == EventRegistrationMode.External && !WebAddress.IsValid(RegistrationUrl))
            yield return new ValidationResult("Bitte geben Sie den Link zur Anmeldung beim Veranstalter vollständig mit https:// an.", [nameof(RegistrationUrl)]);
        if (!Enum.IsDefined(Registration))
            yield return new ValidationResult("Bitte wählen Sie, wie man sich anmeldet.", [nameof(Registration)]);
    }

    public static EventForm From(NetworkEvent e)
    {
        var start = LocalTime.FromUtc(e.StartsAt);
        var end = LocalTime.FromUtc(e.EndsAt);
        var deadline = e.RegistrationDeadline is { } d ? LocalTime.FromUtc(d) : (DateTime?)null;
        return new EventForm
        {
            Version = e.Version, Title = e.Title, StartDate = DateOnly.FromDateTime(start), StartTime = TimeOnly.FromDateTime(start),
            EndDate = end.Date == start.Date ? null : DateOnly.FromDateTime(end), EndTime = TimeOnly.FromDateTime(end),
            IsOnline = e.IsOnline, Place = e.Place, OnlineUrl = e.OnlineUrl, OrganiserId = e.OrganiserId, Description = e.Description,
            Registration = e.Registration, RegistrationUrl = e.RegistrationUrl, Capacity = e.Capacity,
            DeadlineDate = deadline is { } dl ? DateOnly.FromDateTime(dl) : null, DeadlineTime = deadline is { } dt ? TimeOnly.FromDateTime(dt) : null,
        };
    }

    public void ApplyTo(NetworkEvent e)
    {
        e.Title = Title.Trim();
        e.StartsAt = StartsAtUtc();
        e.EndsAt = EndsAtUtc();
        e.IsOnline = IsOnline;
        e.Place = Place?.Trim() ?? "";
        e.OnlineUrl = IsOnline && !string.IsNullOrWhiteSpace(OnlineUrl) ? OnlineUrl.Trim() : null;
        e.OrganiserId = OrganiserId;
        e.Description = Description.Trim().Replace("\r\n", "\n");
        e.Registration = Registration;
        e.RegistrationUrl = Registration == EventRegistrationMode.External ? RegistrationUrl!.Trim() : null;
        e.Capacity = Registration == EventRegistrationMode.Platform ? Capacity : null;
        e.RegistrationDeadline = Registration == EventRegistrationMode.Platform ? DeadlineUtc() : null;
    }
}
