using Microsoft.Extensions.DependencyInjection;
using Weiterbildungsraum.Web.Features.Competencies.Esco;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Tests.Search;

/// <summary>The demo region with the German ESCO set the repository ships imported: thousands of labels as synonyms.</summary>
public sealed class EscoSearchPlatform() : TestPlatform(demoData: true), IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        _ = Server;
        await WithDbAsync(db => EscoImporter.ImportAsync(db, Paths.Esco));
        await Services.GetRequiredService<OfferIndex>().RefreshVocabularyAsync();
    }
}

/// <summary>The real ESCO labels widen queries; the offer a person means must still come first.</summary>
public class SearchRelevanceWithEscoTests(EscoSearchPlatform platform) : IClassFixture<EscoSearchPlatform>
{
    [Theory]
    [MemberData(nameof(SearchRelevanceTests.Queries), MemberType = typeof(SearchRelevanceTests))]
    public Task The_meant_offer_is_among_the_first_results(string query, string titleWords)
    {
        return SearchRelevanceTests.AssertAmongFirstAsync(platform, query, titleWords);
    }

    [Fact]
    public async Task An_alternative_label_of_a_linked_ESCO_skill_finds_offers_teaching_the_competency()
    {
        var client = platform.CreateClient();
        // The alternative labels of the ESCO skills linked to competencies that searchable offers teach.
        var links = await platform.WithDbAsync(async db =>
        {
            var skills = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.EscoConcepts.Where(c => c.Kind == EscoKind.Skill).Select(c => new { c.Uri, c.AltLabels }));
            var competencies = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Competencies.Select(c => new { c.Key, c.EscoUris }));
            var labels = skills.ToDictionary(s => s.Uri, s => s.AltLabels);
            return competencies.Select(c => (c.Key, Labels: c.EscoUris.Where(labels.ContainsKey).SelectMany(u => labels[u]).Distinct().ToList()))
                .Where(c => c.Labels.Count > 0).DistinctBy(c => c.Key).ToList();
        });
        Assert.NotEmpty(links);
        var checkedLabels = 0;
        foreach (var (key, labels) in links)
        {
            var teaching = (await client.SearchAsync($"competency={Uri.EscapeDataString(key)}&pageSize=100")).Items.Select(i => i.Id).ToHashSet();
            if (teaching.Count == 0) continue;
            foreach (var label in labels.Take(3))
            {
                var result = await client.SearchAsync(SearchApiClient.Q(label) + "&pageSize=10");
                checkedLabels++;
                Assert.True(result.Items.Any(i => teaching.Contains(i.Id)),
                    $"„{label}“ ({key}): keines der ersten zehn Angebote lehrt die verknüpfte Kompetenz: {string.Join(" | ", result.Items.Select(i => i.Title))}");
            }
        }
        Assert.True(checkedLabels > 0);
    }
}
