using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Matching;

/// <summary>No noise: in-house-only offers for company HR only, an offer needing a prerequisite as the second step of a path.</summary>
public class RecommendationNoiseTests(RecommendationNoisePlatform platform) : IClassFixture<RecommendationNoisePlatform>
{
    private static async Task<JsonElement> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    private static List<int> Ids(JsonElement body, string list) =>
        body.GetProperty(list).EnumerateArray().Select(i => i.GetProperty("offerId").GetInt32()).ToList();

    private object Self => new { personId = platform.PersonId, horizon = "future", limit = 100 };

    private void AssertNoInhouseOnlyOffer(JsonElement body)
    {
        Assert.DoesNotContain(platform.InhouseOnlyId, Ids(body, "items"));
        Assert.DoesNotContain(platform.InhouseOnlyId, Ids(body, "nextSteps"));
        Assert.All(body.GetProperty("items").EnumerateArray(), i => Assert.NotEqual("inhouse", i.GetProperty("nextSession").GetProperty("format").GetString()));
    }

    [Fact]
    public async Task An_individual_never_sees_an_in_house_only_offer()
    {
        var anonymous = platform.CreateClient();
        var byRole = await PostAsync(anonymous, "/api/v1/recommendations", platform.RoleRequest);
        AssertNoInhouseOnlyOffer(byRole);
        Assert.Contains(platform.FirstStepId, Ids(byRole, "items"));
        var path = await PostAsync(anonymous, "/api/v1/learning-path", platform.RoleRequest);
        Assert.DoesNotContain(platform.InhouseOnlyId, Ids(path, "steps"));

        var herself = await PostAsync(await platform.ClientAsAsync(RecommendationNoisePlatform.Learner), "/api/v1/recommendations", Self);
        AssertNoInhouseOnlyOffer(herself);
        Assert.Contains(platform.FirstStepId, Ids(herself, "items"));

        var page = await anonymous.GetDocumentAsync(platform.PageQuery);
        Assert.NotEmpty(page.QuerySelectorAll($"a[href='/angebote/{platform.FirstStepId}']"));
        Assert.Empty(page.QuerySelectorAll($"a[href='/angebote/{platform.InhouseOnlyId}']"));
        Assert.Null(page.QuerySelector("input[name='Input.Formate'][value='inhouse']"));
    }

    [Fact]
    public async Task HR_planning_for_its_employee_is_recommended_the_in_house_only_offer()
    {
        var hr = await platform.ClientAsAsync(RecommendationNoisePlatform.Hr);
        var body = await PostAsync(hr, "/api/v1/recommendations", Self);
        var inhouse = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("offerId").GetInt32() == platform.InhouseOnlyId);
        Assert.Equal("inhouse", inhouse.GetProperty("nextSession").GetProperty("format").GetString());
        Assert.Contains(inhouse.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("im Betrieb"));

        var plan = await hr.GetDocumentAsync("/unternehmen/weiterbildungsplan");
        var lena = plan.QuerySelectorAll("section[aria-labelledby='je-person'] h3").First(h => h.TextContent.Contains("Lena Lernwerk"));
        Assert.NotNull(lena.NextElementSibling!.QuerySelector($"a[href='/angebote/{platform.InhouseOnlyId}']"));
    }

    [Fact]
    public async Task An_offer_needing_a_prerequisite_appears_as_the_second_step_after_it_not_as_a_result()
    {
        var body = await PostAsync(platform.CreateClient(), "/api/v1/recommendations", platform.RoleRequest);
        Assert.DoesNotContain(platform.SecondStepId, Ids(body, "items"));
        var next = body.GetProperty("nextSteps").EnumerateArray().Single(n => n.GetProperty("offerId").GetInt32() == platform.SecondStepId);
        var after = next.GetProperty("after");
        Assert.Equal(platform.FirstStepId, after.GetProperty("offerId").GetInt32());
        Assert.True(after.GetProperty("listed").GetBoolean());
        Assert.True(DateOnly.Parse(next.GetProperty("nextSession").GetProperty("start").GetString()!) > DateOnly.Parse(after.GetProperty("session").GetProperty("end").GetString()!));
        var closed = Assert.Single(next.GetProperty("closes").EnumerateArray());
        Assert.Equal((1, 3), (closed.GetProperty("from").GetInt32(), closed.GetProperty("to").GetInt32()));
        Assert.StartsWith("Zweiter Schritt", next.GetProperty("reasons")[0].GetString());

        var page = await platform.CreateClient().GetDocumentAsync(platform.PageQuery);
        var firstCard = page.QuerySelectorAll("li.recommendation").Single(li => li.QuerySelector($"h3 a[href='/angebote/{platform.FirstStepId}']") is not null);
        var suggestion = firstCard.QuerySelectorAll(".next-step").Single(p => p.QuerySelector($"a[href='/angebote/{platform.SecondStepId}']") is not null);
        Assert.StartsWith("Danach möglich", suggestion.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll($"li.recommendation h3 a[href='/angebote/{platform.SecondStepId}']"));
    }

    [Fact]
    public async Task An_individual_posing_as_HR_through_request_fields_gets_nothing_more()
    {
        var hrOrganisation = await platform.WithDbAsync(db => db.Memberships.Where(m => m.Kind == MembershipKind.HR && m.User.Email == RecommendationNoisePlatform.Hr)
            .Select(m => m.OrganisationId).FirstAsync());
        var posing = new
        {
            roleId = platform.RoleKey, horizon = "future", limit = 100,
            ratings = platform.Ratings.Select(r => new { competencyId = r.Key, level = r.Level }).ToList(),
            constraints = new { formats = new[] { "inhouse", "onsite" } },
            companySize = 12, person = new { employmentStatus = "Employed" },
            audience = "company", organisationId = hrOrganisation, asCompany = true, role = Roles.CompanyHR,
        };
        AssertNoInhouseOnlyOffer(await PostAsync(platform.CreateClient(), "/api/v1/recommendations", posing));
        var learner = await platform.ClientAsAsync(RecommendationNoisePlatform.Learner);
        AssertNoInhouseOnlyOffer(await PostAsync(learner, "/api/v1/recommendations", posing));
        AssertNoInhouseOnlyOffer(await PostAsync(learner, "/api/v1/recommendations", new
        {
            personId = platform.PersonId, horizon = "future", limit = 100, audience = "company", organisationId = hrOrganisation,
            constraints = new { formats = new[] { "inhouse" } },
        }));
        // HR asking without one of its employees asks as an individual would.
        AssertNoInhouseOnlyOffer(await PostAsync(await platform.ClientAsAsync(RecommendationNoisePlatform.Hr), "/api/v1/recommendations", posing));

        var page = await platform.CreateClient().GetDocumentAsync(platform.PageQuery + $"&Input.Formate=inhouse&Input.Audience=Company&audience=company&organisationId={hrOrganisation}");
        Assert.Empty(page.QuerySelectorAll($"a[href='/angebote/{platform.InhouseOnlyId}']"));
    }
}
