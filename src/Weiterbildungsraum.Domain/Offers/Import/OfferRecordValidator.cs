using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// What every imported offer must hold, whatever the format — the minimum the employment agency's course database
/// expects: a unique number, a title, a description of at least 45 characters, at least one date, more than three
/// hours, a price (0 allowed), the format, and a venue with full address for courses on site.
/// </summary>
public static class OfferRecordValidator
{
    public const int MinDescriptionLength = 45;
    public const int MaxTextLength = 20_000;

    public static void Validate(ParsedCatalogue catalogue)
    {
        RefusedCharacters(catalogue);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var likely = new Dictionary<LikelyDuplicates.Key, OfferRecord>();
        foreach (var o in catalogue.Offers)
        {
            var at = o.Location;
            bool Reported(string field) => catalogue.Problems.Any(p => p.Location == at && p.Field == field);
            if (o.ExternalId.Length > 0 && !seen.TryAdd(o.ExternalId, at))
                catalogue.Error(at, "Angebotsnummer", $"Die Angebotsnummer „{o.ExternalId}“ kommt in der Datei mehrfach vor (zuerst {seen[o.ExternalId]}).");
            if (o.ExternalId.Length > 100) catalogue.Error(at, "Angebotsnummer", "Die Angebotsnummer ist länger als 100 Zeichen.");
            if (o.Title.Length == 0) catalogue.Error(at, "Titel", "Der Titel fehlt.");
            else if (o.Title.Length > 200) catalogue.Error(at, "Titel", "Der Titel ist länger als 200 Zeichen.");
            if (PlainText(o.Content).Length < MinDescriptionLength)
                catalogue.Error(at, "Beschreibung", $"Die Beschreibung fehlt oder ist kürzer als {MinDescriptionLength} Zeichen.");
            if (o.Hours is null && !Reported("Unterrichtsstunden")) catalogue.Error(at, "Unterrichtsstunden", "Die Dauer in Stunden fehlt.");
            else if (o.Hours is not null && o.Hours <= 3) catalogue.Error(at, "Unterrichtsstunden", "Ein Angebot muss länger als 3 Stunden dauern.");
            if (o.Price is null && !Reported("Preis")) catalogue.Error(at, "Preis", "Der Preis fehlt (0 ist erlaubt, dann bitte mit Preishinweis).");
            else if (o.Price is not null && o.Price < 0 || o.Price > 1_000_000) catalogue.Error(at, "Preis", "Der Preis liegt außerhalb von 0 bis 1.000.000 Euro.");
            if (o.MinParticipants is { } min && o.MaxParticipants is { } max && min > max)
                catalogue.Error(at, "Teilnehmende", $"Die Mindestzahl ({min}) ist größer als die Höchstzahl ({max}).");
            if (o.ContactEmail.Length > 0 && !o.ContactEmail.Contains('@')) catalogue.Error(at, "Kontakt-E-Mail", $"„{o.ContactEmail}“ ist keine E-Mail-Adresse.");
            foreach (var (field, text) in PlainFields(o))
            {
                if (text.Length > MaxTextLength) catalogue.Error(at, field, $"Der Text ist länger als {MaxTextLength} Zeichen.");
                if (LooksLikeMarkup(text)) catalogue.Error(at, field, "Das Feld enthält HTML oder Skript; erlaubt ist hier nur reiner Text.");
            }
            if (o.Sessions.Count == 0) catalogue.Error(at, "Termine", "Das Angebot hat keinen Termin; mindestens ein Termin ist nötig.");
            foreach (var s in o.Sessions) ValidateSession(catalogue, s);
            foreach (var c in o.Competencies)
            {
                if (c.EntryLevel is { } e && !ProficiencyScale.Contains(e) || c.ExitLevel is { } x && !ProficiencyScale.Contains(x))
                    catalogue.Error(c.Location, "Kompetenzen", $"Die Stufen von „{c.Text}“ müssen zwischen 0 und 4 liegen.");
                else if (c.EntryLevel > c.ExitLevel)
                    catalogue.Error(c.Location, "Kompetenzen", $"Bei „{c.Text}“ ist die Einstiegsstufe höher als die Zielstufe.");
            }
            if (LikelyDuplicates.KeyOf(o) is { } key)
            {
                if (likely.TryGetValue(key, out var other) && other.ExternalId != o.ExternalId)
                    catalogue.Warning(at, "Titel", $"Wahrscheinlich doppelt: „{o.Title}“ beginnt am selben Tag am selben Ort wie Angebot „{other.ExternalId}“ ({other.Location}).");
                else likely.TryAdd(key, o);
            }
        }
    }

    private static void ValidateSession(ParsedCatalogue catalogue, SessionRecord s)
    {
        if (s.StartDate == default) return;
        if (s.EndDate < s.StartDate) catalogue.Error(s.Location, "Ende", "Das Ende liegt vor dem Beginn.");
        if (s.StartDate.Year < 2000 || s.EndDate.Year > 2100) catalogue.Error(s.Location, "Beginn", "Das Datum liegt außerhalb von 2000 bis 2100.");
        if (s.StartTime is { } from && s.EndTime is { } to && to <= from && s.StartDate == s.EndDate)
            catalogue.Error(s.Location, "Uhrzeit bis", "Die Endzeit liegt nicht nach der Anfangszeit.");
        if (s.Seats is < 0) catalogue.Error(s.Location, "Plätze", "Die Zahl der Plätze ist negativ.");
        if (s.Format is SessionFormat.Onsite or SessionFormat.Blended)
        {
            if (s.VenueName.Length == 0) catalogue.Error(s.Location, "Veranstaltungsort", "Für Präsenztermine fehlt der Name des Veranstaltungsorts.");
            if (s.Street.Length == 0 || s.Postcode.Length == 0 || s.Town.Length == 0)
                catalogue.Error(s.Location, "Adresse", "Für Präsenztermine fehlt die vollständige Adresse (Straße, PLZ, Ort).");
        }
        foreach (var (field, text) in new[] { ("Veranstaltungsort", s.VenueName), ("Straße", s.Street), ("PLZ", s.Postcode), ("Ort", s.Town) })
            if (LooksLikeMarkup(text)) catalogue.Error(s.Location, field, "Das Feld enthält HTML oder Skript; erlaubt ist hier nur reiner Text.");
    }

    /// <summary>
    /// A NUL or another control character (except tab and line breaks) in any text of the file is an error naming the place
    /// and field: it means a damaged file, PostgreSQL cannot store a NUL, and XML cannot carry the others.
    /// </summary>
    private static void RefusedCharacters(ParsedCatalogue catalogue)
    {
        void Check(string location, string field, string? text)
        {
            if (ControlCharacters.Problem(text) is { } reason) catalogue.Error(location, field, reason);
        }
        void CheckSupplier(string location, SupplierRecord? s)
        {
            if (s is null) return;
            foreach (var text in new[] { s.Id, s.Name, s.Street, s.Postcode, s.Town, s.Email, s.Phone, s.Website })
                if (ControlCharacters.HasRefused(text)) { Check(location, "Anbieter", text); return; }
        }
        CheckSupplier("", catalogue.Supplier);
        foreach (var id in catalogue.Withdrawn) Check("", "DELETE", id);
        foreach (var o in catalogue.Offers)
        {
            foreach (var (field, text) in PlainFields(o)) Check(o.Location, field, text);
            Check(o.Location, "Beschreibung", o.Content);
            CheckSupplier(o.Location, o.Supplier);
            foreach (var s in o.Sessions)
                foreach (var (field, text) in new[] { ("Veranstaltungsort", s.VenueName), ("Straße", s.Street), ("PLZ", s.Postcode), ("Ort", s.Town) })
                    Check(s.Location, field, text);
            foreach (var c in o.Competencies)
            {
                Check(c.Location, "Kompetenzen", c.Text);
                Check(c.Location, "Kompetenzen", c.Name);
            }
        }
    }

    private static IEnumerable<(string Field, string Text)> PlainFields(OfferRecord o) =>
    [
        ("Angebotsnummer", o.ExternalId), ("Titel", o.Title), ("Kurzbeschreibung", o.Summary), ("Zielgruppe", o.TargetGroup),
        ("Voraussetzungen", o.EntryRequirements), ("Abschluss", o.Qualification), ("Prüfende Stelle", o.ExaminingBody),
        ("Preishinweis", o.PriceRemark), ("Förderung", o.FundingNotes), ("Ansprechperson", o.ContactName),
        ("Kontakt-E-Mail", o.ContactEmail), ("Kontakt-Telefon", o.ContactPhone), ("Sprache", o.Language),
    ];

    /// <summary>A tag or a script URL in a field meant for plain text.</summary>
    public static bool LooksLikeMarkup(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
            if (text[i] == '<' && (char.IsLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?')) return true;
        return text.Contains("javascript:", StringComparison.OrdinalIgnoreCase);
    }

    public static string PlainText(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", " ")).Trim();
}
