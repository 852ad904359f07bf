using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Weiterbildungsraum.Web.Tests.Assessments;

public class GapAnalysisApiTests(DemoPlatform platform)
{
    private readonly HttpClient client = platform.CreateClient();

    private sealed record Entry(string Key, string Name, int TargetNow, int TargetFuture, int Weight);

    private async Task<(string Role, List<Entry> Profile)> SomeRoleAsync() => await platform.WithDbAsync(async db =>
    {
        var role = await db.JobRoles.OrderBy(r => r.Key).Select(r => r.Key).FirstAsync();
        var profile = await db.RoleProfileEntries.Where(e => e.Role.Key == role)
            .Select(e => new Entry(e.Competency.Key, e.Competency.Name, e.TargetNow, e.TargetFuture, e.Weight)).ToListAsync();
        return (role, profile);
    });

    private Task<HttpResponseMessage> PostAsync(object body) =>
        client.PostAsJsonAsync("/api/v1/gap-analysis", body, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Gaps_are_ranked_by_weighted_gap_and_unrated_competencies_are_listed_apart()
    {
        var (role, profile) = await SomeRoleAsync();
        Assert.True(profile.Count >= 2);
        var rated = profile.Skip(1).ToList();
        var response = await PostAsync(new { roleId = role, horizon = "future", ratings = rated.Select((e, i) => new { competencyId = e.Key, level = i % 3 }) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);

        var gaps = result.GetProperty("gaps").EnumerateArray().ToList();
        var expected = rated.Select((e, i) => (e, actual: i % 3)).Where(x => x.e.TargetFuture > x.actual).ToList();
        Assert.Equal(expected.Count, gaps.Count);
        var weighted = gaps.Select(g => g.GetProperty("weightedGap").GetInt32()).ToList();
        Assert.Equal(weighted.OrderDescending(), weighted);
        foreach (var g in gaps)
        {
            var entry = profile.Single(p => p.Key == g.GetProperty("competencyId").GetString());
            Assert.Equal(entry.TargetFuture, g.GetProperty("target").GetInt32());
            Assert.Equal(entry.Name, g.GetProperty("name").GetString());
            Assert.Equal(entry.TargetFuture - g.GetProperty("actual").GetInt32(), g.GetProperty("gap").GetInt32());
            Assert.Equal(g.GetProperty("gap").GetInt32() * entry.Weight, g.GetProperty("weightedGap").GetInt32());
        }
        var notRated = result.GetProperty("notRated").EnumerateArray().Select(n => n.GetProperty("competencyId").GetString()).ToList();
        Assert.Equal([profile[0].Key], notRated);
        Assert.InRange(result.GetProperty("fit").GetInt32(), 0, 99);
    }

    [Fact]
    public async Task Ratings_above_target_are_strengths_and_a_full_match_fits_100()
    {
        var (role, profile) = await SomeRoleAsync();
        var response = await PostAsync(new { roleId = role, horizon = "now", ratings = profile.Select(e => new { competencyId = e.Key, level = 4 }) });
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(100, result.GetProperty("fit").GetInt32());
        Assert.Empty(result.GetProperty("gaps").EnumerateArray());
        Assert.Equal(profile.Count(e => e.TargetNow < 4), result.GetProperty("strengths").GetArrayLength());
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"roleId":"gibt-es-nicht","horizon":"now","ratings":[]}""", "roleId" },
        { """{"roleId":"ROLE","horizon":"gestern","ratings":[]}""", "horizon" },
        { """{"roleId":"ROLE","horizon":"now","ratings":[{"competencyId":"FIRST","level":5}]}""", "ratings[0].level" },
        { """{"roleId":"ROLE","horizon":"now","ratings":[{"competencyId":"FIRST","level":-1}]}""", "ratings[0].level" },
        { """{"roleId":"ROLE","horizon":"now","ratings":[{"competencyId":"keine-kompetenz-der-rolle","level":2}]}""", "ratings[0].competencyId" },
        { """{"roleId":"ROLE","horizon":"now","ratings":[{"competencyId":"FIRST","level":2},{"competencyId":"FIRST","level":3}]}""", "ratings[1].competencyId" },
        { """{"roleId":"ROLE","horizon":"now","ratings":[{"competencyId":"FIRST","level":"drei"}]}""", "ratings[0].level" },
        { """{"roleId":"ROLE","horizon":"now","ratings":[""", "ratings[0]" },
        { "", "body" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_requests_are_400_problem_details_naming_the_field(string body, string field)
    {
        var (role, profile) = await SomeRoleAsync();
        var json = body.Replace("ROLE", role).Replace("FIRST", profile[0].Key);
        var response = await client.PostAsync("/api/v1/gap-analysis", new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"Fehler für {field} erwartet: {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }
}
