using System.Net;

namespace Weiterbildungsraum.Web.Tests.Foundation;

public class HealthAndErrorsTests(DemoPlatform platform)
{
    [Fact]
    public async Task Health_answers_Healthy_when_the_database_answers()
    {
        var response = await platform.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_page_is_a_German_404_page_without_details()
    {
        var response = await platform.CreateClient().GetAsync("/gibt-es-nicht");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Seite nicht gefunden", html);
        Assert.Contains("lang=\"de\"", html);
    }

    [Fact]
    public async Task Unknown_api_address_is_problem_json()
    {
        var response = await platform.CreateClient().GetAsync("/api/v1/gibt-es-nicht");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_carry_security_headers()
    {
        var response = await platform.CreateClient().GetAsync("/");
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task OpenApi_document_and_reference_page_are_served()
    {
        var client = platform.CreateClient();
        var document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/v1/job-families", document);
        Assert.Contains("/api/v1/roles/{id}/profile", document);
        var reference = await client.GetAsync("/api-referenz/");
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}
