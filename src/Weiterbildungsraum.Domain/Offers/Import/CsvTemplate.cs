namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>The documented CSV template: semicolon-separated, UTF-8 with BOM, one row per session, offer fields repeated.</summary>
public static class CsvTemplate
{
    public sealed record Column(string Header, bool Required, bool PerSession, string Meaning, string Example);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("Angebotsnummer", true, false, "Ihre eigene, dauerhafte Nummer des Angebots (Schlüssel für spätere Importe)", "EL-2026-01"),
        new("Titel", true, false, "Titel ohne Ort und Format", "Elektrofachkraft für festgelegte Tätigkeiten"),
        new("Kurzbeschreibung", false, false, "Ein bis zwei Sätze für die Trefferliste", "Qualifizierung nach DGUV Vorschrift 3."),
        new("Beschreibung", true, false, "Inhalt, mindestens 45 Zeichen; einfache HTML-Auszeichnung (p, ul, li, strong, em, a) erlaubt", "<p>Grundlagen der Elektrotechnik, Schutzmaßnahmen und Prüfungen nach DGUV Vorschrift 3.</p>"),
        new("Zielgruppe", false, false, "Für wen das Angebot gedacht ist", "Beschäftigte aus Metallberufen"),
        new("Voraussetzungen", false, false, "Zugangsvoraussetzungen", "Abgeschlossene Berufsausbildung"),
        new("Abschluss", false, false, "Abschluss oder Zertifikat", "Trägerzertifikat"),
        new("Prüfende Stelle", false, false, "Wer prüft", "Bildungsträger"),
        new("Berufsabschluss", false, false, "ja oder nein: führt zu einem Berufsabschluss (z. B. Umschulung, Vorbereitung auf die Externenprüfung)", "nein"),
        new("Unterrichtsstunden", true, false, "Dauer in Zeitstunden (ganze Zahl, mehr als 3)", "80"),
        new("Preis", true, false, "Preis in Euro, 0 erlaubt (dann bitte Preishinweis)", "1.290,00"),
        new("Preishinweis", false, false, "z. B. zzgl. Prüfungsgebühr", "inkl. Unterlagen"),
        new("Förderung", false, false, "Hinweise zur Förderung", "Bildungsgutschein möglich"),
        new("AZAV", false, false, "ja oder nein: Maßnahme ist nach AZAV zugelassen", "ja"),
        new("Bildungsgutschein", false, false, "ja oder nein: mit Bildungsgutschein förderfähig", "ja"),
        new("Sprache", false, false, "Sprachkürzel, Standard de", "de"),
        new("Zeitmodell", false, false, "Vollzeit, Teilzeit oder berufsbegleitend", "berufsbegleitend"),
        new("Min. Teilnehmende", false, false, "Mindestzahl (ganze Zahl)", "6"),
        new("Max. Teilnehmende", false, false, "Höchstzahl (ganze Zahl)", "12"),
        new("Ansprechperson", false, false, "Name der Ansprechperson", "Jana Beispiel"),
        new("Kontakt-E-Mail", false, false, "E-Mail für Anfragen", "kurse@beispiel.example"),
        new("Kontakt-Telefon", false, false, "Telefon für Anfragen", "0231 000000"),
        new("Kompetenzen", false, false, "Schlüssel, Name oder ESCO-URI der Kompetenz mit Einstiegs- und Zielstufe (0–4), mehrere mit | getrennt", "elektrotechnik-grundlagen 1-3 | Arbeits- und Gesundheitsschutz 1-2"),
        new("Beginn", true, true, "Erster Tag des Termins (TT.MM.JJJJ)", "02.03.2026"),
        new("Ende", true, true, "Letzter Tag des Termins (TT.MM.JJJJ)", "27.03.2026"),
        new("Uhrzeit von", false, true, "Beginn am Tag (HH:MM)", "08:30"),
        new("Uhrzeit bis", false, true, "Ende am Tag (HH:MM)", "16:00"),
        new("Format", true, true, "Präsenz, Online, Blended oder Inhouse", "Präsenz"),
        new("Veranstaltungsort", false, true, "Name des Orts (bei Präsenz Pflicht)", "Schulungszentrum Hafen"),
        new("Straße", false, true, "Straße und Hausnummer (bei Präsenz Pflicht)", "Hafenweg 1"),
        new("PLZ", false, true, "Postleitzahl (bei Präsenz Pflicht)", "44147"),
        new("Ort", false, true, "Ort (bei Präsenz Pflicht)", "Dortmund"),
        new("Plätze", false, true, "Freie Plätze dieses Termins", "12"),
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
