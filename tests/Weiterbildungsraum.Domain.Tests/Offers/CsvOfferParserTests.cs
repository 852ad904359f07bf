using System.Text;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Import;

namespace Weiterbildungsraum.Domain.Tests.Offers;

public class CsvOfferParserTests
{
    private static string Template => Encoding.UTF8.GetString(Fixture.Bytes("angebote.csv"))[1..];

    [Fact]
    public void Rows_with_the_same_number_become_one_offer_with_one_session_per_row()
    {
        var result = CsvOfferParser.Parse("angebote.csv", Fixture.Bytes("angebote.csv"));
        OfferRecordValidator.Validate(result);
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Offers.Count);
        var sps = result.Offers[0];
        Assert.Equal(("LSB-SPS-10", 80, 1490.00m, StudyMode.AlongsideWork), (sps.ExternalId, sps.Hours ?? 0, sps.Price ?? 0, sps.StudyMode));
        Assert.True(sps.Azav && sps.BildungsgutscheinApproved);
        Assert.Equal(2, sps.Sessions.Count);
        Assert.Equal((new DateOnly(2027, 1, 12), new TimeOnly(17, 0), SessionFormat.Onsite), (sps.Sessions[0].StartDate, sps.Sessions[0].StartTime!.Value, sps.Sessions[0].Format));
        Assert.Equal((SessionFormat.Online, 16), (sps.Sessions[1].Format, sps.Sessions[1].Seats ?? 0));
        var lead = result.Offers[1];
        Assert.Contains("\n\nMit vielen Übungen", lead.Content);
        Assert.Equal("Zeile 4", lead.Location);
    }

    [Fact]
    public void The_template_file_parses_and_names_every_column()
    {
        var result = CsvOfferParser.Parse("vorlage.csv", CsvTemplate.File());
        OfferRecordValidator.Validate(result);
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Equal(3, CsvTemplate.File().Take(3).Count(b => b >= 0xBB));
    }

    [Fact]
    public void A_missing_required_column_is_named_with_the_headers_also_recognised()
    {
        var text = Template.Replace("Angebotsnummer;Titel;", "Angebotsnummer;Überschrift;");
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        var error = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("Zeile 1", "Titel", (OfferRecord?)null), (error.Location, error.Field, error.Offer));
        Assert.Contains("Pflichtspalte", error.Message);
        Assert.Contains("Kurstitel", error.Message);
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Field: "Überschrift" });
        Assert.Empty(result.Offers);
    }

    [Fact]
    public void A_file_in_windows_1252_is_read_with_a_notice_and_keeps_umlauts_and_the_euro_sign()
    {
        var text = Template.Replace("1.490,00", "1.490,00 €");
        var result = CsvOfferParser.Parse("ansi.csv", ImportEncoding.Windows1252.GetBytes(text));
        OfferRecordValidator.Validate(result);
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        var notice = Assert.Single(result.Problems, p => p.Field == "Kodierung");
        Assert.Equal((ProblemSeverity.Notice, "Zeile 1"), (notice.Severity, notice.Location));
        Assert.Contains("Windows-1252", notice.Message);
        Assert.Equal("Führen ohne Vorgesetztenfunktion", result.Offers[1].Title);
        Assert.Equal(1490m, result.Offers[0].Price);
    }

    [Fact]
    public void UTF8_text_saved_again_as_windows_1252_is_flagged_with_its_line()
    {
        var text = Template.Replace("Führen ohne", Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("Führen")) + " ohne");
        var result = CsvOfferParser.Parse("gemischt.csv", Encoding.UTF8.GetBytes(text));
        var warning = Assert.Single(result.Problems, p => p is { Severity: ProblemSeverity.Warning, Field: "Kodierung" });
        Assert.Equal("Zeile 4", warning.Location);
        Assert.Contains("Ã¼", warning.Message);
    }

    [Fact]
    public void A_bad_date_refuses_the_offer_while_unreadable_prices_and_numbers_are_warnings()
    {
        var text = Template.Replace("12.01.2027", "31.02.2027").Replace("1.490,00", "teuer").Replace(";5;12;", ";fünf;12;");
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        OfferRecordValidator.Validate(result);
        var date = Assert.Single(result.Problems, p => p is { Location: "Zeile 2", Field: "Beginn" });
        Assert.Equal(ProblemSeverity.Error, date.Severity);
        Assert.Contains("31.02.2027", date.Message);
        Assert.Same(result.Offers[0], date.Offer);
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Warning, Location: "Zeile 2", Field: "Preis" } && p.Message.Contains("teuer"));
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Warning, Location: "Zeile 2", Field: "Min. Teilnehmende" });
        Assert.Equal("Preis auf Anfrage – teuer – inkl. Unterlagen", result.Offers[0].PriceRemark);
        Assert.Equal([result.Offers[0]], result.Refused);
        Assert.False(result.HasFileErrors);
    }

    [Fact]
    public void The_same_number_with_different_offer_fields_is_a_conflict()
    {
        var lines = Template.Split('\n').ToList();
        lines[2] = lines[2].Replace("SPS-Programmierung mit strukturiertem Text", "Ganz anderer Kurs");
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        Assert.Contains(result.Problems, p => p is { Location: "Zeile 3", Field: "Titel" } && p.Message.Contains("Zeile 2"));
    }

    [Fact]
    public void Script_in_a_plain_text_field_is_an_error()
    {
        var text = Template.Replace("Führen ohne Vorgesetztenfunktion", "Führen<script>alert(1)</script>");
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        OfferRecordValidator.Validate(result);
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Error, Field: "Titel" } && p.Message.Contains("HTML oder Skript"));
    }

    [Theory]
    [InlineData(',')]
    [InlineData('\t')]
    public void Comma_and_tab_separated_files_are_read(char separator)
    {
        var text = $"Angebotsnummer{separator}Titel{separator}Beschreibung{separator}Preis\n"
            + $"K-1{separator}\"Lager{separator} Logistik\"{separator}\"Wareneingang prüfen, einlagern und kommissionieren\"{separator}\"1.290,00\"\n";
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        var offer = Assert.Single(result.Offers);
        Assert.Equal(($"Lager{separator} Logistik", 1290m), (offer.Title, offer.Price));
    }

    [Fact]
    public void An_Excel_sep_line_names_the_separator_and_lines_keep_their_numbers()
    {
        var text = "sep=,\r\nKursnummer,Kurstitel,Inhalt,Beginn\r\nK-1,Stapler,Theorie und Praxis des Staplerfahrens,30.02.2027\r\n";
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Error, Location: "Zeile 3", Field: "Beginn" });
    }

    [Fact]
    public void A_title_line_above_the_header_and_empty_trailing_lines_and_columns_are_skipped()
    {
        var text = "Kursexport Hellweg-Bildung, Stand 01.12.2026;;;;\r\nKursnummer;Kurstitel;Inhalt;Preis;;\r\nK-1;Stapler;Theorie und Praxis des Staplerfahrens;495;;\r\n;;;;;\r\n;;;;;\r\n";
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Equal("Zeile 3", Assert.Single(result.Offers).Location);
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Location: "Zeile 1" } && p.Message.Contains("Kopfzeile (Zeile 2)"));
    }

    [Fact]
    public void Text_in_surplus_fields_refuses_the_offer_of_that_row()
    {
        var text = "Kursnummer;Kurstitel;Inhalt\nK-1;Stapler;Theorie; Praxis und Prüfung\nK-2;Excel;Tabellen, Formeln und Diagramme für Einsteiger\n";
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        var error = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("Zeile 2", "K-1"), (error.Location, error.Offer!.ExternalId));
        Assert.Contains("4 statt 3 Spalten", error.Message);
        Assert.Contains("Semikolon", error.Message);
    }

    [Fact]
    public void A_control_character_in_a_column_the_import_ignores_is_still_an_error()
    {
        var text = "Kursnummer;Kurstitel;Inhalt;Interne Notiz\nK-1;Stapler;Theorie und Praxis des Staplerfahrens;a\u0000b\n";
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        var error = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("Zeile 2", "Interne Notiz"), (error.Location, error.Field));
        Assert.Contains("Nullzeichen", error.Message);
    }

    [Fact]
    public void Header_names_of_other_exports_and_their_value_formats_are_understood()
    {
        var result = CsvOfferParser.Parse("kurse-export-ansi.csv", Fixture.Bytes("kurse-export-ansi.csv"));
        OfferRecordValidator.Validate(result);
        var stapler = result.Offers.Single(o => o.ExternalId == "HWK-GS-24");
        Assert.Equal(("Gabelstapler-Grundkurs (Fahrausweis)", 24, 495m, StudyMode.FullTime), (stapler.Title, stapler.Hours, stapler.Price, stapler.StudyMode));
        Assert.True(stapler.Azav && stapler.BildungsgutscheinApproved);
        Assert.Contains("- Standsicherheit, Lastschwerpunkt", stapler.Content);
        Assert.Equal(["Stapler", "Staplerschein", "Flurförderzeuge", "Lager"], stapler.Keywords);
        Assert.Equal(("Herr Öztürk", "kurse@hellweg-bildung.example"), (stapler.ContactName, stapler.ContactEmail));
        var first = stapler.Sessions[0];
        Assert.Equal((new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 3), new TimeOnly(8, 0), new TimeOnly(15, 30)), (first.StartDate, first.EndDate, first.StartTime, first.EndTime));
        Assert.Equal(("Lagerstraße 5", "59199", "Bönen", 8), (first.Street, first.Postcode, first.Town, first.Seats ?? 0));
        Assert.Equal("Zeile 8", stapler.Sessions[1].Location);

        var excel = result.Offers.Single(o => o.ExternalId == "HWK-EXC-07");
        Assert.Equal((24, 0m, SessionFormat.Online), (excel.Hours, excel.Price, excel.Sessions[0].Format));
        var welding = result.Offers.Single(o => o.ExternalId == "HWK-SCHW-02");
        Assert.Equal((120, (decimal?)null, StudyMode.AlongsideWork), (welding.Hours, welding.Price, welding.StudyMode));
        Assert.Equal("Preis auf Anfrage – zzgl. Prüfungsgebühr TÜV", welding.PriceRemark);
        Assert.Equal((new TimeOnly(16, 30), new TimeOnly(20, 30)), (welding.Sessions[0].StartTime, welding.Sessions[0].EndTime));
        var phone = result.Offers.Single(o => o.ExternalId == "HWK-KOMM-11");
        Assert.Equal((new DateOnly(2027, 11, 10), new DateOnly(2027, 11, 10)), (phone.Sessions[0].StartDate, phone.Sessions[0].EndDate));
    }

    [Fact]
    public void In_a_real_export_only_the_offer_with_an_impossible_date_is_refused()
    {
        var result = CsvOfferParser.Parse("kurse-export-ansi.csv", Fixture.Bytes("kurse-export-ansi.csv"));
        OfferRecordValidator.Validate(result);
        var refused = Assert.Single(result.Refused);
        Assert.Equal("HWK-SPS-31", refused.ExternalId);
        var error = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("Zeile 17", "Beginn"), (error.Location, error.Field));
        Assert.Contains("„30.02.2027“", error.Message);
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Warning, Location: "Zeile 16", Field: "Unterrichtsstunden" });
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Warning, Location: "Zeile 16", Field: "Beschreibung" });
    }

    [Fact]
    public void A_course_portal_export_with_commas_ISO_dates_and_addresses_in_one_column_is_read()
    {
        var result = CsvOfferParser.Parse("kursportal-export.csv", Fixture.Bytes("kursportal-export.csv"));
        OfferRecordValidator.Validate(result);
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        var pm = result.Offers.Single(o => o.ExternalId == "KP-1001");
        Assert.Equal((1290m, 40, 14, "Klassisch und agil planen"), (pm.Price, pm.Hours, pm.MaxParticipants, pm.Summary));
        var onsite = pm.Sessions[0];
        Assert.Equal(("Bildungszentrum Phoenix", "Konrad-Adenauer-Straße 12", "44263", "Dortmund"), (onsite.VenueName, onsite.Street, onsite.Postcode, onsite.Town));
        Assert.Equal(SessionFormat.Online, pm.Sessions[1].Format);
        var english = result.Offers.Single(o => o.ExternalId == "KP-1002");
        Assert.Equal(("en", 395m, SessionFormat.Blended, "44147"), (english.Language, english.Price, english.Sessions[0].Format, english.Sessions[0].Postcode));
        Assert.Equal(7, result.Offers.Single(o => o.ExternalId == "KP-1003").Hours);
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Field: "Zuletzt geändert" });
    }

    [Fact]
    public void A_column_counting_teaching_units_converts_them_to_hours()
    {
        var text = "Kursnummer;Kurstitel;Inhalt;UE\nK-1;Stapler;Theorie und Praxis des Staplerfahrens;40\n";
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        Assert.Equal(30, Assert.Single(result.Offers).Hours);
    }

    [Fact]
    public void A_session_without_format_counts_as_on_site_when_it_names_a_place_and_is_refused_when_it_names_none()
    {
        var text = "Kursnummer;Kurstitel;Inhalt;Beginn;Ort\nK-1;Stapler;Theorie und Praxis des Staplerfahrens;01.03.2027;Unna\nK-2;Excel;Tabellen, Formeln und Diagramme für Einsteiger;01.03.2027;\n";
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        Assert.Equal(SessionFormat.Onsite, result.Offers[0].Sessions[0].Format);
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Location: "Zeile 2", Field: "Format" });
        var error = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("Zeile 3", "K-2"), (error.Location, error.Offer!.ExternalId));
    }

    [Fact]
    public void Competencies_carry_entry_and_exit_levels()
    {
        var text = Template.Replace("02307 000111;;", "02307 000111;sps-programmierung 1-3 | Elektrotechnik;");
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        var claims = result.Offers[0].Competencies;
        Assert.Equal(new CompetencyClaim("sps-programmierung", 1, 3, "Zeile 2"), claims[0]);
        Assert.Equal(("Elektrotechnik", (int?)null), (claims[1].Text, claims[1].EntryLevel));
    }
}
