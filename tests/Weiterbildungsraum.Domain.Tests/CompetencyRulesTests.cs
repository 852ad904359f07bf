using System.Text;
using Weiterbildungsraum.Domain.Competencies;

namespace Weiterbildungsraum.Domain.Tests;

public class CompetencyRulesTests
{
    private static CompetencyContent Valid(string key = "datenanalyse") => new(key, "Datenanalyse", "Daten auswerten", CompetencyCategory.Methodenkompetenz,
        [CompetencyTags.Digital], ["kennt", "wendet an", "selbstständig", "leitet an"], ["http://data.europa.eu/esco/skill/abc"]);

    [Fact]
    public void A_complete_competency_has_no_errors() => Assert.Empty(CompetencyRules.Check(Valid()));

    [Theory]
    [InlineData("Datenanalyse")]
    [InlineData("daten analyse")]
    [InlineData("")]
    [InlineData("daten_analyse")]
    public void Keys_are_small_letters_digits_and_hyphens(string key) =>
        Assert.Contains(CompetencyRules.Check(Valid(key)), e => e.Field == "key");

    [Fact]
    public void Every_level_from_one_to_four_needs_words_and_tags_and_uris_are_checked()
    {
        var errors = CompetencyRules.Check(Valid() with { Levels = ["a", " ", "c", ""], Tags = ["Blau"], EscoUris = ["https://example.org/x", "http://data.europa.eu/esco/skill/abc", "http://data.europa.eu/esco/skill/abc"] });
        Assert.Contains(errors, e => e.Field == "level2");
        Assert.Contains(errors, e => e.Field == "level4");
        Assert.DoesNotContain(errors, e => e.Field is "level1" or "level3");
        Assert.Contains(errors, e => e.Field == "tags" && e.Reason.Contains("Blau"));
        Assert.Equal(2, errors.Count(e => e.Field == "escoUris"));
    }

    [Theory]
    [InlineData(0, 3, 2, "targetNow")]
    [InlineData(2, 5, 2, "targetFuture")]
    [InlineData(2, 3, 4, "weight")]
    public void Targets_lie_in_one_to_four_and_weights_in_one_to_three(int now, int future, int weight, string field) =>
        Assert.Equal(field, Assert.Single(CompetencyRules.CheckTarget(now, future, weight)).Field);

    [Fact]
    public void Roles_check_kldb_and_esco_occupation()
    {
        Assert.Empty(CompetencyRules.CheckRole("fachkraft-lager", "Fachkraft Lager", "", "51312", "http://data.europa.eu/esco/occupation/x"));
        var errors = CompetencyRules.CheckRole("fachkraft-lager", "", "", "5a", "http://data.europa.eu/esco/skill/x");
        Assert.Equal(new[] { "name", "kldb", "escoOccupationUri" }, errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("Personale Kompetenz", CompetencyCategory.PersonaleKompetenz)]
    [InlineData("personalekompetenz", CompetencyCategory.PersonaleKompetenz)]
    [InlineData("Fachkompetenz", CompetencyCategory.Fachkompetenz)]
    public void Categories_are_read_in_german_or_as_code(string text, CompetencyCategory expected)
    {
        Assert.True(CompetencyCategoryNames.TryParse(text, out var category));
        Assert.Equal(expected, category);
    }
}

public class CompetencyCsvTests
{
    private static readonly string Header = string.Join(";", CompetencyCsv.Columns.Select(c => c.Header));

    private static CompetencyCsvResult Parse(params string[] lines) => CompetencyCsv.Parse("liste.csv", Encoding.UTF8.GetBytes(string.Join("\r\n", lines)));

    [Fact]
    public void Rows_become_competencies_with_lists_split_at_the_bar_and_protective_apostrophes_removed()
    {
        var result = Parse(Header, "a-1;Name A;Sozialkompetenz;'-erst zuhören;Digital | KI;eins;zwei;drei;vier;http://data.europa.eu/esco/skill/1|http://data.europa.eu/esco/skill/2");
        Assert.Empty(result.Problems);
        var c = Assert.Single(result.Rows).Competency;
        Assert.Equal(CompetencyCategory.Sozialkompetenz, c.Category);
        Assert.Equal("-erst zuhören", c.Description);
        Assert.Equal(new[] { "Digital", "KI" }, c.Tags);
        Assert.Equal(2, c.EscoUris.Count);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_optional_ones_may_be_missing()
    {
        var result = Parse("Name;Schlüssel;Stufe 4;Stufe 3;Stufe 2;Stufe 1;Kategorie", "Name A;a-1;vier;drei;zwei;eins;Fachkompetenz");
        Assert.Empty(result.Problems);
        Assert.Equal(new[] { "eins", "zwei", "drei", "vier" }, result.Rows[0].Competency.Levels);
    }

    [Fact]
    public void Every_problem_names_file_line_and_column()
    {
        var result = Parse(Header, "a-1;A;Fachkompetenz;;;eins;zwei;drei;vier;", "a-1;a;Fachkompetenz;;;eins;zwei;drei;vier;", "b-1;B;Fachkompetenz;;;eins;zwei");
        Assert.Contains(result.Problems, p => p is { File: "liste.csv", Line: 3, Field: "Schlüssel" });
        Assert.Contains(result.Problems, p => p is { Line: 3, Field: "Name" });
        Assert.Contains(result.Problems, p => p.Line == 4 && p.Reason.Contains("Spalten"));
        Assert.Single(result.Rows);
    }

    [Fact]
    public void A_wrong_header_or_encoding_stops_before_the_rows()
    {
        Assert.Contains(Parse("Schlüssel;Name;Farbe", "a;b;c").Problems, p => p.Field == "Farbe");
        Assert.Contains(Parse("Schlüssel,Name,Kategorie", "a,b,c").Problems, p => p.Reason.Contains("Semikolon"));
        var latin1 = Encoding.Latin1.GetBytes(Header + "\r\na;Größe;Fachkompetenz;;;a;b;c;d;");
        Assert.Contains(CompetencyCsv.Parse("alt.csv", latin1).Problems, p => p.Reason.Contains("UTF-8"));
    }
}
