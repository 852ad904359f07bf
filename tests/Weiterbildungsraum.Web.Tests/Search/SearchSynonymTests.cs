using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Competencies.Esco;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Tests.Search;

/// <summary>A platform of its own: these tests import ESCO labels, which change what every search expands to.</summary>
public sealed class SearchSynonymPlatform() : TestPlatform(demoData: true, new Dictionary<string, string> { ["Search:CatchUpSeconds"] = "1" });

/// <summary>
/// ESCO alternative labels and competency names as synonyms: once ESCO is imported, the running server's search finds
/// offers by a label that appears in none of them. The labels are new words, so a hit can only come through the synonym.
/// </summary>
public class SearchSynonymTests(SearchSynonymPlatform platform) : IClassFixture<SearchSynonymPlatform>
{
    private static readonly SemaphoreSlim Sequential = new(1, 1);

    [Fact]
    public async Task An_ESCO_alternative_label_finds_the_offers_that_name_the_preferred_label()
    {
        await Sequential.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            var client = platform.CreateClient();
            var offer = (await client.SearchAsync("sort=date&pageSize=1")).Items.Single();
            const string altLabel = "Hubgerätekunde";
            Assert.Equal(0, (await client.SearchAsync(SearchApiClient.Q(altLabel))).Total);

            await ImportSkillAsync("http://data.europa.eu/esco/skill/test-synonym-title", offer.Title, altLabel);

            var found = await EventuallyAsync(client, altLabel);
            Assert.Contains(offer.Id, found.Items.Select(i => i.Id));
            Assert.Equal(offer.Title, found.Items[0].Title);
        }
        finally
        {
            Sequential.Release();
        }
    }

    [Fact]
    public async Task An_ESCO_alternative_label_finds_the_offers_that_teach_the_linked_competency()
    {
        await Sequential.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            var (uri, teaching) = await platform.WithDbAsync(async db =>
            {
                var linked = (await db.Competencies.Select(c => new { c.Key, c.EscoUris }).ToListAsync()).Where(c => c.EscoUris.Count > 0)
                    .ToDictionary(c => c.Key, c => c.EscoUris[0]);
                var taught = (await db.OfferCompetencies.Where(c => c.Offer.IsPublished).Select(c => c.CompetencyKey).ToListAsync())
                    .Where(linked.ContainsKey).GroupBy(k => k).OrderByDescending(g => g.Count()).First().Key;
                var offers = await db.OfferCompetencies.Where(c => c.CompetencyKey == taught).Select(c => c.OfferId).ToListAsync();
                return (linked[taught], offers.ToHashSet());
            });
            var client = platform.CreateClient();
            const string preferred = "Wälzlagerkundeprüfung", altLabel = "Spindelkundeprüfung";
            Assert.Equal(0, (await client.SearchAsync(SearchApiClient.Q(preferred))).Total);
            Assert.Equal(0, (await client.SearchAsync(SearchApiClient.Q(altLabel))).Total);

            await ImportSkillAsync(uri, preferred, altLabel);

            var found = await EventuallyAsync(client, altLabel);
            Assert.All(found.Items.Take(3), i => Assert.True(teaching.Contains(i.Id), $"{i.Title} lehrt die mit {uri} verknüpfte Kompetenz nicht."));
        }
        finally
        {
            Sequential.Release();
        }
    }

    [Fact]
    public void A_multi_word_label_matches_its_longest_member_and_alternatives_are_bounded()
    {
        using var analyzer = GermanSearchAnalyzer.Create();
        var groups = new List<IReadOnlyList<string>> { new[] { "Lager verwalten", "Lagerhaltung" }, new[] { "Lager verwalten digital", "WMS" } };
        groups.AddRange(Enumerable.Range(0, 40).Select(i => (IReadOnlyList<string>)[$"Stapel{i}", "Stapler"]));
        var table = new SynonymTable(analyzer, groups);

        var terms = GermanSearchAnalyzer.Terms(analyzer, SearchIndexStore.Fields.All, "Lager verwalten digital heute").Select(t => t.Term).ToList();
        var match = table.MultiWordAt(terms, 0);
        Assert.NotNull(match);
        Assert.Equal(3, match.Value.Member.Length);
        Assert.Null(table.MultiWordAt(terms, 1));
        var stapler = GermanSearchAnalyzer.Terms(analyzer, SearchIndexStore.Fields.All, "Stapler").Single().Term;
        Assert.InRange(table.For(stapler).Count, 1, 24);
    }

    private async Task ImportSkillAsync(string uri, string preferred, string altLabel)
    {
        var folder = Directory.CreateTempSubdirectory("wbr-esco-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "skills_de.csv"),
                "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description\n"
                + $"KnowledgeSkillCompetence,{uri},skill/competence,sector-specific,\"{preferred}\",\"{altLabel}\",Testbegriff\n");
            await platform.WithDbAsync(db => EscoImporter.ImportAsync(db, folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The server reloads its synonyms on its next catch-up pass after the import.</summary>
    private static async Task<OfferSearchResult> EventuallyAsync(HttpClient client, string query)
    {
        for (var attempt = 0; ; attempt++)
        {
            var result = await client.SearchAsync(SearchApiClient.Q(query) + "&pageSize=20");
            if (result.Total > 0) return result;
            Assert.True(attempt < 60, $"„{query}“ findet auch 30 s nach dem ESCO-Import nichts.");
            await Task.Delay(500);
        }
    }
}
