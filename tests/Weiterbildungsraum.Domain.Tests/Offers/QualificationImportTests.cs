using System.Text;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Import;

namespace Weiterbildungsraum.Domain.Tests.Offers;

/// <summary>"Führt zu einem Berufsabschluss" arrives from each of the three import formats.</summary>
public class QualificationImportTests
{
    [Theory]
    [InlineData("ja", true)]
    [InlineData("x", true)]
    [InlineData("nein", false)]
    [InlineData("", false)]
    public void The_CSV_column_Berufsabschluss_is_read_as_yes_or_no(string value, bool expected)
    {
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(Template(value)));
        OfferRecordValidator.Validate(result);
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.All(result.Offers, o => Assert.Equal(expected, o.LeadsToQualification));
    }

    [Fact]
    public void A_CSV_without_the_column_means_no_and_a_wrong_value_is_a_warning_naming_the_column()
    {
        var without = CsvOfferParser.Parse("alt.csv", Fixture.Bytes("angebote.csv"));
        Assert.False(without.HasErrors, string.Join("\n", without.Problems));
        Assert.All(without.Offers, o => Assert.False(o.LeadsToQualification));

        var wrong = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(Template("vielleicht")));
        Assert.Contains(wrong.Problems, p => p is { Severity: ProblemSeverity.Warning, Field: "Berufsabschluss" } && p.Message.Contains("vielleicht") && p.Message.Contains("„nein“ angenommen"));
        Assert.All(wrong.Offers, o => Assert.False(o.LeadsToQualification));
    }

    [Fact]
    public void The_template_offers_the_column()
    {
        var header = Encoding.UTF8.GetString(CsvTemplate.File()).Split("\r\n")[0];
        Assert.Contains(";Berufsabschluss;", header);
    }

    [Theory]
    [InlineData("Umschulung", true)]
    [InlineData("Vorbereitung auf die Externenprüfung", true)]
    [InlineData("Berufsausbildung", true)]
    [InlineData("Teilqualifizierung", false)]
    [InlineData("Anpassungsweiterbildung", false)]
    public void Open_Qcat_reads_it_from_the_type_of_education(string educationType, bool expected)
    {
        var xml = Encoding.UTF8.GetString(Fixture.Bytes("qcat-katalog-utf8.xml")).Replace(
            "<INSTRUCTION_FORM>Präsenzunterricht</INSTRUCTION_FORM>",
            $"<INSTRUCTION_FORM>Präsenzunterricht</INSTRUCTION_FORM><EDUCATION_TYPE>{educationType}</EDUCATION_TYPE>");
        var result = OpenQcatParser.Parse("katalog.xml", Encoding.UTF8.GetBytes(xml));
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        Assert.Equal(expected, result.Offers.Single(o => o.ExternalId == "LSB-STAP-01").LeadsToQualification);
        Assert.False(result.Offers.Single(o => o.ExternalId == "LSB-EXCEL-02").LeadsToQualification);
        Assert.DoesNotContain(result.Problems, p => p.Field.EndsWith("EDUCATION_TYPE"));
    }

    [Theory]
    [InlineData("\"credentialCategory\": \"Berufsabschluss\"", true)]
    [InlineData("\"credentialCategory\": {\"@type\": \"DefinedTerm\", \"termCode\": \"berufsabschluss\", \"name\": \"Abschluss in einem Ausbildungsberuf\"}", true)]
    [InlineData("\"credentialCategory\": [\"Certificate\", \"vocational qualification\"]", true)]
    [InlineData("\"credentialCategory\": \"Certificate\"", false)]
    [InlineData("\"credentialCategory\": \"Teilqualifizierung\"", false)]
    public void JSON_LD_reads_it_from_the_credential_category(string category, bool expected)
    {
        var json = Encoding.UTF8.GetString(Fixture.Bytes("angebote.jsonld")).Replace(
            "\"name\": \"Zertifikat Nachhaltigkeitsbeauftragte/r\"}",
            $"\"name\": \"Zertifikat Nachhaltigkeitsbeauftragte/r\", {category}}}");
        var result = JsonLdOfferParser.Parse("angebote.jsonld", Encoding.UTF8.GetBytes(json));
        Assert.False(result.HasErrors, string.Join("\n", result.Problems));
        var offer = Assert.Single(result.Offers);
        Assert.Equal(expected, offer.LeadsToQualification);
        Assert.Equal("Zertifikat Nachhaltigkeitsbeauftragte/r", offer.Qualification);
    }

    [Fact]
    public void JSON_LD_with_a_plain_credential_text_means_no()
    {
        var result = JsonLdOfferParser.Parse("angebote.jsonld", Fixture.Bytes("angebote.jsonld"));
        Assert.False(Assert.Single(result.Offers).LeadsToQualification);
    }

    /// <summary>The downloadable template with its example row saying <paramref name="value"/> in the column Berufsabschluss.</summary>
    private static string Template(string value)
    {
        var text = Encoding.UTF8.GetString(CsvTemplate.File())[1..];
        var example = CsvTemplate.Columns.Single(c => c.Header == "Berufsabschluss").Example;
        const string before = ";Bildungsträger;";
        Assert.Contains(before + example + ";", text);
        return text.Replace(before + example + ";", before + value + ";");
    }
}
