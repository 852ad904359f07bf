using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Weiterbildungsraum.Web.Tests.Competencies;

public class CompetenciesApiTests(DemoPlatform platform)
{
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task Job_families_list_answers_from_the_seeded_model()
    {
        var families = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/job-families", TestContext.Current.CancellationToken);
        Assert.NotNull(families);
        Assert.NotEmpty(families);
        var inDb = await platform.WithDbAsync(db => db.JobFamilies.Select(f => f.Key).ToListAsync());
        Assert.Equal(inDb.Order(), families.Select(f => f.GetProperty("id").GetString()!).Order());
        foreach (var family in families)
        {
            Assert.False(string.IsNullOrWhiteSpace(family.GetProperty("name").GetString()));
            Assert.True(family.GetProperty("roleCount").GetInt32() > 0);
        }
    }

    [Fact]
    public async Task A_family_lists_its_roles_and_a_role_has_its_profile()
    {
        var families = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/job-families", TestContext.Current.CancellationToken);
        var familyId = families![0].GetProperty("id").GetString();
        var family = await client.GetFromJsonAsync<JsonElement>($"/api/v1/job-families/{familyId}", TestContext.Current.CancellationToken);
        var roles = family.GetProperty("roles").EnumerateArray().ToList();
        Assert.Equal(families[0].GetProperty("roleCount").GetInt32(), roles.Count);

        var roleId = roles[0].GetProperty("id").GetString();
        var profile = await client.GetFromJsonAsync<JsonElement>($"/api/v1/roles/{roleId}/profile", TestContext.Current.CancellationToken);
        Assert.Equal(roleId, profile.GetProperty("role").GetProperty("id").GetString());
        var competencies = profile.GetProperty("competencies").EnumerateArray().ToList();
        Assert.Equal(roles[0].GetProperty("competencyCount").GetInt32(), competencies.Count);
        foreach (var c in competencies)
        {
            Assert.InRange(c.GetProperty("targetNow").GetInt32(), 1, 4);
            Assert.InRange(c.GetProperty("targetFuture").GetInt32(), 1, 4);
            Assert.InRange(c.GetProperty("weight").GetInt32(), 1, 3);
            Assert.Equal(4, c.GetProperty("levels").GetArrayLength());
            Assert.Contains(c.GetProperty("category").GetString(), new[] { "Fachkompetenz", "Methodenkompetenz", "Sozialkompetenz", "PersonaleKompetenz" });
        }
    }

    [Theory]
    [InlineData("/api/v1/job-families/gibt-es-nicht")]
    [InlineData("/api/v1/roles/gibt-es-nicht/profile")]
    public async Task Unknown_ids_are_404_problem_details_in_German(string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("gibt-es-nicht", problem.GetProperty("detail").GetString());
    }
}
