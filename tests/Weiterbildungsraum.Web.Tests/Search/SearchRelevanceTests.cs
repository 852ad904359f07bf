using Microsoft.EntityFrameworkCore;

namespace Weiterbildungsraum.Web.Tests.Search;

/// <summary>German queries over the demo catalogue: the offer a person means must be among the first results.</summary>
public class SearchRelevanceTests(DemoPlatform platform)
{
    private const int Top = 3;

    [Theory]
    // compound words: the query is part of a longer word, or is a compound itself
    [InlineData("Kran", "Brückenkranführer")]
    [InlineData("Montage", "Elektromontage")]
    [InlineData("Prozessoptimierung", "Optimierung von Fertigungsprozessen")]
    [InlineData("Stapler", "Gabelstaplerfahrer")]
    [InlineData("Teilqualifizierung Lager", "Fachlagerist")]
    [InlineData("Nachhaltigkeitsbericht", "Nachhaltigkeitsberichterstattung")]
    [InlineData("Reinraum", "Reinraum")]
    // stemming and inflection
    [InlineData("Staplerfahrer", "Staplerfahrerinnen")]
    [InlineData("Instandhalter", "Instandhalter")]
    [InlineData("Sicherheitsbeauftragter", "Sicherheitsbeauftragten")]
    [InlineData("Datenschutzbeauftragter", "Datenschutzbeauftragte")]
    [InlineData("Fertigungsprozesse", "Fertigungsprozessen")]
    [InlineData("Ausbilder", "Ausbilderinnen")]
    [InlineData("Wärmepumpen", "Wärmepumpen")]
    [InlineData("Fräsen", "Fräsen")]
    // one typo
    [InlineData("Qualitätsmangement", "Qualitätsmanagementbeauftragte")]
    [InlineData("Energiemanagment", "Energiemanagementbeauftragte")]
    [InlineData("Robotter", "Industrieroboter")]
    [InlineData("Lagerverwaltungsystem", "Lagerverwaltungssysteme")]
    [InlineData("Umweltmanagment ISO 14001", "Umweltmanagementbeauftragte")]
    // synonyms
    [InlineData("künstliche Intelligenz", "KI-")]
    [InlineData("SEO", "Suchmaschinenoptimierung")]
    [InlineData("Lkw", "Berufskraftfahrer")]
    [InlineData("Gabelstapler Führerschein", "Gabelstaplerfahrer")]
    // several words, any order, phrase
    [InlineData("Programmierung SPS", "SPS-Programmierung")]
    [InlineData("Excel Pivot", "Pivot")]
    [InlineData("CO2 Bilanz", "CO2-Bilanz")]
    [InlineData("additive Fertigung", "Additive Fertigung")]
    [InlineData("Gefahrgut", "Gefahrgutbeauftragte")]
    [InlineData("Ladungssicherung", "Ladungssicherung nach VDI")]
    [InlineData("Zoll", "Zoll")]
    public async Task The_meant_offer_is_among_the_first_results(string query, string titleWords)
    {
        var expected = await platform.WithDbAsync(db => db.Offers.Where(o => o.IsPublished).Select(o => new { o.Id, o.Title }).ToListAsync());
        var ids = expected.Where(o => o.Title.Contains(titleWords, StringComparison.OrdinalIgnoreCase)).Select(o => o.Id).ToHashSet();
        Assert.NotEmpty(ids);

        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q(query) + "&pageSize=" + Top);

        Assert.True(result.Items.Any(i => ids.Contains(i.Id)),
            $"„{query}“: erwartet ein Angebot mit „{titleWords}“ unter den ersten {Top}, bekommen: {string.Join(" | ", result.Items.Select(i => i.Title))}");
    }

    [Fact]
    public async Task A_competency_name_finds_the_offers_that_teach_it()
    {
        var (key, name, teaching) = await platform.WithDbAsync(async db =>
        {
            var taught = await db.OfferCompetencies.Where(c => c.Offer.IsPublished).GroupBy(c => c.CompetencyKey)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            var competencyName = await db.Competencies.Where(c => c.Key == taught).Select(c => c.Name).FirstAsync();
            var offers = await db.OfferCompetencies.Where(c => c.CompetencyKey == taught).Select(c => c.OfferId).ToListAsync();
            return (taught, competencyName, offers.ToHashSet());
        });

        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q(name) + "&pageSize=5");

        Assert.NotEmpty(result.Items);
        Assert.All(result.Items.Take(3), i => Assert.True(teaching.Contains(i.Id), $"{i.Title} lehrt „{name}“ ({key}) nicht."));
    }

    [Fact]
    public async Task Words_found_nowhere_together_fall_back_to_any_word_with_a_note()
    {
        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q("Gabelstapler Suchmaschinenoptimierung"));

        Assert.True(result.Total > 0);
        Assert.NotNull(result.Note);
    }

    [Fact]
    public async Task Nonsense_finds_nothing()
    {
        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q("Xylofonquartettzzz"));

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Items);
    }
}
