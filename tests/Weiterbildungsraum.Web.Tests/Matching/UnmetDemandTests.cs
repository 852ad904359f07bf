using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Matching;

/// <summary>Gaps that no offer covers are counted without any person and reach the radar from the threshold on.</summary>
public class UnmetDemandTests(PlanPlatform platform) : IClassFixture<PlanPlatform>
{
    [Fact]
    public async Task Uncovered_gaps_are_counted_per_competency_town_and_month_and_the_radar_shows_them_from_the_threshold()
    {
        var client = platform.CreateClient();
        var role = await platform.WithDbAsync(db => db.RoleProfileEntries.Select(e => e.Role.Key).OrderBy(k => k).FirstAsync());
        var ratings = await platform.WithDbAsync(async db => (await db.RoleProfileEntries.Where(e => e.Role.Key == role).Select(e => e.Competency.Key).Distinct().ToListAsync())
            .Select(k => new { competencyId = k, level = 0 }).ToList());
        // A window in the past: no session can start, so every gap stays uncovered.
        var body = new { roleId = role, horizon = "future", ratings, constraints = new { town = "Selm", from = "2001-01-01", to = "2001-01-31" } };

        var first = await client.PostAsJsonAsync("/api/v1/recommendations", body, TestContext.Current.CancellationToken);
        var json = await first.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(first.StatusCode == HttpStatusCode.OK, json.ToString());
        var uncovered = json.GetProperty("uncovered").EnumerateArray().Select(u => (Key: u.GetProperty("competencyId").GetString()!, Target: u.GetProperty("target").GetInt32())).ToList();
        Assert.NotEmpty(uncovered);
        var (key, target) = uncovered[0];

        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var name = await platform.WithDbAsync(db => db.Competencies.Where(c => c.Key == key).Select(c => c.Name).FirstAsync());
        async Task<bool> ShownAsync()
        {
            var radar = await coordinator.GetDocumentAsync("/bedarfsradar?town=Selm");
            var section = radar.QuerySelector("section[aria-labelledby='no-offer-heading']")!;
            return section.QuerySelectorAll("tbody th").Any(th => th.TextContent.Trim() == name);
        }
        Assert.False(await ShownAsync());

        var threshold = platform.Services.GetRequiredService<Weiterbildungsraum.Domain.Demand.AnonymityRule>().MinPersons;
        for (var i = 1; i < threshold; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/recommendations", body, TestContext.Current.CancellationToken)).StatusCode);

        var count = await platform.WithDbAsync(db => db.UnmetDemand.Where(u => u.CompetencyKey == key && u.Town == "Selm").SumAsync(u => u.Count));
        Assert.Equal(threshold, count);
        Assert.True(await platform.WithDbAsync(db => db.UnmetDemand.AnyAsync(u => u.CompetencyKey == key && u.Level == target && u.Town == "Selm")));
        Assert.True(await ShownAsync());
    }
}
