using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// What every imported offer must hold, whatever the format (docs/import-formats.md, „Fehler oder Warnung“). An offer is
/// refused only when it cannot be shown or updated at all: no own number, no title, nothing about its content, dates that
/// are not dates, HTML or control characters where plain text belongs. What real catalogues often lack — a price, the
/// hours, a long description, the name of the venue, part of the address — is a warning, and the offer is shown with a
/// fallback the warning names.
/// </summary>
public static class OfferRecordValidator
{
    public const int MinDescriptionLength = 45;
    public const int MaxTextLength = 20_000;

    /// <summary>What the price remark says when the file names no price; the offer page shows it instead of an amount.</summary>
    public const string PriceOnRequest = "Preis auf Anfrage";

    /// <summary>Fields under which parsers already report a value they could not read, so the validator does not report it again.</summary>
    private static readonly string[] IdFields = ["Angebotsnummer", "identifier", "PRODUCT_ID"];
    private static readonly string[] HourFields = ["Unterrichtsstunden", "timeRequired", "courseWorkload", "duration", "DURATION"];
    private static readonly string[] PriceFields = ["Preis", "price", "priceCurrency", "offers", "PRICE_AMOUNT", "PRICE_CURRENCY"];

    public static void Validate(ParsedCatalogue catalogue)
    {
        RefusedCharacters(catalogue);
        var reported = catalogue.Problems.Where(p => p.Offer is not null).Select(p => (p.Offer!, p.Field)).ToHashSet();
        var seen = new Dictionary<string, OfferRecord>(StringComparer.Ordinal);
        var likely = new Dictionary<LikelyDuplicates.Key, OfferRecord>();
        foreach (var o in catalogue.Offers)
        {
            var at = o.Location;
            void Error(string field, string message) => catalogue.Error(at, field, message, o);
            void Warning(string field, string message) => catalogue.Warning(at, field, message, o);
            bool Reported(string[] fields) => fields.Any(f => reported.Contains((o, f)));

            if (o.ExternalId.Length == 0)
            {
                if (!Reported(IdFields)) Error("Angebotsnummer", "Die eigene Angebotsnummer fehlt; ohne sie lässt sich das Angebot bei späteren Importen nicht wiederfinden.");
            }
            else if (seen.TryGetValue(o.ExternalId, out var first))
            {
                Error("Angebotsnummer", $"Die Angebotsnummer „{o.ExternalId}“ kommt in der Datei mehrfach vor (zuerst {first.Location}).");
                if (reported.Add((first, "Angebotsnummer")))
                    catalogue.Error(first.Location, "Angebotsnummer", $"Die Angebotsnummer „{o.ExternalId}“ kommt in der Datei mehrfach vor (auch {at}).", first);
            }
            else seen[o.ExternalId] = o;
            if (o.ExternalId.Length > 100) Error("Angebotsnummer", "Die Angebotsnummer ist länger als 100 Zeichen.");
            if (o.Title.Length == 0) Error("Titel", "Der Titel fehlt.");
            else if (o.Title.Length > 200) Error("Titel", "Der Titel ist länger als 200 Zeichen.");
            Content(o, catalogue);
            Hours(o, catalogue, Reported(HourFields));
            Price(o, catalogue, Reported(PriceFields));
            if (o.MinParticipants is { } min && o.MaxParticipants is { } max && min > max)
            {
                Warning("Teilnehmende", $"Die Mindestzahl ({min}) ist größer als die Höchstzahl ({max}); übernommen wird nur die Höchstzahl.");
                o.MinParticipants = null;
            }
            if (o.ContactEmail.Length > 0 && !o.ContactEmail.Contains('@'))
            {
                Warning("Kontakt-E-Mail", $"„{o.ContactEmail}“ ist keine E-Mail-Adresse und wird nicht übernommen.");
                o.ContactEmail = "";
            }
            foreach (var (field, text) in PlainFields(o))
            {
                if (text.Length > MaxTextLength) Error(field, $"Der Text ist länger als {MaxTextLength} Zeichen.");
                if (LooksLikeMarkup(text)) Error(field, "Das Feld enthält HTML oder Skript; erlaubt ist hier nur reiner Text.");
            }
            if (o.Sessions.Count == 0)
                Warning("Termine", "Das Angebot hat keinen Termin; es wird ohne Termine gezeigt („Fragen Sie beim Anbieter nach“).");
            foreach (var s in o.Sessions) ValidateSession(catalogue, o, s);
            Levels(o, catalogue);
            if (LikelyDuplicates.KeyOf(o) is { } key)
            {
                if (likely.TryGetValue(key, out var other) && other.ExternalId != o.ExternalId)
                    Warning("Titel", $"Wahrscheinlich doppelt: „{o.Title}“ beginnt am selben Tag am selben Ort wie Angebot „{other.ExternalId}“ ({other.Location}).");
                else likely.TryAdd(key, o);
            }
        }
    }

    private static void Content(OfferRecord o, ParsedCatalogue catalogue)
    {
        var length = PlainText(o.Content).Length;
        if (length > 0)
        {
            if (length < MinDescriptionLength)
                catalogue.Warning(o.Location, "Beschreibung", $"Die Beschreibung ist kürzer als {MinDescriptionLength} Zeichen; mit mehr Text finden und verstehen Interessierte das Angebot besser.", o);
        }
        else if (o.Summary.Trim().Length > 0)
        {
            o.Content = o.Summary;
            catalogue.Notice(o.Location, "Beschreibung", "Die Beschreibung fehlt; gezeigt wird die Kurzbeschreibung.", o);
        }
        else catalogue.Error(o.Location, "Beschreibung", "Zum Inhalt steht nichts: Beschreibung und Kurzbeschreibung fehlen.", o);
    }

    private static void Hours(OfferRecord o, ParsedCatalogue catalogue, bool reported)
    {
        if (o.Hours is > 0 and <= 3)
            catalogue.Warning(o.Location, "Unterrichtsstunden", $"Das Angebot dauert nur {o.Hours} Stunden; die Kursdatenbank der Agentur für Arbeit nimmt erst Angebote über 3 Stunden auf.", o);
        if (o.Hours is > 0) return;
        o.Hours = null;
        if (OneDayHours(o) is { } hours)
        {
            o.Hours = hours;
            catalogue.Notice(o.Location, "Unterrichtsstunden", $"Die Dauer fehlt; aus den Uhrzeiten des eintägigen Termins ergeben sich {hours} Stunden.", o);
        }
        else if (!reported)
            catalogue.Warning(o.Location, "Unterrichtsstunden", "Die Dauer in Stunden fehlt; das Angebot wird ohne Stundenzahl gezeigt und für Förderungen, die eine Mindestdauer verlangen, nicht vorgeschlagen.", o);
    }

    /// <summary>The length of a course whose every run is one day with the same clock times: those hours are the course.</summary>
    private static int? OneDayHours(OfferRecord o)
    {
        if (o.Sessions.Count == 0 || o.Sessions.Any(s => s.EndDate != s.StartDate || s.StartTime is null || s.EndTime is null)) return null;
        var lengths = o.Sessions.Select(s => (s.EndTime!.Value - s.StartTime!.Value).TotalHours).Distinct().ToList();
        return lengths is [var h] && h >= 1 ? (int)Math.Round(h, MidpointRounding.AwayFromZero) : null;
    }

    private static void Price(OfferRecord o, ParsedCatalogue catalogue, bool reported)
    {
        if (o.Price is > 1_000_000)
        {
            catalogue.Warning(o.Location, "Preis", $"Der Preis {ImportValues.Euro(o.Price.Value)} liegt über 1.000.000 Euro und wird nicht übernommen; gezeigt wird „{PriceOnRequest}“.", o);
            o.Price = null;
            reported = true;
        }
        if (o.Price is not null) return;
        if (!reported && !o.PriceRemark.StartsWith(PriceOnRequest, StringComparison.OrdinalIgnoreCase))
            catalogue.Warning(o.Location, "Preis", $"Der Preis fehlt; gezeigt wird „{PriceOnRequest}“. Ist das Angebot kostenfrei, bitte 0 angeben.", o);
        o.PriceRemark = OnRequest(o.PriceRemark);
    }

    /// <summary>The price remark of an offer without a price: „Preis auf Anfrage“, followed by what the provider wrote.</summary>
    public static string OnRequest(string remark) =>
        remark.StartsWith(PriceOnRequest, StringComparison.OrdinalIgnoreCase) ? remark
        : remark.Length == 0 || ImportValues.SaysOnRequest(remark) && remark.Length <= 20 ? PriceOnRequest
        : $"{PriceOnRequest} – {remark}";

    private static void Levels(OfferRecord o, ParsedCatalogue catalogue)
    {
        for (var i = 0; i < o.Competencies.Count; i++)
        {
            var c = o.Competencies[i];
            var outside = c.EntryLevel is { } e && !ProficiencyScale.Contains(e) || c.ExitLevel is { } x && !ProficiencyScale.Contains(x);
            if (!outside && !(c.EntryLevel > c.ExitLevel)) continue;
            catalogue.Warning(c.Location, "Kompetenzen", outside
                ? $"Die Stufen von „{c.Text}“ müssen zwischen 0 und 4 liegen; die Kompetenz wird mit den Standardstufen übernommen."
                : $"Bei „{c.Text}“ ist die Einstiegsstufe höher als die Zielstufe; die Kompetenz wird mit den Standardstufen übernommen.", o);
            o.Competencies[i] = c with { EntryLevel = null, ExitLevel = null };
        }
    }

    private static void ValidateSession(ParsedCatalogue catalogue, OfferRecord o, SessionRecord s)
    {
        void Error(string field, string message) => catalogue.Error(s.Location, field, message, o);
        if (s.StartDate == default) return;
        if (s.EndDate < s.StartDate) Error("Ende", $"Das Ende ({s.EndDate:dd.MM.yyyy}) liegt vor dem Beginn ({s.StartDate:dd.MM.yyyy}).");
        if (s.StartDate.Year < 2000 || s.EndDate.Year > 2100) Error("Beginn", "Das Datum liegt außerhalb von 2000 bis 2100.");
        if (s.StartTime is { } from && s.EndTime is { } to && to <= from && s.StartDate == s.EndDate)
        {
            catalogue.Warning(s.Location, "Uhrzeit bis", $"Die Endzeit {to:HH\\:mm} liegt nicht nach der Anfangszeit {from:HH\\:mm}; der Termin wird ohne Uhrzeit gezeigt.", o);
            (s.StartTime, s.EndTime) = (null, null);
        }
        if (s.Format is SessionFormat.Onsite or SessionFormat.Blended) Place(catalogue, o, s);
        foreach (var (field, text) in new[] { ("Veranstaltungsort", s.VenueName), ("Straße", s.Street), ("PLZ", s.Postcode), ("Ort", s.Town) })
            if (LooksLikeMarkup(text)) Error(field, "Das Feld enthält HTML oder Skript; erlaubt ist hier nur reiner Text.");
    }

    /// <summary>
    /// A course on site needs a place people can find. Without any, the provider's own address from the file is taken;
    /// a place without a name is named after the provider (when it is the provider's address) or its street.
    /// </summary>
    private static void Place(ParsedCatalogue catalogue, OfferRecord o, SessionRecord s)
    {
        var supplier = o.Supplier ?? catalogue.Supplier;
        if (s.VenueName.Length == 0 && s.Street.Length == 0 && s.Postcode.Length == 0 && s.Town.Length == 0)
        {
            if (supplier is null || supplier.Town.Length == 0 && supplier.Postcode.Length == 0)
            {
                catalogue.Error(s.Location, "Veranstaltungsort", "Für einen Termin vor Ort fehlt der Ort (weder Name noch Adresse). Bitte den Veranstaltungsort angeben oder den Termin als online kennzeichnen.", o);
                return;
            }
            (s.VenueName, s.Street, s.Postcode, s.Town) = (supplier.Name, supplier.Street, supplier.Postcode, supplier.Town);
            catalogue.Warning(s.Location, "Veranstaltungsort", $"Der Termin nennt keinen Ort; angenommen wird die Anschrift des Anbieters: {Address(s)}.", o);
            return;
        }
        if (s.VenueName.Length == 0)
        {
            s.VenueName = supplier is { Name.Length: > 0 } && IsSupplierAddress(s, supplier) ? supplier.Name : s.Street.Length > 0 ? s.Street : s.Town;
            if (s.VenueName.Length > 0) catalogue.Notice(s.Location, "Veranstaltungsort", $"Der Veranstaltungsort hat keinen Namen; gezeigt wird „{s.VenueName}“.", o);
        }
        if (s.Postcode.Length == 0 && s.Town.Length == 0)
            catalogue.Warning(s.Location, "Adresse", $"Zu „{s.VenueName}“ fehlen PLZ und Ort; der Termin wird ohne Adresse gezeigt und bei der Suche im Umkreis nicht gefunden.", o);
        else if (s.Street.Length == 0 || s.Postcode.Length == 0 || s.Town.Length == 0)
        {
            var missing = string.Join(", ", new[] { (s.Street, "Straße"), (s.Postcode, "PLZ"), (s.Town, "Ort") }.Where(p => p.Item1.Length == 0).Select(p => p.Item2));
            catalogue.Warning(s.Location, "Adresse", $"Die Adresse ist unvollständig (es fehlt: {missing}); der Termin wird mit dem Vorhandenen gezeigt.", o);
        }
    }

    private static bool IsSupplierAddress(SessionRecord s, SupplierRecord supplier) =>
        supplier.Street.Length > 0 && GermanText.Fold(supplier.Street) == GermanText.Fold(s.Street)
        && (supplier.Postcode == s.Postcode || GermanText.Fold(supplier.Town) == GermanText.Fold(s.Town));

    private static string Address(SessionRecord s) =>
        string.Join(", ", new[] { s.VenueName, s.Street, $"{s.Postcode} {s.Town}".Trim() }.Where(p => p.Length > 0).Distinct());

    /// <summary>
    /// A NUL or another control character (except tab and line breaks) in any text of the file is an error naming the place
    /// and field: it means a damaged file, PostgreSQL cannot store a NUL, and XML cannot carry the others.
    /// </summary>
    private static void RefusedCharacters(ParsedCatalogue catalogue)
    {
        void Check(string location, string field, string? text, OfferRecord? offer)
        {
            if (ControlCharacters.Problem(text) is { } reason) catalogue.Error(location, field, reason, offer);
        }
        void CheckSupplier(string location, SupplierRecord? s, OfferRecord? offer)
        {
            if (s is null) return;
            foreach (var text in new[] { s.Id, s.Name, s.Street, s.Postcode, s.Town, s.Email, s.Phone, s.Website })
                if (ControlCharacters.HasRefused(text)) { Check(location, "Anbieter", text, offer); return; }
        }
        CheckSupplier("", catalogue.Supplier, null);
        foreach (var id in catalogue.Withdrawn) Check("", "DELETE", id, null);
        foreach (var o in catalogue.Offers)
        {
            foreach (var (field, text) in PlainFields(o)) Check(o.Location, field, text, o);
            Check(o.Location, "Beschreibung", o.Content, o);
            if (o.Supplier != catalogue.Supplier) CheckSupplier(o.Location, o.Supplier, o);
            foreach (var s in o.Sessions)
                foreach (var (field, text) in new[] { ("Veranstaltungsort", s.VenueName), ("Straße", s.Street), ("PLZ", s.Postcode), ("Ort", s.Town) })
                    Check(s.Location, field, text, o);
            foreach (var c in o.Competencies)
            {
                Check(c.Location, "Kompetenzen", c.Text, o);
                Check(c.Location, "Kompetenzen", c.Name, o);
            }
        }
    }

    private static IEnumerable<(string Field, string Text)> PlainFields(OfferRecord o) =>
    [
        ("Angebotsnummer", o.ExternalId), ("Titel", o.Title), ("Kurzbeschreibung", o.Summary), ("Zielgruppe", o.TargetGroup),
        ("Voraussetzungen", o.EntryRequirements), ("Abschluss", o.Qualification), ("Prüfende Stelle", o.ExaminingBody),
        ("Preishinweis", o.PriceRemark), ("Förderung", o.FundingNotes), ("Ansprechperson", o.ContactName),
        ("Kontakt-E-Mail", o.ContactEmail), ("Kontakt-Telefon", o.ContactPhone), ("Sprache", o.Language),
        ("Schlagworte", string.Join(", ", o.Keywords)),
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
