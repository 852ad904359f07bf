using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Weiterbildungsraum.Web.Tests.Matching;

public class RecommendationsApiTests(DemoPlatform platform)
{
    private readonly HttpClient client = platform.CreateClient();

    /// <summary>A demo role whose competencies published offers teach, with every competency rated 0.</summary>
    private async Task<(string Role, List<object> Ratings)> RoleWithOffersAsync() => await platform.WithDbAsync(async db =>
    {
        var taught = await db.OfferCompetencies.Where(c => c.Offer.IsPublished).Select(c => c.CompetencyKey).Distinct().ToListAsync();
        var role = await db.RoleProfileEntries.Where(e => taught.Contains(e.Competency.Key))
            .GroupBy(e => e.Role.Key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var keys = await db.RoleProfileEntries.Where(e => e.Role.Key == role).Select(e => e.Competency.Key).Distinct().ToListAsync();
        return (role, keys.Select(k => (object)new { competencyId = k, level = 0 }).ToList());
    });

    private async Task<JsonElement> PostAsync(string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    [Fact]
    public async Task Recommendations_close_gaps_of_the_role_and_their_points_add_up()
    {
        var (role, ratings) = await RoleWithOffersAsync();
        var result = await PostAsync("/api/v1/recommendations", new { roleId = role, horizon = "future", ratings });
        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        var scores = items.Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        foreach (var item in items)
        {
            var closes = item.GetProperty("closes").EnumerateArray().ToList();
            Assert.NotEmpty(closes);
            // score = Σ points × (½ + ½ × focus), to one decimal; the points and focus in the answer are rounded too.
            var points = closes.Sum(c => c.GetProperty("points").GetDouble());
            Assert.InRange(item.GetProperty("score").GetDouble(), points * (0.5 + 0.5 * item.GetProperty("focus").GetDouble()) - 0.2, points + 0.05);
            Assert.All(closes, c => Assert.Equal(0, c.GetProperty("from").GetInt32()));
            Assert.Contains(item.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("Nächster Termin"));
        }
    }

    [Fact]
    public async Task Constraints_hold_for_every_recommendation()
    {
        var (role, ratings) = await RoleWithOffersAsync();
        var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20);
        var result = await PostAsync("/api/v1/recommendations", new
        {
            roleId = role, ratings,
            constraints = new { postcode = "44147", radiusKm = 15, from, formats = new[] { "onsite", "online" }, maxPrice = 2500 },
        });
        foreach (var item in result.GetProperty("items").EnumerateArray())
        {
            Assert.True(item.GetProperty("price").GetDecimal() <= 2500);
            var session = item.GetProperty("nextSession");
            Assert.Contains(session.GetProperty("format").GetString(), new[] { "onsite", "online" });
            Assert.True(DateOnly.Parse(session.GetProperty("start").GetString()!) >= from);
            if (session.GetProperty("format").GetString() == "onsite")
                Assert.True(item.GetProperty("distanceKm").GetDouble() <= 15);
        }
    }

    [Fact]
    public async Task Funding_facts_give_a_price_after_funding_not_above_the_price()
    {
        var (role, ratings) = await RoleWithOffersAsync();
        var result = await PostAsync("/api/v1/recommendations", new
        {
            roleId = role, ratings, companySize = 20, limit = 50,
            person = new { employmentStatus = "Employed", taxableIncome = 30000, age = 50 },
        });
        var funded = result.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("priceAfterFunding").ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(funded);
        Assert.All(funded, i => Assert.True(i.GetProperty("priceAfterFunding").GetDecimal() < i.GetProperty("price").GetDecimal()));
    }

    [Fact]
    public async Task A_learning_path_stays_within_its_budget()
    {
        var (role, ratings) = await RoleWithOffersAsync();
        var path = await PostAsync("/api/v1/learning-path", new { roleId = role, ratings, budget = 3000 });
        Assert.True(path.GetProperty("totalCost").GetDecimal() <= 3000);
        Assert.Equal(path.GetProperty("totalCost").GetDecimal(), path.GetProperty("steps").EnumerateArray().Sum(s => s.GetProperty("price").GetDecimal()));
        var unlimited = await PostAsync("/api/v1/learning-path", new { roleId = role, ratings });
        Assert.True(unlimited.GetProperty("steps").GetArrayLength() >= path.GetProperty("steps").GetArrayLength());
        var starts = unlimited.GetProperty("steps").EnumerateArray().Select(s => DateOnly.Parse(s.GetProperty("session").GetProperty("start").GetString()!)).ToList();
        Assert.Equal(starts.Order(), starts);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_the_field()
    {
        var (role, _) = await RoleWithOffersAsync();
        var badLevel = await PostAsync("/api/v1/recommendations", new { roleId = role, ratings = new[] { new { competencyId = "gibt-es-nicht", level = 2 } } }, HttpStatusCode.BadRequest);
        Assert.True(badLevel.GetProperty("errors").TryGetProperty("ratings[0].competencyId", out _));
        var badPlace = await PostAsync("/api/v1/recommendations", new { roleId = role, constraints = new { postcode = "99999", radiusKm = 10 } }, HttpStatusCode.BadRequest);
        Assert.True(badPlace.GetProperty("errors").TryGetProperty("constraints.postcode", out _));
        var badHorizon = await PostAsync("/api/v1/learning-path", new { roleId = role, horizon = "gestern", budget = -1 }, HttpStatusCode.BadRequest);
        Assert.True(badHorizon.GetProperty("errors").TryGetProperty("horizon", out _));
        Assert.True(badHorizon.GetProperty("errors").TryGetProperty("budget", out _));
        await PostAsync("/api/v1/recommendations", new { roleId = "gibt-es-nicht" }, HttpStatusCode.NotFound);
    }
}
