using System.Net;
using System.Text.Json;

namespace Weiterbildungsraum.Web.Tests.Trust;

public class RateLimitTests
{
    [Fact]
    public async Task The_api_answers_429_with_a_german_problem_after_the_limit_and_pages_stay_open()
    {
        using var platform = new TestPlatform(demoData: false, settings: new Dictionary<string, string> { ["RateLimits:ApiPerMinute"] = "3" });
        var client = platform.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/offers", ct)).StatusCode);

        var refused = await client.GetAsync("/api/v1/offers", ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal("60", refused.Headers.GetValues("Retry-After").Single());
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(ct));
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Höchstens 3 Anfragen pro Minute", problem.RootElement.GetProperty("detail").GetString());

        // The limit guards the API; the pages of the site are not counted against it.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/angebote", ct)).StatusCode);
    }

    [Fact]
    public async Task A_limit_of_zero_switches_the_limit_off()
    {
        using var platform = new TestPlatform(demoData: false, settings: new Dictionary<string, string> { ["RateLimits:ApiPerMinute"] = "0" });
        var client = platform.CreateClient();
        for (var i = 0; i < 50; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/offers", TestContext.Current.CancellationToken)).StatusCode);
    }
}
