using Microsoft.EntityFrameworkCore;

namespace Weiterbildungsraum.Web.Tests.Search;

/// <summary>German queries over the demo catalogue: the offer a person means must be among the first results.</summary>
public class SearchRelevanceTests(DemoPlatform platform)
{
    private const int Top = 3;

    /// <summary>German queries and words of the title of the offer they mean.</summary>
    public static TheoryData<string, string> Queries => new()
    {
        // compound words: the query is part of a longer word, or is a compound itself
        { "Kran", "Brückenkranführer" },
        { "Montage", "Elektromontage" },
        { "Prozessoptimierung", "Optimierung von Fertigungsprozessen" },
        { "Stapler", "Gabelstaplerfahrer" },
        { "Teilqualifizierung Lager", "Fachlagerist" },
        { "Nachhaltigkeitsbericht", "Nachhaltigkeitsberichterstattung" },
        { "Reinraum", "Reinraum" },
        // stemming and inflection
        { "Staplerfahrer", "Staplerfahrerinnen" },
        { "Instandhalter", "Instandhalter" },
        { "Sicherheitsbeauftragter", "Sicherheitsbeauftragten" },
        { "Datenschutzbeauftragter", "Datenschutzbeauftragte" },
        { "Fertigungsprozesse", "Fertigungsprozessen" },
        { "Ausbilder", "Ausbilderinnen" },
        { "Wärmepumpen", "Wärmepumpen" },
        { "Fräsen", "Fräsen" },
        // one typo
        { "Qualitätsmangement", "Qualitätsmanagementbeauftragte" },
        { "Energiemanagment", "Energiemanagementbeauftragte" },
        { "Robotter", "Industrieroboter" },
        { "Lagerverwaltungsystem", "Lagerverwaltungssysteme" },
        { "Umweltmanagment ISO 14001", "Umweltmanagementbeauftragte" },
        // synonyms
        { "künstliche Intelligenz", "KI-" },
        { "SEO", "Suchmaschinenoptimierung" },
        { "Lkw", "Berufskraftfahrer" },
        { "Gabelstapler Führerschein", "Gabelstaplerfahrer" },
        // several words, any order, phrase
        { "Programmierung SPS", "SPS-Programmierung" },
        { "Excel Pivot", "Pivot" },
        { "CO2 Bilanz", "CO2-Bilanz" },
        { "additive Fertigung", "Additive Fertigung" },
        { "Gefahrgut", "Gefahrgutbeauftragte" },
        { "Ladungssicherung", "Ladungssicherung nach VDI" },
        { "Zoll", "Zoll" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public Task The_meant_offer_is_among_the_first_results(string query, string titleWords) => AssertAmongFirstAsync(platform, query, titleWords);

    internal static async Task AssertAmongFirstAsync(TestPlatform platform, string query, string titleWords)
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
