using System.Text;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Import;

namespace Weiterbildungsraum.Domain.Tests.Offers;

public class JsonLdOfferParserTests
{
    [Fact]
    public void A_graph_with_a_course_and_its_provider_is_read()
    {
        var result = JsonLdOfferParser.Parse("angebote.jsonld", Fixture.Bytes("angebote.jsonld"));
        OfferRecordValidator.Validate(result);
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        var o = Assert.Single(result.Offers);
        Assert.Equal(("LSB-NACH-20", 48, 980m, StudyMode.PartTime, "de"), (o.ExternalId, o.Hours ?? 0, o.Price ?? 0, o.StudyMode, o.Language));
        Assert.Equal("Lippe-Seseke Bildungswerk e. V.", o.Supplier!.Name);
        Assert.Equal("Zertifikat Nachhaltigkeitsbeauftragte/r", o.Qualification);
        Assert.StartsWith("Fach- und Führungskräfte", o.TargetGroup);
        Assert.Equal((SessionFormat.Blended, new TimeOnly(9, 0), "Kamen"), (o.Sessions[0].Format, o.Sessions[0].StartTime!.Value, o.Sessions[0].Town));
        Assert.Equal((SessionFormat.Online, 20), (o.Sessions[1].Format, o.Sessions[1].Seats ?? 0));
        Assert.Equal(new CompetencyClaim("Energieeffizienz", 1, 3, "$['@graph'][1].teaches[0]", "Energieeffizienz"), o.Competencies[0]);
        Assert.Equal("Ein Thema, das es im Modell nicht gibt", o.Competencies[1].Text);
        Assert.Equal(["Nachhaltigkeit", "CSRD"], o.Keywords);
    }

    [Fact]
    public void Deeply_nested_json_is_refused_without_an_exception()
    {
        var json = new string('[', 5000) + new string(']', 5000);
        var result = JsonLdOfferParser.Parse("bombe.json", Encoding.UTF8.GetBytes(json));
        Assert.Contains("zu tief verschachtelt", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Invalid_UTF8_inside_a_string_is_reported_not_thrown()
    {
        byte[] json = [.. "[{\"@type\":\"Course\",\"name\":\"Kurs "u8, 0xC3, 0x28, 0xFF, .. "\"}]"u8];
        Assert.Contains("UTF-8", Assert.Single(JsonLdOfferParser.Parse("x.json", json).Problems).Message);
    }

    [Fact]
    public void Depth_33_is_too_deep_but_a_normal_course_is_fine()
    {
        var nested = "{\"@type\":\"Course\",\"x\":" + string.Concat(Enumerable.Repeat("{\"a\":", 32)) + "1" + new string('}', 32) + "}";
        Assert.Contains("zu tief", JsonLdOfferParser.Parse("x.json", Encoding.UTF8.GetBytes(nested)).Problems[0].Message);
    }

    [Fact]
    public void Broken_json_bad_duration_price_and_dates_are_reported_with_paths()
    {
        Assert.Contains("kein gültiges JSON", JsonLdOfferParser.Parse("x.json", Encoding.UTF8.GetBytes("{\"@type\": \"Course\",")).Problems[0].Message);
        var json = """
            [{"@type":"Course","identifier":"A","name":"Kurs","description":"lang genug? nein",
              "timeRequired":"vierzig Stunden","offers":{"price":"viel","priceCurrency":"EUR"},
              "hasCourseInstance":{"courseMode":"onsite","startDate":"morgen"}},
             {"@type":"Course","identifier":"A","name":"Kurs 2"}]
            """;
        var result = JsonLdOfferParser.Parse("x.json", Encoding.UTF8.GetBytes(json));
        OfferRecordValidator.Validate(result);
        Assert.Contains(result.Problems, p => p is { Location: "$[0].timeRequired", Field: "timeRequired" });
        Assert.Contains(result.Problems, p => p is { Location: "$[0].offers.price" });
        Assert.Contains(result.Problems, p => p is { Location: "$[0].hasCourseInstance.startDate" } && p.Message.Contains("morgen"));
        Assert.Contains(result.Problems, p => p.Location == "$[1]" && p.Message.Contains("mehrfach"));
        Assert.Contains(result.Problems, p => p.Location == "$[0]" && p.Field == "Beschreibung");
        Assert.Equal(["$[0]", "$[1]"], result.Refused.Select(o => o.Location));
    }

    [Fact]
    public void A_file_without_any_course_says_so()
    {
        var result = JsonLdOfferParser.Parse("x.json", Encoding.UTF8.GetBytes("{\"@type\":\"Event\",\"name\":\"Fest\"}"));
        Assert.Contains(result.Problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("Course"));
    }

    [Fact]
    public void A_website_catalogue_imports_although_its_places_have_no_name()
    {
        var result = JsonLdOfferParser.Parse("website-kurse.jsonld", Fixture.Bytes("website-kurse.jsonld"));
        OfferRecordValidator.Validate(result);
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Equal(5, result.Offers.Count);
        var stapler = result.Offers.Single(o => o.ExternalId == "RA-GS-01");
        Assert.Equal("Ruhr-Akademie für Technik & Logistik", stapler.Supplier!.Name);
        Assert.Equal(("Hafenweg 1", "44147", "Dortmund"), (stapler.Supplier.Street, stapler.Supplier.Postcode, stapler.Supplier.Town));
        var (own, other) = (stapler.Sessions[0], stapler.Sessions[1]);
        Assert.Equal(("Ruhr-Akademie für Technik & Logistik", "Hafenweg 1", "44147", "Dortmund"), (own.VenueName, own.Street, own.Postcode, own.Town));
        Assert.Equal(("Lünener Straße 210", "Lünener Straße 210", "44379", "Dortmund"), (other.VenueName, other.Street, other.Postcode, other.Town));
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Field: "Veranstaltungsort", Location: "$['@graph'][1].hasCourseInstance[0]" });
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(15, 30), 10), (own.StartTime!.Value, own.EndTime!.Value, other.Seats ?? 0));
        Assert.Equal((24, "de", "Fahrausweis für Flurförderzeuge"), (stapler.Hours ?? 0, stapler.Language, stapler.Qualification));
        Assert.Equal(["Staplerschein", "Gabelstapler", "Flurförderzeuge", "Lager"], stapler.Keywords);
        Assert.Equal(["Flurförderzeuge sicher bedienen", "Ladung sichern"], stapler.Competencies.Select(c => c.Text));
    }

    [Fact]
    public void Of_several_prices_the_one_labelled_regular_is_taken_and_the_others_are_named_in_the_remark()
    {
        var result = JsonLdOfferParser.Parse("website-kurse.jsonld", Fixture.Bytes("website-kurse.jsonld"));
        var stapler = result.Offers.Single(o => o.ExternalId == "RA-GS-01");
        Assert.Equal(495m, stapler.Price);
        Assert.Equal("Weitere Preise: Frühbucher (bis 6 Wochen vor Beginn) 445 €", stapler.PriceRemark);
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Location: "$['@graph'][1].offers[1]" } && p.Message.Contains("„Regulär“ 495 €"));
        var sps = result.Offers.Single(o => o.ExternalId == "RA-SPS-03");
        Assert.Equal(1290m, sps.Price);
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Field: "priceCurrency" } && p.Message.Contains("CHF"));
        var master = result.Offers.Single(o => o.ExternalId == "RA-MEIS-05");
        Assert.Equal((4890m, "ab 4.890 € bis 5.490 €"), (master.Price, master.PriceRemark));
    }

    [Theory]
    [InlineData("\"price\": 1290", 1290)]
    [InlineData("\"price\": \"1.290,00\"", 1290)]
    [InlineData("\"price\": \"1290.00 €\"", 1290)]
    [InlineData("\"price\": \"kostenlos\"", 0)]
    [InlineData("\"priceSpecification\": {\"@type\": \"UnitPriceSpecification\", \"price\": \"990\", \"priceCurrency\": \"EUR\"}", 990)]
    public void Prices_are_read_as_numbers_or_as_German_and_English_text(string price, decimal expected)
    {
        var result = JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course($"\"offers\": {{\"@type\": \"Offer\", {price}}}")));
        Assert.Equal(expected, Assert.Single(result.Offers).Price);
    }

    [Fact]
    public void The_cheapest_of_several_unlabelled_prices_is_not_taken_for_the_regular_one()
    {
        var result = JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course(
            "\"offers\": [{\"@type\": \"Offer\", \"price\": 890, \"name\": \"Mitgliederpreis\"}, {\"@type\": \"Offer\", \"price\": 990}, {\"@type\": \"Offer\", \"price\": 940}]")));
        var o = Assert.Single(result.Offers);
        Assert.Equal(990m, o.Price);
        Assert.Equal("Weitere Preise: Mitgliederpreis 890 €; ohne Bezeichnung 940 €", o.PriceRemark);
    }

    [Fact]
    public void A_price_that_is_no_price_keeps_its_words_and_the_offer_is_shown_with_price_on_request()
    {
        var result = JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course("\"offers\": {\"price\": \"je nach Gruppengröße\"}")));
        OfferRecordValidator.Validate(result);
        var o = Assert.Single(result.Offers);
        Assert.Null(o.Price);
        Assert.Equal("Preis auf Anfrage – je nach Gruppengröße", o.PriceRemark);
        Assert.Single(result.Problems, p => p.Field is "price" or "Preis");
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void A_page_with_JSON_LD_blocks_yields_its_course_with_the_provider_from_another_block()
    {
        var result = JsonLdOfferParser.Parse("kursseite.html", Fixture.Bytes("kursseite-bildungswerk.html"));
        OfferRecordValidator.Validate(result);
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        var o = Assert.Single(result.Offers);
        Assert.Equal(("BWH-EFK-2027", "Block 2 (ab Zeile 16), $"), (o.ExternalId, o.Location));
        Assert.Equal(("Bildungswerk Hamm e. V.", "Ostenallee 80", "59071"), (o.Supplier!.Name, o.Supplier.Street, o.Supplier.Postcode));
        Assert.Equal((60, 1390m, "de"), (o.Hours ?? 0, o.Price ?? 0, o.Language));
        Assert.Equal("Abgeschlossene Berufsausbildung in einem Metall- oder Mechatronikberuf; Grundkenntnisse Elektrotechnik", o.EntryRequirements);
        Assert.Equal(2, o.Sessions.Count);
        Assert.Equal((SessionFormat.Onsite, new TimeOnly(16, 0), new TimeOnly(19, 15), "Lehrwerkstatt Elektro"),
            (o.Sessions[0].Format, o.Sessions[0].StartTime!.Value, o.Sessions[0].EndTime!.Value, o.Sessions[0].VenueName));
        Assert.Equal(("Bildungswerk Hamm e. V.", 4), (o.Sessions[1].VenueName, o.Sessions[1].Seats ?? 0));
        Assert.Contains(result.Problems, p => p is { Field: "eventStatus" } && p.Message.Contains("abgesagt"));
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Warning, Location: "Block 3 (ab Zeile 70), Zeile 1" });
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Field: "@type" } && p.Message.Contains("BreadcrumbList"));
    }

    [Fact]
    public void A_page_without_JSON_LD_says_so()
    {
        var result = JsonLdOfferParser.Parse("x.html", Fixture.Utf8("<!DOCTYPE html><html><head><title>Kurse</title></head><body><h1>Kurse</h1></body></html>"));
        Assert.Contains("keinen JSON-LD-Block", Assert.Single(result.Problems).Message);
        Assert.True(result.HasFileErrors);
    }

    [Fact]
    public void Prefixed_properties_and_types_and_a_prefix_of_the_context_are_read()
    {
        var json = """
            {"@context": {"s": "http://schema.org/"}, "@type": "http://schema.org/Course", "s:identifier": 4711,
             "s:name": "Lagerlogistik kompakt", "http://schema.org/description": "Wareneingang, Lagerung und Kommissionierung im Überblick.",
             "s:hasCourseInstance": {"@type": "s:CourseInstance", "s:startDate": "2027-03-01", "s:location": "Online"}}
            """;
        var result = JsonLdOfferParser.Parse("x.json", Fixture.Utf8(json));
        var o = Assert.Single(result.Offers);
        Assert.Equal(("4711", "Lagerlogistik kompakt", SessionFormat.Online), (o.ExternalId, o.Title, o.Sessions[0].Format));
        Assert.StartsWith("Wareneingang", o.Content);
    }

    [Fact]
    public void A_course_schedule_sets_the_times_and_gives_the_hours_when_the_file_states_none()
    {
        var result = JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course("""
            "hasCourseInstance": {"@type": "CourseInstance", "courseMode": "onsite", "startDate": "2027-09-07", "endDate": "2027-09-30", "location": "Hafenweg 1, 44147 Dortmund",
              "courseSchedule": {"@type": "Schedule", "byDay": ["https://schema.org/Tuesday", "Thursday"], "startTime": "18:00", "endTime": "21:00", "repeatFrequency": "P1W"}}
            """)));
        var o = Assert.Single(result.Offers);
        Assert.Equal((new TimeOnly(18, 0), new TimeOnly(21, 0)), (o.Sessions[0].StartTime!.Value, o.Sessions[0].EndTime!.Value));
        Assert.Equal(24, o.Hours);
        Assert.Contains(result.Problems, p => p.Field == "courseSchedule" && p.Message.Contains("dienstags, donnerstags"));
    }

    [Fact]
    public void Start_and_end_with_an_offset_keep_the_local_clock_time()
    {
        var result = JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course(
            "\"hasCourseInstance\": {\"startDate\": \"2027-07-05T08:30:00+02:00\", \"endDate\": \"2027-07-09T16:00:00+02:00\", \"location\": \"Online\"}")));
        var s = Assert.Single(Assert.Single(result.Offers).Sessions);
        Assert.Equal((new DateOnly(2027, 7, 5), new TimeOnly(8, 30), new DateOnly(2027, 7, 9), new TimeOnly(16, 0)), (s.StartDate, s.StartTime!.Value, s.EndDate, s.EndTime!.Value));
    }

    [Theory]
    [InlineData("\"timeRequired\": \"PT40H\"", 40)]
    [InlineData("\"timeRequired\": \"P5D\"", 40)]
    [InlineData("\"courseWorkload\": \"120 UE\"", 90)]
    [InlineData("\"courseWorkload\": \"24 Stunden\"", 24)]
    [InlineData("\"hasCourseInstance\": {\"courseMode\": [\"online\", \"Vollzeit\"], \"startDate\": \"2027-03-01\", \"duration\": \"P3W\"}", 120)]
    public void Durations_become_hours(string duration, int hours) =>
        Assert.Equal(hours, Assert.Single(JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course(duration))).Offers).Hours);

    [Theory]
    [InlineData("\"timeRequired\": \"P6M\"", "Monate oder Jahre")]
    [InlineData("\"hasCourseInstance\": {\"courseMode\": \"online\", \"startDate\": \"2027-03-01\", \"duration\": \"P3W\"}", "Laufzeit in Wochen")]
    public void Calendar_durations_are_no_hours_and_say_why(string duration, string why)
    {
        var result = JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course(duration)));
        Assert.Null(Assert.Single(result.Offers).Hours);
        Assert.Contains(result.Problems, p => p.Severity == ProblemSeverity.Warning && p.Message.Contains(why));
    }

    [Theory]
    [InlineData("\"de-DE\"", "de")]
    [InlineData("\"Deutsch\"", "de")]
    [InlineData("\"English\"", "en")]
    [InlineData("{\"@type\": \"Language\", \"name\": \"Türkisch\"}", "tr")]
    [InlineData("[\"en\", \"de\"]", "en")]
    public void The_language_is_read_from_a_code_a_name_or_a_Language(string language, string code) =>
        Assert.Equal(code, Assert.Single(JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course($"\"inLanguage\": {language}"))).Offers).Language);

    [Theory]
    [InlineData("\"Blended Learning\"", SessionFormat.Blended, StudyMode.PartTime)]
    [InlineData("\"Präsenz, berufsbegleitend\"", SessionFormat.Onsite, StudyMode.AlongsideWork)]
    [InlineData("[\"Online\", \"Vollzeit\"]", SessionFormat.Online, StudyMode.FullTime)]
    [InlineData("\"https://schema.org/OnlineEventAttendanceMode\"", SessionFormat.Online, StudyMode.PartTime)]
    [InlineData("\"Teilzeit\"", SessionFormat.Onsite, StudyMode.PartTime)]
    public void Course_modes_in_German_English_or_as_URL_give_format_and_time_model(string mode, SessionFormat format, StudyMode study)
    {
        var o = Assert.Single(JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course(
            $"\"hasCourseInstance\": {{\"courseMode\": {mode}, \"startDate\": \"2027-03-01\", \"location\": \"Markt 3, 59368 Werne\"}}"))).Offers);
        Assert.Equal((format, study), (o.Sessions[0].Format, o.StudyMode));
    }

    [Fact]
    public void A_virtual_location_beside_a_place_makes_a_blended_run()
    {
        var o = Assert.Single(JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course("""
            "hasCourseInstance": {"startDate": "2027-03-01", "location": [{"@type": "VirtualLocation", "url": "https://lernen.example"}, {"@type": "Place", "name": "Seminarhaus", "address": "Markt 3, 59368 Werne"}]}
            """))).Offers);
        Assert.Equal((SessionFormat.Blended, "Seminarhaus", "Markt 3", "Werne"), (o.Sessions[0].Format, o.Sessions[0].VenueName, o.Sessions[0].Street, o.Sessions[0].Town));
    }

    [Fact]
    public void Without_identifier_the_course_address_becomes_its_number_with_a_warning_and_without_both_it_is_refused()
    {
        var withId = JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course("\"@id\": \"https://kurse.example/stapler\"").Replace("\"identifier\": \"K-1\",", "")));
        Assert.Equal("https://kurse.example/stapler", Assert.Single(withId.Offers).ExternalId);
        Assert.Contains(withId.Problems, p => p is { Severity: ProblemSeverity.Warning, Field: "identifier" });
        var without = JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course("\"url\": \"\"").Replace("\"identifier\": \"K-1\",", "")));
        OfferRecordValidator.Validate(without);
        var error = Assert.Single(without.Problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Equal(("$", "identifier"), (error.Location, error.Field));
    }

    [Fact]
    public void Properties_the_import_leaves_out_are_reported_once_each_with_a_count()
    {
        var result = JsonLdOfferParser.Parse("x.json", Fixture.Utf8($"[{Course("\"image\": \"a.jpg\"")}, {Course("\"image\": \"b.jpg\"").Replace("K-1", "K-2")}]"));
        var notice = Assert.Single(result.Problems, p => p.Field == "image");
        Assert.Equal(("$[0].image", ProblemSeverity.Notice), (notice.Location, notice.Severity));
        Assert.Contains("2-mal", notice.Message);
    }

    [Fact]
    public void Keywords_come_as_text_or_list_and_HTML_entities_in_plain_texts_are_decoded()
    {
        var o = Assert.Single(JsonLdOfferParser.Parse("x.json", Fixture.Utf8(Course("\"keywords\": [\"Lager &amp; Logistik\", \"Stapler, Kran\"]").Replace("Lagerlogistik kompakt", "Lager &amp; Logistik"))).Offers);
        Assert.Equal("Lager & Logistik", o.Title);
        Assert.Equal(["Lager & Logistik", "Stapler", "Kran"], o.Keywords);
    }

    [Fact]
    public void A_course_inside_an_offer_catalogue_takes_the_catalogue_offer_price()
    {
        var json = """
            {"@context": "https://schema.org", "@type": "EducationalOrganization", "name": "Bildungswerk", "hasOfferCatalog": {"@type": "OfferCatalog",
              "itemListElement": [{"@type": "Offer", "price": "590", "priceCurrency": "EUR", "itemOffered": COURSE}]}}
            """.Replace("COURSE", Course("\"url\": \"https://kurse.example/k1\""));
        var result = JsonLdOfferParser.Parse("x.json", Fixture.Utf8(json));
        var o = Assert.Single(result.Offers);
        Assert.Equal((590m, "Bildungswerk"), (o.Price, o.Supplier!.Name));
    }

    /// <summary>A small course with a description; <paramref name="more"/> adds properties.</summary>
    private static string Course(string more) => $$"""
        {"@context": "https://schema.org", "@type": "Course", "identifier": "K-1", "name": "Lagerlogistik kompakt",
         "description": "Wareneingang, Lagerung und Kommissionierung mit Übungen im Lagerverwaltungssystem.", {{more}}}
        """;
}
