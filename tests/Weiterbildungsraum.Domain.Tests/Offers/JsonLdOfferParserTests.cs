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
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Location: "$['@graph'][1].keywords" });
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
              "timeRequired":"40 Stunden","offers":{"price":"viel","priceCurrency":"EUR"},
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
    }

    [Fact]
    public void A_file_without_any_course_says_so()
    {
        var result = JsonLdOfferParser.Parse("x.json", Encoding.UTF8.GetBytes("{\"@type\":\"Event\",\"name\":\"Fest\"}"));
        Assert.Contains(result.Problems, p => p.Severity == ProblemSeverity.Error && p.Message.Contains("Course"));
    }
}
