using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Demand;

public class DemandAuthorizationTests(DemoPlatform platform)
{
    [Fact]
    public async Task Anonymous_callers_get_401_from_the_api_and_the_login_page_for_the_radar()
    {
        var client = platform.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/demand", TestContext.Current.CancellationToken)).StatusCode);
        var page = await client.GetAsync("/bedarfsradar", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/anmelden", page.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.CompanyHR)]
    public async Task Learners_and_companies_are_refused(string role)
    {
        var client = await platform.ClientAsRoleAsync(role);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/demand", TestContext.Current.CancellationToken)).StatusCode);
        var page = await client.GetAsync("/bedarfsradar", TestContext.Current.CancellationToken);
        Assert.Contains("/zugriff-verweigert", page.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData(Roles.Provider)]
    [InlineData(Roles.Coordinator)]
    public async Task Providers_and_coordinators_see_the_radar(string role)
    {
        var client = await platform.ClientAsRoleAsync(role);
        var response = await client.GetFromJsonAsync<JsonElement>("/api/v1/demand?horizon=future", TestContext.Current.CancellationToken);
        Assert.Equal("future", response.GetProperty("horizon").GetString());
        Assert.Equal(5, response.GetProperty("minPersons").GetInt32());
        Assert.NotEmpty(response.GetProperty("cells").EnumerateArray());
        var page = await client.GetDocumentAsync("/bedarfsradar");
        Assert.NotNull(page.QuerySelector("svg[role=img] title, main table"));

        // The trend by quarter is drawn as columns and given as a table; the chart's description holds every figure.
        var trend = page.QuerySelector("svg.trend-chart");
        Assert.NotNull(trend);
        var rows = page.QuerySelectorAll("table caption").First(c => c.TextContent.Contains("nach Quartal")).ParentElement!.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        Assert.Equal(rows.Length, trend.QuerySelectorAll("g > text.trend-label").Length);
        foreach (var row in rows)
            Assert.Contains(row.QuerySelector("th")!.TextContent + ":", trend.QuerySelector("desc")!.TextContent);
    }

    [Fact]
    public async Task Only_coordinators_export_csv_and_open_the_report()
    {
        var provider = await platform.ClientAsRoleAsync(Roles.Provider);
        Assert.Equal(HttpStatusCode.Forbidden, (await provider.GetAsync("/api/v1/demand/export.csv", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Contains("/zugriff-verweigert", (await provider.GetAsync("/bedarfsradar/bericht", TestContext.Current.CancellationToken)).Headers.Location!.ToString());

        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var csv = await coordinator.GetAsync("/api/v1/demand/export.csv?horizon=now", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Kompetenz-ID;Kompetenz;Personen", (await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF'));
        var report = await coordinator.GetDocumentAsync("/bedarfsradar/bericht");
        Assert.Contains("Bericht", report.QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("horizon=gestern", "horizon")]
    [InlineData("family=gibt-es-nicht", "family")]
    [InlineData("town=Berlin", "town")]
    public async Task Unknown_filters_are_400_problem_details_naming_the_field(string query, string field)
    {
        var client = await platform.ClientAsRoleAsync(Roles.Provider);
        var response = await client.GetAsync("/api/v1/demand?" + query, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }
}
