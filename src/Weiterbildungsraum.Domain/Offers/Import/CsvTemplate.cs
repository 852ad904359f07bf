namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>The documented CSV template: semicolon-separated, UTF-8 with BOM, one row per session, offer fields repeated.</summary>
public static class CsvTemplate
{
    /// <summary>A column of the template; <paramref name="Aliases"/> are the headers other exports write for it.</summary>
    public sealed record Column(string Header, bool Required, bool PerSession, string Meaning, string Example, IReadOnlyList<string> Aliases);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("Angebotsnummer", true, false, "Ihre eigene, dauerhafte Nummer des Angebots (Schlüssel für spätere Importe)", "EL-2026-01", ["Kursnummer", "Kurs-Nr.", "Kursnr", "Kurs-ID", "Kurscode", "ID", "Nr.", "Nummer", "Angebots-Nr.", "Angebots-ID", "Veranstaltungsnummer", "Veranstaltungs-Nr.", "Produktnummer", "Artikelnummer", "Seminarnummer", "Lehrgangsnummer"]),
        new("Titel", true, false, "Titel ohne Ort und Format", "Elektrofachkraft für festgelegte Tätigkeiten", ["Kurstitel", "Kursname", "Kursbezeichnung", "Bezeichnung", "Veranstaltung", "Veranstaltungstitel", "Seminartitel", "Lehrgang", "Angebot", "Titel des Kurses"]),
        new("Kurzbeschreibung", false, false, "Ein bis zwei Sätze für die Trefferliste", "Qualifizierung nach DGUV Vorschrift 3.", ["Kurztext", "Teaser", "Untertitel", "Kurzinfo", "Zusammenfassung"]),
        new("Beschreibung", true, false, "Inhalt, möglichst mindestens 45 Zeichen; einfache HTML-Auszeichnung (p, ul, li, strong, em, a) erlaubt; ohne Beschreibung gilt die Kurzbeschreibung", "<p>Grundlagen der Elektrotechnik, Schutzmaßnahmen und Prüfungen nach DGUV Vorschrift 3.</p>", ["Inhalt", "Inhalte", "Kursinhalt", "Kursinhalte", "Lerninhalte", "Langtext", "Kursbeschreibung", "Beschreibungstext", "Details"]),
        new("Zielgruppe", false, false, "Für wen das Angebot gedacht ist", "Beschäftigte aus Metallberufen", ["Zielgruppen", "Für wen"]),
        new("Voraussetzungen", false, false, "Zugangsvoraussetzungen", "Abgeschlossene Berufsausbildung", ["Zugangsvoraussetzungen", "Teilnahmevoraussetzungen", "Vorkenntnisse", "Voraussetzung"]),
        new("Abschluss", false, false, "Abschluss oder Zertifikat", "Trägerzertifikat", ["Zertifikat", "Abschlussart", "Abschlussbezeichnung"]),
        new("Prüfende Stelle", false, false, "Wer prüft", "Bildungsträger", ["Prüfstelle", "Prüfungsstelle", "Prüfungsinstitution", "Zertifizierende Stelle"]),
        new("Berufsabschluss", false, false, "ja oder nein: führt zu einem Berufsabschluss (z. B. Umschulung, Vorbereitung auf die Externenprüfung)", "nein", ["Führt zu Berufsabschluss"]),
        new("Unterrichtsstunden", false, false, "Dauer in Zeitstunden (ganze Zahl) oder mit Einheit wie „120 UE“ oder „5 Tage“; ohne Angabe wird keine Dauer gezeigt", "80", ["Stunden", "Zeitstunden", "Dauer in Stunden", "Dauer (Std.)", "Dauer (h)", "Dauer", "Umfang", "Umfang in Stunden", "Stundenumfang"]),
        new("Preis", false, false, "Preis in Euro, 0 oder „kostenfrei“ erlaubt; ohne Angabe „Preis auf Anfrage“", "1.290,00", ["Preis (€)", "Preis in €", "Preis in Euro", "Preis EUR", "Preis (EUR)", "Preis brutto", "Kosten", "Kosten (€)", "Gebühr", "Gebühren", "Kursgebühr", "Teilnahmegebühr", "Lehrgangsgebühr", "Entgelt"]),
        new("Preishinweis", false, false, "z. B. zzgl. Prüfungsgebühr", "inkl. Unterlagen", ["Preisinfo", "Preisinformation", "Hinweis zum Preis", "Preis Hinweis", "Preisbemerkung", "Kostenhinweis"]),
        new("Förderung", false, false, "Hinweise zur Förderung", "Bildungsgutschein möglich", ["Fördermöglichkeiten", "Förderhinweise", "Förderhinweis", "Förderung möglich"]),
        new("AZAV", false, false, "ja oder nein: Maßnahme ist nach AZAV zugelassen", "ja", ["AZAV-zertifiziert", "AZAV zugelassen", "AZAV-Zulassung", "Zertifiziert nach AZAV"]),
        new("Bildungsgutschein", false, false, "ja oder nein: mit Bildungsgutschein förderfähig", "ja", ["BGS", "Bildungsgutschein möglich", "Förderung Bildungsgutschein", "Bildungsgutschein-fähig"]),
        new("Sprache", false, false, "Sprachkürzel, Standard de", "de", ["Kurssprache", "Unterrichtssprache", "Sprachen"]),
        new("Zeitmodell", false, false, "Vollzeit, Teilzeit oder berufsbegleitend", "berufsbegleitend", ["Zeitform", "Vollzeit/Teilzeit", "Organisationsform", "Unterrichtszeitmodell"]),
        new("Min. Teilnehmende", false, false, "Mindestzahl (ganze Zahl)", "6", ["Mindestteilnehmerzahl", "Min. Teilnehmer", "Min. TN", "Teilnehmer min.", "Mindestteilnehmende", "Mindestzahl"]),
        new("Max. Teilnehmende", false, false, "Höchstzahl (ganze Zahl)", "12", ["Höchstteilnehmerzahl", "Maximale Teilnehmerzahl", "Max. Teilnehmer", "Max. TN", "Teilnehmer max.", "Höchstzahl"]),
        new("Ansprechperson", false, false, "Name der Ansprechperson", "Jana Beispiel", ["Ansprechpartner", "Ansprechpartnerin", "Ansprechpartner/in", "Kontaktperson", "Kontakt"]),
        new("Kontakt-E-Mail", false, false, "E-Mail für Anfragen", "kurse@beispiel.example", ["E-Mail", "Email", "Mail", "E-Mail-Adresse", "Kontakt E-Mail"]),
        new("Kontakt-Telefon", false, false, "Telefon für Anfragen", "0231 000000", ["Telefon", "Tel.", "Telefonnummer", "Kontakt Telefon"]),
        new("Kompetenzen", false, false, "Schlüssel, Name oder ESCO-URI der Kompetenz mit Einstiegs- und Zielstufe (0–4), mehrere mit | getrennt", "elektrotechnik-grundlagen 1-3 | Arbeits- und Gesundheitsschutz 1-2", ["Kompetenz", "Lernziele (Kompetenzen)"]),
        new("Schlagworte", false, false, "Suchbegriffe, mit Komma getrennt", "Elektrotechnik, DGUV V3, Elektrofachkraft", ["Stichworte", "Stichwörter", "Schlagwörter", "Suchbegriffe", "Suchworte", "Keywords", "Tags"]),
        new("Beginn", false, true, "Erster Tag des Termins (TT.MM.JJJJ oder JJJJ-MM-TT), auch als Zeitraum „02.03.2026 - 27.03.2026“", "02.03.2026", ["Zeitraum", "Termin", "Datum", "Startdatum", "Start", "Kursbeginn", "Beginndatum", "Beginn (Datum)", "Datum von", "Von", "Anfang", "Erster Tag"]),
        new("Ende", false, true, "Letzter Tag des Termins (TT.MM.JJJJ); ohne Angabe der Tag des Beginns", "27.03.2026", ["Enddatum", "Kursende", "Ende (Datum)", "Datum bis", "Bis", "Letzter Tag"]),
        new("Uhrzeit von", false, true, "Beginn am Tag (HH:MM, auch „8.30 Uhr“), auch als Spanne „08:30 - 16:00“", "08:30", ["Uhrzeit", "Unterrichtszeit", "Unterrichtszeiten", "Zeit", "Uhrzeit Beginn", "Beginn Uhrzeit", "Startzeit", "Zeit von", "Von (Uhrzeit)", "Uhrzeit Start"]),
        new("Uhrzeit bis", false, true, "Ende am Tag (HH:MM)", "16:00", ["Uhrzeit Ende", "Ende Uhrzeit", "Endzeit", "Zeit bis", "Bis (Uhrzeit)"]),
        new("Format", false, true, "Präsenz, Online, Blended oder Inhouse; ohne Angabe Präsenz, wenn ein Ort genannt ist", "Präsenz", ["Lernform", "Unterrichtsform", "Durchführungsform", "Veranstaltungsform", "Lehrform", "Modus", "Durchführung"]),
        new("Veranstaltungsort", false, true, "Name des Orts; ohne Namen gilt die Straße", "Schulungszentrum Hafen", ["Kursort", "Schulungsort", "Lernort", "Standort", "Veranstaltungsstätte", "Ort der Veranstaltung", "Räumlichkeit"]),
        new("Straße", false, true, "Straße und Hausnummer (bei Präsenz); eine ganze Adresse „Hafenweg 1, 44147 Dortmund“ wird aufgeteilt", "Hafenweg 1", ["Strasse", "Str.", "Straße und Hausnummer", "Straße / Hausnummer", "Adresse", "Anschrift"]),
        new("PLZ", false, true, "Postleitzahl (bei Präsenz)", "44147", ["Postleitzahl"]),
        new("Ort", false, true, "Ort (bei Präsenz nötig)", "Dortmund", ["Stadt", "Ortschaft", "Gemeinde"]),
        new("Plätze", false, true, "Freie Plätze dieses Termins", "12", ["Freie Plätze", "Plätze frei", "Anzahl Plätze", "Kapazität", "Teilnehmerplätze"]),
    ];

    /// <summary>The template file: BOM, header row and one example row.</summary>
    public static byte[] File()
    {
        var text = string.Join(";", Columns.Select(c => Quote(c.Header))) + "\r\n" + string.Join(";", Columns.Select(c => Quote(c.Example))) + "\r\n";
        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text)];
    }

    private static string Quote(string value) =>
        value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
