using System.Text;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Import;

namespace Weiterbildungsraum.Domain.Tests.Offers;

public class OpenQcatParserTests
{
    [Fact]
    public void A_full_catalogue_yields_offers_with_their_runs_linked_by_course_id()
    {
        var result = OpenQcatParser.Parse("katalog.xml", Fixture.Bytes("qcat-katalog-utf8.xml"));
        OfferRecordValidator.Validate(result);

        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Equal(CatalogueKind.Full, result.Kind);
        Assert.Equal("lippe-seseke-bildungswerk", result.Supplier!.Id);
        var stapler = result.Offers.Single(o => o.ExternalId == "LSB-STAP-01");
        Assert.Equal("Fachkraft für Staplerfahren und Ladungssicherung", stapler.Title);
        Assert.StartsWith("<p>Sie lernen das sichere Führen", stapler.Content);
        Assert.Equal(40, stapler.Hours);
        Assert.Equal(690.00m, stapler.Price);
        Assert.True(stapler.Azav);
        Assert.True(stapler.BildungsgutscheinApproved);
        Assert.Equal(StudyMode.FullTime, stapler.StudyMode);
        Assert.Equal("Fahrausweis für Flurförderzeuge", stapler.Qualification);
        Assert.Equal("Jutta Brückner", stapler.ContactName);
        Assert.Equal("kurse@lippe-seseke.example", stapler.ContactEmail);
        Assert.Equal((4, 10), (stapler.MinParticipants, stapler.MaxParticipants));
        Assert.Equal(2, stapler.Sessions.Count);
        var first = stapler.Sessions.Single(s => s.StartDate == new DateOnly(2027, 2, 1));
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(15, 30)), (first.StartTime, first.EndTime));
        Assert.Equal(("Bildungswerk Kamen", "Kamen", 8), (first.VenueName, first.Town, first.Seats ?? 0));
        var second = stapler.Sessions.Single(s => s.StartDate == new DateOnly(2027, 4, 12));
        Assert.Equal(("Logistikpark Bönen Halle 3", "59199"), (second.VenueName, second.Postcode));

        var excel = result.Offers.Single(o => o.ExternalId == "LSB-EXCEL-02");
        Assert.Equal(18, excel.Hours);
        Assert.Equal(0m, excel.Price);
        Assert.Equal(StudyMode.AlongsideWork, excel.StudyMode);
        Assert.Equal(SessionFormat.Online, Assert.Single(excel.Sessions).Format);
    }

    [Fact]
    public void Every_element_not_taken_over_is_reported_with_its_line()
    {
        var result = OpenQcatParser.Parse("katalog.xml", Fixture.Bytes("qcat-katalog-utf8.xml"));
        var notices = result.Problems.Where(p => p.Severity == ProblemSeverity.Notice).ToList();
        foreach (var path in new[] { "SERVICE/SERVICE_CLASSIFICATION", "SERVICE/MIME_INFO", "SERVICE/SERVICE_DETAILS/TERMS_AND_CONDITIONS", "HEADER/GENERATOR_INFO", "SERVICE/SERVICE_DETAILS/SERVICE_DATE/DATE_REMARKS" })
            Assert.Contains(notices, n => n.Field == path && n.Location.StartsWith("Zeile "));
        Assert.DoesNotContain(notices, n => n.Field.EndsWith("/TITLE") || n.Field.EndsWith("PRICE_AMOUNT") || n.Field.EndsWith("/KEYWORD"));
    }

    [Fact]
    public void Keywords_become_the_offer_keywords()
    {
        var result = OpenQcatParser.Parse("katalog.xml", Fixture.Bytes("qcat-katalog-utf8.xml"));
        Assert.Equal(["Stapler", "Lager"], result.Offers.Single(o => o.ExternalId == "LSB-STAP-01").Keywords);
    }

    [Fact]
    public void An_update_in_windows_1252_with_UPDATE_NEW_and_DELETE_in_any_element_order_is_read()
    {
        var bytes = Fixture.Bytes("qcat-update-windows1252.xml");
        var result = OpenQcatParser.Parse("aenderung.xml", bytes);
        OfferRecordValidator.Validate(result);
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Equal(CatalogueKind.Update, result.Kind);
        Assert.Equal(["HWK-KOMM-11", "HWK-EXC-07"], result.Withdrawn);

        var changed = result.Offers.Single(o => o.ExternalId == "HWK-GS-24");
        Assert.Equal(("Gabelstapler-Grundkurs mit Fahrausweis", 24, 495m), (changed.Title, changed.Hours ?? 0, changed.Price ?? 0));
        Assert.Equal(["Stapler", "Staplerschein", "Flurförderzeuge", "Lagerlogistik"], changed.Keywords);
        var session = Assert.Single(changed.Sessions);
        Assert.Equal(("Hellweg-Bildung gGmbH", "Bönen", new TimeOnly(8, 0)), (session.VenueName, session.Town, session.StartTime!.Value));

        var added = result.Offers.Single(o => o.ExternalId == "HWK-LOG-40");
        Assert.Equal((320, 3840m, false, "IHK zu Dortmund"), (added.Hours ?? 0, added.Price ?? 0, added.LeadsToQualification, added.ExaminingBody));
        Assert.Equal("Frau Brinkmann", added.ContactName);
        Assert.Equal([("Hellweg-Bildung Logistikzentrum", 12), ("Außenstelle Kamen", 0)], added.Sessions.Select(s => (s.VenueName, s.Seats ?? 0)));
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Field: "SERVICE/SERVICE_DETAILS/INTERNAL_NOTE", Location: "Zeile 54" });
    }

    [Fact]
    public void Windows_1252_without_an_encoding_in_the_declaration_is_read_with_a_notice()
    {
        var text = ImportEncoding.Windows1252.GetString(Fixture.Bytes("qcat-update-windows1252.xml"))
            .Replace("<?xml version=\"1.0\" encoding=\"windows-1252\" standalone=\"yes\"?>", "<?xml version=\"1.0\"?>");
        var result = OpenQcatParser.Parse("ohne-kodierung.xml", ImportEncoding.Windows1252.GetBytes(text));
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Field: "encoding" } && p.Message.Contains("Windows-1252"));
        Assert.Equal("Außenstelle Kamen", result.Offers.Single(o => o.ExternalId == "HWK-LOG-40").Sessions[1].VenueName);
    }

    [Fact]
    public void A_run_pointing_to_an_offer_outside_the_file_is_refused_by_itself()
    {
        var text = Encoding.UTF8.GetString(Fixture.Bytes("qcat-katalog-utf8.xml"))
            .Replace("<COURSE_ID>EXCEL-02</COURSE_ID>\n          </EDUCATION>", "<COURSE_ID>GIBTS-NICHT</COURSE_ID>\n          </EDUCATION>");
        var result = OpenQcatParser.Parse("kaputt.xml", Encoding.UTF8.GetBytes(text));
        OfferRecordValidator.Validate(result);
        var error = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.NotNull(error.Offer);
        Assert.DoesNotContain(error.Offer, result.Offers);
        Assert.False(result.HasFileErrors);
    }

    [Fact]
    public void An_update_in_ISO_8859_15_keeps_umlauts_and_the_euro_sign_and_lists_withdrawn_offers()
    {
        var bytes = Fixture.Bytes("qcat-aenderung-iso8859-15.xml");
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));
        var result = OpenQcatParser.Parse("aenderung.xml", bytes);
        OfferRecordValidator.Validate(result);

        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Equal(CatalogueKind.Update, result.Kind);
        var offer = Assert.Single(result.Offers);
        Assert.Equal("Schweißen für Einsteigerinnen und Einsteiger: MAG-Verfahren", offer.Title);
        Assert.Contains("Prüfungsgebühr 150 €", offer.FundingNotes);
        Assert.Equal("Werkstatt Süd", Assert.Single(offer.Sessions).VenueName);
        Assert.Equal(["LSB-EXCEL-02"], result.Withdrawn);
    }

    [Fact]
    public void UTF8_text_declared_as_ISO_8859_15_is_flagged()
    {
        var text = Encoding.UTF8.GetString(Fixture.Bytes("qcat-katalog-utf8.xml")).Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-15\"");
        var result = OpenQcatParser.Parse("falsch.xml", Encoding.UTF8.GetBytes(text));
        Assert.Contains(result.Problems, p => p.Field == "encoding" && p.Message.Contains("UTF-8"));
    }

    [Fact]
    public void Latin_bytes_declared_as_UTF8_are_an_error_with_the_line()
    {
        var text = Encoding.Latin1.GetString(Fixture.Bytes("qcat-aenderung-iso8859-15.xml")).Replace("ISO-8859-15", "UTF-8");
        var result = OpenQcatParser.Parse("falsch.xml", Encoding.Latin1.GetBytes(text));
        var error = Assert.Single(result.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal("encoding", error.Field);
        Assert.Matches(@"^Zeile \d+$", error.Location);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]><OPENQCAT>&lol2;</OPENQCAT>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><OPENQCAT>&xxe;</OPENQCAT>")]
    public void DTDs_and_entities_are_refused(string xml)
    {
        var result = OpenQcatParser.Parse("boese.xml", Encoding.UTF8.GetBytes(xml));
        var error = Assert.Single(result.Problems);
        Assert.Equal("DOCTYPE", error.Field);
        Assert.Empty(result.Offers);
    }

    [Fact]
    public void A_run_pointing_to_an_unknown_offer_and_bad_values_are_errors()
    {
        var text = Encoding.UTF8.GetString(Fixture.Bytes("qcat-katalog-utf8.xml"))
            .Replace("<COURSE_ID>EXCEL-02</COURSE_ID>\n          </EDUCATION>", "<COURSE_ID>GIBTS-NICHT</COURSE_ID>\n          </EDUCATION>")
            .Replace("<PRICE_AMOUNT>690.00</PRICE_AMOUNT>", "<PRICE_AMOUNT>sechshundert</PRICE_AMOUNT>")
            .Replace("<START_DATE>2027-04-12</START_DATE>", "<START_DATE>2027-13-45</START_DATE>");
        var result = OpenQcatParser.Parse("kaputt.xml", Encoding.UTF8.GetBytes(text));
        Assert.Contains(result.Problems, p => p.Field == "EDUCATION/COURSE_ID" && p.Message.Contains("GIBTS-NICHT"));
        Assert.Contains(result.Problems, p => p.Field == "PRICE_AMOUNT" && p.Message.Contains("sechshundert"));
        Assert.Contains(result.Problems, p => p.Field == "SERVICE_DATE/START_DATE" && p.Location.StartsWith("Zeile "));
    }

    [Theory]
    [InlineData("1.290", 1290)]
    [InlineData("1290.00", 1290)]
    [InlineData("1.290,00", 1290)]
    [InlineData("690.5", 690.5)]
    public void A_price_amount_with_a_German_thousands_point_is_read_as_thousands(string amount, double expected)
    {
        var text = Encoding.UTF8.GetString(Fixture.Bytes("qcat-katalog-utf8.xml"))
            .Replace("<PRICE_AMOUNT>690.00</PRICE_AMOUNT>", $"<PRICE_AMOUNT>{amount}</PRICE_AMOUNT>");
        var result = OpenQcatParser.Parse("katalog.xml", Encoding.UTF8.GetBytes(text));
        Assert.Contains(result.Offers, o => o.Price == (decimal)expected);
        Assert.DoesNotContain(result.Problems, p => p.Field == "PRICE_AMOUNT");
    }

    [Fact]
    public void Not_well_formed_xml_is_reported_not_thrown()
    {
        var result = OpenQcatParser.Parse("kaputt.xml", Encoding.UTF8.GetBytes("<OPENQCAT><HEADER></OPENQCAT>"));
        Assert.True(result.HasErrors);
        Assert.Contains("nicht wohlgeformt", result.Problems[0].Message);
    }
}
