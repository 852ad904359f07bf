using System.Text;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>Reads the CSV template (CsvTemplate): rows with the same Angebotsnummer form one offer, each row one session.</summary>
public static class CsvOfferParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ParsedCatalogue Parse(string file, byte[] bytes)
    {
        var result = new ParsedCatalogue { File = file, Format = "CSV" };
        if (!TryDecode(bytes, result, out var text)) return result;
        var rows = CsvRows.Read(text, ';', (line, message) => result.Error($"Zeile {line}", "", message)).ToList();
        if (rows.Count == 0)
        {
            result.Error("Zeile 1", "", "Die Datei ist leer; erwartet wird die Kopfzeile der Vorlage.");
            return result;
        }
        var header = rows[0];
        if (header.Fields.Count == 1 && (header.Fields[0].Contains(',') || header.Fields[0].Contains('\t')))
        {
            result.Error("Zeile 1", "", "Die Spalten sind nicht durch Semikolon (;) getrennt. Bitte die Vorlage verwenden.");
            return result;
        }
        var columns = MapColumns(header, result);
        if (result.HasErrors) return result;

        var offers = new Dictionary<string, (OfferRecord Offer, int Line, Dictionary<string, string> Values)>(StringComparer.Ordinal);
        foreach (var row in rows.Skip(1))
        {
            var where = $"Zeile {row.Line}";
            if (row.Fields.Count != header.Fields.Count)
            {
                result.Error(where, "", $"Die Zeile hat {row.Fields.Count} statt {header.Fields.Count} Spalten (Semikolon im Text? Dann den Text in Anführungszeichen setzen).");
                continue;
            }
            string Get(string name) => columns.TryGetValue(name, out var i) ? row.Fields[i].Trim() : "";
            var id = Get("Angebotsnummer");
            if (id.Length == 0)
            {
                result.Error(where, "Angebotsnummer", "Die Angebotsnummer fehlt.");
                continue;
            }
            var offerValues = CsvTemplate.Columns.Where(c => !c.PerSession).ToDictionary(c => c.Header, c => Get(c.Header));
            if (offers.TryGetValue(id, out var known))
            {
                foreach (var (name, value) in offerValues)
                    if (value != known.Values[name])
                        result.Error(where, name, $"Weicht von Zeile {known.Line} ab, obwohl die Angebotsnummer „{id}“ gleich ist. Angebotsfelder müssen in jeder Terminzeile gleich sein; für ein anderes Angebot bitte eine eigene Nummer vergeben.");
            }
            else
            {
                var offer = new OfferRecord { Location = where, ExternalId = id };
                ReadOffer(offer, Get, where, result);
                offers[id] = (offer, row.Line, offerValues);
                result.Offers.Add(offer);
            }
            var session = ReadSession(Get, where, result);
            if (session is not null) offers[id].Offer.Sessions.Add(session);
        }
        return result;
    }

    private static bool TryDecode(byte[] bytes, ParsedCatalogue result, out string text)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
        try
        {
            text = StrictUtf8.GetString(span);
            return true;
        }
        catch (DecoderFallbackException)
        {
            var lenient = Encoding.UTF8.GetString(span);
            var line = 1 + lenient[..Math.Max(0, lenient.IndexOf('\uFFFD'))].Count(c => c == '\n');
            result.Error($"Zeile {line}", "", "Die Datei ist nicht UTF-8-kodiert (z. B. ANSI/Windows-1252). Bitte in der Tabellenkalkulation als „CSV UTF-8 (durch Trennzeichen getrennt)“ speichern.");
            text = "";
            return false;
        }
    }

    private static Dictionary<string, int> MapColumns(CsvRows.Row header, ParsedCatalogue result)
    {
        var known = CsvTemplate.Columns.ToDictionary(c => Key(c.Header), c => c.Header);
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimEnd('*').Trim();
            if (!known.TryGetValue(Key(name), out var canonical))
            {
                if (name.Length > 0) result.Notice("Zeile 1", name, "Unbekannte Spalte, wird ignoriert.");
                continue;
            }
            if (!map.TryAdd(canonical, i)) result.Error("Zeile 1", canonical, "Die Spalte kommt doppelt vor.");
        }
        foreach (var column in CsvTemplate.Columns.Where(c => c.Required && !map.ContainsKey(c.Header)))
            result.Error("Zeile 1", column.Header, "Pflichtspalte fehlt in der Kopfzeile.");
        return map;
    }

    private static string Key(string header) => string.Concat(GermanText.Fold(header).Where(char.IsLetterOrDigit));

    private static void ReadOffer(OfferRecord o, Func<string, string> get, string where, ParsedCatalogue result)
    {
        o.Title = get("Titel");
        o.Summary = get("Kurzbeschreibung");
        o.Content = get("Beschreibung");
        o.TargetGroup = get("Zielgruppe");
        o.EntryRequirements = get("Voraussetzungen");
        o.Qualification = get("Abschluss");
        o.ExaminingBody = get("Prüfende Stelle");
        o.PriceRemark = get("Preishinweis");
        o.FundingNotes = get("Förderung");
        o.ContactName = get("Ansprechperson");
        o.ContactEmail = get("Kontakt-E-Mail");
        o.ContactPhone = get("Kontakt-Telefon");
        if (get("Sprache") is { Length: > 0 } language) o.Language = language.ToLowerInvariant();
        o.Hours = Int(get("Unterrichtsstunden"), "Unterrichtsstunden", where, result);
        o.MinParticipants = Int(get("Min. Teilnehmende"), "Min. Teilnehmende", where, result);
        o.MaxParticipants = Int(get("Max. Teilnehmende"), "Max. Teilnehmende", where, result);
        var price = get("Preis");
        if (price.Length > 0)
        {
            if (ImportValues.TryPrice(price, out var p)) o.Price = p;
            else result.Error(where, "Preis", $"„{price}“ ist kein Preis. Erwartet wird ein Betrag in Euro wie 1.290,00 oder 0.");
        }
        o.Azav = YesNo(get("AZAV"), "AZAV", where, result);
        o.BildungsgutscheinApproved = YesNo(get("Bildungsgutschein"), "Bildungsgutschein", where, result);
        o.LeadsToQualification = YesNo(get("Berufsabschluss"), "Berufsabschluss", where, result);
        var mode = get("Zeitmodell");
        if (mode.Length > 0)
        {
            if (ImportValues.Mode(mode) is { } m) o.StudyMode = m;
            else result.Error(where, "Zeitmodell", $"„{mode}“ ist kein Zeitmodell. Erlaubt: Vollzeit, Teilzeit, berufsbegleitend.");
        }
        foreach (var claim in CompetencyList.Parse(get("Kompetenzen"), where))
            o.Competencies.Add(claim);
    }

    private static SessionRecord? ReadSession(Func<string, string> get, string where, ParsedCatalogue result)
    {
        string[] sessionColumns = ["Beginn", "Ende", "Uhrzeit von", "Uhrzeit bis", "Format", "Veranstaltungsort", "Straße", "PLZ", "Ort", "Plätze"];
        if (sessionColumns.All(c => get(c).Length == 0)) return null;
        var s = new SessionRecord { Location = where };
        s.StartDate = Date(get("Beginn"), "Beginn", where, result) ?? default;
        s.EndDate = Date(get("Ende"), "Ende", where, result) ?? s.StartDate;
        s.StartTime = Time(get("Uhrzeit von"), "Uhrzeit von", where, result);
        s.EndTime = Time(get("Uhrzeit bis"), "Uhrzeit bis", where, result);
        var format = get("Format");
        if (ImportValues.Format(format) is { } f) s.Format = f;
        else result.Error(where, "Format", format.Length == 0 ? "Das Format fehlt (Präsenz, Online, Blended oder Inhouse)." : $"„{format}“ ist kein Format. Erlaubt: Präsenz, Online, Blended, Inhouse.");
        s.VenueName = get("Veranstaltungsort");
        s.Street = get("Straße");
        s.Postcode = get("PLZ");
        s.Town = get("Ort");
        s.Seats = Int(get("Plätze"), "Plätze", where, result);
        return s;
    }

    private static DateOnly? Date(string text, string field, string where, ParsedCatalogue result)
    {
        if (text.Length == 0)
        {
            result.Error(where, field, "Das Datum fehlt.");
            return null;
        }
        if (ImportValues.TryDate(text, out var date)) return date;
        result.Error(where, field, $"„{text}“ ist kein gültiges Datum. Erwartet wird TT.MM.JJJJ, z. B. 02.03.2026.");
        return null;
    }

    private static TimeOnly? Time(string text, string field, string where, ParsedCatalogue result)
    {
        if (text.Length == 0) return null;
        if (ImportValues.TryTime(text, out var time)) return time;
        result.Error(where, field, $"„{text}“ ist keine Uhrzeit. Erwartet wird HH:MM, z. B. 08:30.");
        return null;
    }

    private static int? Int(string text, string field, string where, ParsedCatalogue result)
    {
        if (text.Length == 0) return null;
        if (ImportValues.TryInt(text, out var value)) return value;
        result.Error(where, field, $"„{text}“ ist keine ganze Zahl.");
        return null;
    }

    private static bool YesNo(string text, string field, string where, ParsedCatalogue result)
    {
        if (ImportValues.YesNo(text) is { } value) return value;
        result.Error(where, field, $"„{text}“ ist weder ja noch nein.");
        return false;
    }
}
