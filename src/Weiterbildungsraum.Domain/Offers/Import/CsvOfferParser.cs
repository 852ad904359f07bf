using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// Reads the CSV template (CsvTemplate) and what course systems and spreadsheets export in its place: semicolon, comma or
/// tab, UTF-8 or Windows-1252, the header names other exports use. Rows with the same Angebotsnummer form one offer, each
/// row one session.
/// </summary>
public static class CsvOfferParser
{
    private static readonly string[] SessionColumns = ["Beginn", "Ende", "Uhrzeit von", "Uhrzeit bis", "Format", "Veranstaltungsort", "Straße", "PLZ", "Ort", "Plätze"];

    /// <summary>Header names that count teaching units of 45 minutes rather than hours.</summary>
    private static readonly HashSet<string> TeachingUnitHeaders = ["ue", "unterrichtseinheiten", "anzahlue", "dauerue", "umfangue"];

    private static readonly Dictionary<string, (string Header, int Rank)> Headers = HeaderKeys();

    public static ParsedCatalogue Parse(string file, byte[] bytes)
    {
        var result = new ParsedCatalogue { File = file, Format = "CSV" };
        var text = ImportEncoding.Decode(bytes, out var encoding);
        if (encoding is not null)
            result.Notice("Zeile 1", "Kodierung", $"Die Datei ist nicht UTF-8-kodiert und wurde als {encoding} gelesen. Bitte prüfen Sie Umlaute und €-Zeichen in der Vorschau.");
        if (ImportEncoding.MisreadUtf8At(text) is >= 0 and var misread)
            result.Warning($"Zeile {LineAt(text, misread)}", "Kodierung", $"Hier steht „{text.Substring(misread, 2)}“: offenbar UTF-8-Text, der mit einer anderen Kodierung gespeichert wurde (z. B. „Ã¼“ statt „ü“). Bitte die Datei einheitlich als UTF-8 speichern.");

        // Excel writes and reads a first line "sep=;" naming the separator.
        var hinted = text.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) && text.Length > 4 ? text[4] : (char?)null;
        var separator = hinted ?? CsvRows.DetectSeparator(text);
        var rows = CsvRows.Read(text, separator, (line, message) => result.Error($"Zeile {line}", "", message))
            .Where(r => r.Fields.Any(f => f.Trim().Length > 0)).Skip(hinted is null ? 0 : 1).ToList();
        if (rows.Count == 0)
        {
            result.Error("Zeile 1", "", "Die Datei ist leer; erwartet wird eine Kopfzeile mit Spaltennamen wie in der Vorlage.");
            return result;
        }
        // Some exports put a title line above the header: the header is the first line naming at least two known columns.
        var headerAt = Math.Max(0, rows.Take(5).ToList().FindIndex(r => r.Fields.Count(f => Headers.ContainsKey(Key(f))) >= 2));
        var header = rows[headerAt];
        if (headerAt > 0) result.Notice($"Zeile {rows[0].Line}", "", $"Die Zeilen über der Kopfzeile (Zeile {header.Line}) werden übersprungen.");
        var columns = MapColumns(header, result);
        if (result.HasErrors) return result;

        var offers = new Dictionary<string, (OfferRecord Offer, int Line, Dictionary<string, string> Values)>(StringComparer.Ordinal);
        var read = columns.Values.Select(c => c.Index).ToHashSet();
        foreach (var row in rows.Skip(headerAt + 1))
        {
            var where = $"Zeile {row.Line}";
            string Get(string name) => columns.TryGetValue(name, out var c) && c.Index < row.Fields.Count ? row.Fields[c.Index].Trim() : "";
            var id = Get("Angebotsnummer");
            OfferRecord offer;
            if (id.Length > 0 && offers.TryGetValue(id, out var known))
            {
                offer = known.Offer;
                foreach (var (name, value) in OfferValues(Get))
                    if (value != known.Values[name])
                        result.Error(where, name, $"Weicht von Zeile {known.Line} ab, obwohl die Angebotsnummer „{id}“ gleich ist. Angebotsfelder müssen in jeder Terminzeile gleich sein; für ein anderes Angebot bitte eine eigene Nummer vergeben.", offer);
            }
            else
            {
                offer = new OfferRecord { Location = where, ExternalId = id };
                ReadOffer(offer, Get, columns, where, result);
                if (id.Length > 0) offers[id] = (offer, row.Line, OfferValues(Get).ToDictionary());
                result.Offers.Add(offer);
            }
            CheckRow(row, header, separator, read, offer, where, result);
            if (ReadSession(offer, Get, where, result) is { } session) offer.Sessions.Add(session);
        }
        if (result.Offers.Count == 0 && !result.HasErrors)
            result.Error($"Zeile {header.Line + 1}", "", "Unter der Kopfzeile steht kein Angebot.");
        return result;
    }

    private static IEnumerable<(string Name, string Value)> OfferValues(Func<string, string> get) =>
        CsvTemplate.Columns.Where(c => !c.PerSession).Select(c => (c.Header, get(c.Header)));

    /// <summary>Surplus fields and text in columns the import does not read are checked too: a damaged row must not pass unseen.</summary>
    private static void CheckRow(CsvRows.Row row, CsvRows.Row header, char separator, HashSet<int> read, OfferRecord offer, string where, ParsedCatalogue result)
    {
        if (row.Fields.Skip(header.Fields.Count).Any(f => f.Trim().Length > 0))
            result.Error(where, "", $"Die Zeile hat {row.Fields.Count} statt {header.Fields.Count} Spalten ({SeparatorName(separator)} im Text? Dann den Text in Anführungszeichen setzen).", offer);
        for (var i = 0; i < row.Fields.Count; i++)
            if (!read.Contains(i) && ControlCharacters.Problem(row.Fields[i]) is { } reason)
                result.Error(where, i < header.Fields.Count ? header.Fields[i].Trim() : $"Spalte {i + 1}", reason, offer);
    }

    private static string SeparatorName(char separator) => separator switch { ',' => "Komma", '\t' => "Tabulator", _ => "Semikolon" };

    private static Dictionary<string, (int Index, string Name)> MapColumns(CsvRows.Row header, ParsedCatalogue result)
    {
        var map = new Dictionary<string, (int Index, string Name)>(StringComparer.Ordinal);
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim().TrimEnd('*').Trim();
            if (ControlCharacters.Problem(name) is { } reason)
            {
                result.Error("Zeile " + header.Line, $"Spalte {i + 1}", reason);
                continue;
            }
            if (!Headers.TryGetValue(Key(name), out var known))
            {
                if (name.Length > 0) result.Notice("Zeile " + header.Line, name, "Unbekannte Spalte, wird ignoriert.");
                continue;
            }
            if (map.TryGetValue(known.Header, out var other))
            {
                var keepOther = ranks[known.Header] <= known.Rank;
                var (used, unused) = keepOther ? (other.Name, name) : (name, other.Name);
                result.Warning("Zeile " + header.Line, known.Header, $"Die Spalten „{used}“ und „{unused}“ meinen beide {known.Header}; übernommen wird „{used}“.");
                if (keepOther) continue;
            }
            map[known.Header] = (i, name);
            ranks[known.Header] = known.Rank;
        }
        foreach (var column in CsvTemplate.Columns.Where(c => c.Required && !map.ContainsKey(c.Header)))
        {
            if (column.Header == "Beschreibung" && map.ContainsKey("Kurzbeschreibung")) continue;
            var also = column.Aliases.Count > 0 ? $" Erkannt werden auch: {string.Join(", ", column.Aliases.Take(5))}." : "";
            result.Error("Zeile " + header.Line, column.Header, $"Pflichtspalte fehlt in der Kopfzeile.{also}");
        }
        return map;
    }

    private static Dictionary<string, (string Header, int Rank)> HeaderKeys()
    {
        var keys = new Dictionary<string, (string, int)>(StringComparer.Ordinal);
        foreach (var c in CsvTemplate.Columns)
        {
            keys.TryAdd(Key(c.Header), (c.Header, 0));
            for (var i = 0; i < c.Aliases.Count; i++) keys.TryAdd(Key(c.Aliases[i]), (c.Header, i + 1));
        }
        foreach (var unit in TeachingUnitHeaders) keys.TryAdd(unit, ("Unterrichtsstunden", 50));
        return keys;
    }

    private static string Key(string header) => string.Concat(GermanText.Fold(header.Trim().TrimEnd('*')).Where(char.IsLetterOrDigit));

    private static int LineAt(string text, int index) => 1 + text.AsSpan(0, index).Count('\n');

    private static void ReadOffer(OfferRecord o, Func<string, string> get, Dictionary<string, (int Index, string Name)> columns, string where, ParsedCatalogue result)
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
        var language = get("Sprache");
        if (language.Length > 0)
        {
            if (ImportValues.LanguageCode(language) is { } code) o.Language = code;
            else result.Warning(where, "Sprache", $"„{language}“ ist keine bekannte Sprache; Deutsch angenommen.", o);
        }
        var hours = get("Unterrichtsstunden");
        if (hours.Length > 0)
        {
            var units = columns.TryGetValue("Unterrichtsstunden", out var c) && TeachingUnitHeaders.Contains(Key(c.Name)) && hours.All(ch => char.IsAsciiDigit(ch) || ch is ',' or '.');
            if (ImportValues.TryHours(units ? hours + " UE" : hours, out var h)) o.Hours = h;
            else result.Warning(where, "Unterrichtsstunden", $"„{hours}“ ist keine Dauer (erwartet z. B. 40, „120 UE“ oder „5 Tage“); das Angebot wird ohne Stundenangabe gezeigt.", o);
        }
        o.MinParticipants = Int(get("Min. Teilnehmende"), "Min. Teilnehmende", where, result, o);
        o.MaxParticipants = Int(get("Max. Teilnehmende"), "Max. Teilnehmende", where, result, o);
        ReadPrice(o, get("Preis"), where, result);
        o.Azav = YesNo(get("AZAV"), "AZAV", where, result, o);
        o.BildungsgutscheinApproved = YesNo(get("Bildungsgutschein"), "Bildungsgutschein", where, result, o);
        o.LeadsToQualification = YesNo(get("Berufsabschluss"), "Berufsabschluss", where, result, o);
        var mode = get("Zeitmodell");
        if (mode.Length > 0)
        {
            if (ImportValues.Mode(mode) is { } m) o.StudyMode = m;
            else result.Warning(where, "Zeitmodell", $"„{mode}“ ist kein Zeitmodell (Vollzeit, Teilzeit, berufsbegleitend); Teilzeit angenommen.", o);
        }
        o.Keywords.AddRange(ImportValues.Keywords(get("Schlagworte")));
        foreach (var claim in CompetencyList.Parse(get("Kompetenzen"), where))
            o.Competencies.Add(claim);
    }

    private static void ReadPrice(OfferRecord o, string price, string where, ParsedCatalogue result)
    {
        if (price.Length == 0) return;
        if (ImportValues.TryPrice(price, out var p))
        {
            o.Price = p;
            return;
        }
        if (ImportValues.SaysOnRequest(price))
        {
            o.PriceRemark = OfferRecordValidator.OnRequest(o.PriceRemark);
            return;
        }
        // The provider's words stay as the price remark, so nothing they wrote is lost.
        o.PriceRemark = o.PriceRemark.Length > 0 ? $"{price} – {o.PriceRemark}" : price;
        result.Warning(where, "Preis", $"„{price}“ ist kein Betrag in Euro (erwartet z. B. 1.290,00 oder kostenfrei); gezeigt wird „Preis auf Anfrage“ mit Ihrem Text als Preishinweis.", o);
    }

    private static SessionRecord? ReadSession(OfferRecord offer, Func<string, string> get, string where, ParsedCatalogue result)
    {
        if (SessionColumns.All(c => get(c).Length == 0)) return null;
        var start = get("Beginn");
        if (start.Length == 0)
        {
            result.Warning(where, "Beginn", "Der Termin hat keinen Beginn und wird nicht übernommen.", offer);
            return null;
        }
        var s = new SessionRecord { Location = where };
        if (ImportValues.TryDateRange(start, out var from, out var to))
        {
            (s.StartDate, s.EndDate) = (from, to);
            if (get("Ende").Length > 0) result.Notice(where, "Ende", "Beginn nennt schon einen Zeitraum; die Spalte Ende wird nicht verwendet.", offer);
        }
        else
        {
            s.StartDate = Date(start, "Beginn", where, result, offer) ?? default;
            s.EndDate = get("Ende") is { Length: > 0 } end ? Date(end, "Ende", where, result, offer) ?? s.StartDate : s.StartDate;
        }
        var time = get("Uhrzeit von");
        if (ImportValues.TryTimeRange(time, out var fromTime, out var toTime)) (s.StartTime, s.EndTime) = (fromTime, toTime);
        else
        {
            s.StartTime = Time(time, "Uhrzeit von", where, result, offer) ?? ImportValues.TimeOf(start);
            s.EndTime = Time(get("Uhrzeit bis"), "Uhrzeit bis", where, result, offer) ?? ImportValues.TimeOf(get("Ende"));
        }
        ReadPlace(s, get);
        var format = get("Format");
        if (ImportValues.Format(format) is { } f) s.Format = f;
        else
        {
            var what = format.Length == 0 ? "Das Format fehlt" : $"„{format}“ ist kein Format (Präsenz, Online, Blended, Inhouse)";
            if (s.Town.Length > 0 || s.Postcode.Length > 0 || s.Street.Length > 0 || s.VenueName.Length > 0)
            {
                s.Format = SessionFormat.Onsite;
                result.Problems.Add(new(format.Length == 0 ? ProblemSeverity.Notice : ProblemSeverity.Warning, result.File, where, "Format", $"{what}; weil ein Ort genannt ist, gilt Präsenz.") { Offer = offer });
            }
            else result.Error(where, "Format", $"{what}, und ein Ort fehlt: Ist der Termin vor Ort (dann bitte mit Ort) oder online?", offer);
        }
        s.Seats = Int(get("Plätze"), "Plätze", where, result, offer);
        return s;
    }

    /// <summary>Venue, street, postcode and town; a whole address in one column ("Hafenweg 1, 44147 Dortmund") is split.</summary>
    private static void ReadPlace(SessionRecord s, Func<string, string> get)
    {
        s.VenueName = get("Veranstaltungsort");
        s.Street = get("Straße");
        s.Postcode = get("PLZ");
        s.Town = get("Ort");
        foreach (var combined in new[] { s.Street, s.VenueName })
        {
            if (s.Postcode.Length > 0 || s.Town.Length > 0) break;
            var parts = AddressText.Split(combined);
            if (parts.Postcode.Length == 0) continue;
            (s.Postcode, s.Town) = (parts.Postcode, parts.Town);
            if (combined == s.Street)
            {
                s.Street = parts.Street;
                if (s.VenueName.Length == 0) s.VenueName = parts.Name;
            }
            else
            {
                s.VenueName = parts.Name;
                if (s.Street.Length == 0) s.Street = parts.Street;
            }
        }
    }

    private static DateOnly? Date(string text, string field, string where, ParsedCatalogue result, OfferRecord offer)
    {
        if (ImportValues.TryDate(text, out var date)) return date;
        result.Error(where, field, $"„{text}“ ist kein gültiges Datum. Erwartet wird TT.MM.JJJJ, z. B. 02.03.2026.", offer);
        return null;
    }

    private static TimeOnly? Time(string text, string field, string where, ParsedCatalogue result, OfferRecord offer)
    {
        if (text.Length == 0) return null;
        if (ImportValues.TryTime(text, out var time)) return time;
        result.Warning(where, field, $"„{text}“ ist keine Uhrzeit (erwartet HH:MM, z. B. 08:30); der Termin wird ohne Uhrzeit gezeigt.", offer);
        return null;
    }

    private static int? Int(string text, string field, string where, ParsedCatalogue result, OfferRecord offer)
    {
        if (text.Length == 0) return null;
        if (ImportValues.TryInt(text, out var value)) return value;
        result.Warning(where, field, $"„{text}“ ist keine ganze Zahl und wird nicht übernommen.", offer);
        return null;
    }

    private static bool YesNo(string text, string field, string where, ParsedCatalogue result, OfferRecord offer)
    {
        if (ImportValues.YesNo(text) is { } value) return value;
        result.Warning(where, field, $"„{text}“ ist weder ja noch nein; „nein“ angenommen.", offer);
        return false;
    }
}
