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
    public void A_missing_required_column_is_named()
    {
        var text = Template.Replace(";Preis;", ";Kosten;");
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Error, Field: "Preis", Location: "Zeile 1" } && p.Message.Contains("Pflichtspalte"));
        Assert.Contains(result.Problems, p => p is { Severity: ProblemSeverity.Notice, Field: "Kosten" });
        Assert.Empty(result.Offers);
    }

    [Fact]
    public void A_file_in_windows_1252_is_refused_with_the_line()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var result = CsvOfferParser.Parse("ansi.csv", Encoding.GetEncoding(1252).GetBytes(Template));
        var error = Assert.Single(result.Problems);
        Assert.Contains("nicht UTF-8", error.Message);
        Assert.Equal("Zeile 1", error.Location);
    }

    [Fact]
    public void Bad_dates_prices_and_numbers_are_reported_per_line_and_field()
    {
        var text = Template.Replace("12.01.2027", "31.02.2027").Replace("1.490,00", "teuer").Replace(";5;12;", ";fünf;12;");
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes(text));
        Assert.Contains(result.Problems, p => p is { Location: "Zeile 2", Field: "Beginn" } && p.Message.Contains("31.02.2027"));
        Assert.Contains(result.Problems, p => p is { Location: "Zeile 2", Field: "Preis" });
        Assert.Contains(result.Problems, p => p is { Location: "Zeile 2", Field: "Min. Teilnehmende" });
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

    [Fact]
    public void Commas_instead_of_semicolons_are_explained()
    {
        var result = CsvOfferParser.Parse("x.csv", Encoding.UTF8.GetBytes("Angebotsnummer,Titel,Preis\n1,Kurs,10\n"));
        Assert.Contains("Semikolon", Assert.Single(result.Problems).Message);
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
