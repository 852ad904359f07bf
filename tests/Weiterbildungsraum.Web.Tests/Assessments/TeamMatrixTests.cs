using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Assessments;

namespace Weiterbildungsraum.Web.Tests.Assessments;

public sealed class TeamMatrixTests : IDisposable
{
    private readonly TestPlatform platform = new(demoData: false);

    public void Dispose() => platform.Dispose();

    private async Task<(CompanySetup.Company Company, int RoleId, int[] People, List<string> Keys)> TeamAsync(string firstName = "Anna")
    {
        var company = await platform.RegisterCompanyAsync("Matrix GmbH " + Guid.NewGuid().ToString("N")[..6]);
        var roleKey = await platform.WithDbAsync(db => db.JobRoles.OrderBy(r => r.Key).Select(r => r.Key).FirstAsync());
        var roleId = await platform.AdoptRoleAsync(company, roleKey, "Matrix-Rolle");
        var people = new[] { await platform.AddEmployeeAsync(company, firstName, "Alpha"), await platform.AddEmployeeAsync(company, "Bernd", "Beta") };
        foreach (var p in people) await company.AssignAsync(p, "c:" + roleId);
        var keys = await platform.WithDbAsync(db => db.CompanyRoleEntries.Where(e => e.CompanyRoleId == roleId).OrderBy(e => e.CompetencyKey).Select(e => e.CompetencyKey).ToListAsync());
        // Anna meets the first competency at level 4, Bernd is one level short of every target of it.
        var targets = await platform.WithDbAsync(db => db.CompanyRoleEntries.SingleAsync(e => e.CompanyRoleId == roleId && e.CompetencyKey == keys[0]));
        await company.Hr.SubmitAsync($"/unternehmen/mitarbeitende/{people[0]}", new Dictionary<string, string> { [$"Levels[{keys[0]}]"] = "4", ["Source"] = "Manager" });
        await company.Hr.SubmitAsync($"/unternehmen/mitarbeitende/{people[1]}", new Dictionary<string, string> { [$"Levels[{keys[0]}]"] = (targets.TargetNow - 1).ToString(), ["Source"] = "Manager" });
        return (company, roleId, people, keys);
    }

    [Fact]
    public async Task The_API_returns_cells_and_totals_for_HR_of_the_organisation_only()
    {
        var (company, roleId, people, keys) = await TeamAsync();
        var response = await company.Hr.GetAsync($"/api/v1/organisations/{company.OrganisationId}/team-matrix", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var matrix = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(people.Order(), matrix.GetProperty("employees").EnumerateArray().Select(e => e.GetProperty("personId").GetInt32()).Order());
        Assert.Equal(keys.Count, matrix.GetProperty("competencies").GetArrayLength());
        var first = matrix.GetProperty("competencies").EnumerateArray().Single(c => c.GetProperty("competencyId").GetString() == keys[0]);
        Assert.Equal(1, first.GetProperty("belowTargetNow").GetInt32());
        Assert.Equal(0, first.GetProperty("notRated").GetInt32());
        var other = matrix.GetProperty("competencies").EnumerateArray().First(c => c.GetProperty("competencyId").GetString() != keys[0]);
        Assert.Equal(2, other.GetProperty("notRated").GetInt32());
        var anna = matrix.GetProperty("employees").EnumerateArray().Single(e => e.GetProperty("personId").GetInt32() == people[0]);
        var unrated = anna.GetProperty("cells").EnumerateArray().First(c => c.GetProperty("competencyId").GetString() != keys[0]);
        Assert.Equal(JsonValueKind.Null, unrated.GetProperty("actual").ValueKind);

        var filtered = await company.Hr.GetFromJsonAsync<JsonElement>($"/api/v1/organisations/{company.OrganisationId}/team-matrix?role=c:{roleId}&sort=luecke", TestContext.Current.CancellationToken);
        Assert.Equal(people[1], filtered.GetProperty("employees")[0].GetProperty("personId").GetInt32());
        var unknown = await company.Hr.GetAsync($"/api/v1/organisations/{company.OrganisationId}/team-matrix?role=c:999999", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        var stranger = await platform.RegisterCompanyAsync("Fremde AG");
        var forbidden = await stranger.Hr.GetAsync($"/api/v1/organisations/{company.OrganisationId}/team-matrix", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        var anonymous = await platform.NewClient().GetAsync($"/api/v1/organisations/{company.OrganisationId}/team-matrix", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var strangerPage = await stranger.Hr.GetStringAsync("/unternehmen/team-matrix", TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Alpha", strangerPage);
    }

    [Fact]
    public async Task The_page_marks_gaps_with_colour_and_text()
    {
        var (company, _, people, keys) = await TeamAsync();
        var page = await company.Hr.GetDocumentAsync("/unternehmen/team-matrix");
        var rows = page.QuerySelectorAll(".team-matrix tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains(page.QuerySelectorAll(".team-matrix td.cell-met"), c => c.TextContent.Contains('✓'));
        Assert.Contains(page.QuerySelectorAll(".team-matrix td.cell-gap1, .team-matrix td.cell-gap2"), c => c.TextContent.Contains('▼'));
        Assert.All(page.QuerySelectorAll(".team-matrix td.cell-open"), c => Assert.Equal("?", c.TextContent));
        Assert.Equal(3, page.QuerySelectorAll(".team-matrix tfoot tr").Length);
        Assert.Contains(people[0].ToString(), rows[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.True(keys.Count > 1);
    }

    [Fact]
    public async Task CSV_export_defuses_formulas_and_XLSX_keeps_them_as_text()
    {
        var (company, _, _, _) = await TeamAsync(firstName: "=HYPERLINK(\"http://x\")");
        var csvResponse = await company.Hr.GetAsync("/unternehmen/team-matrix?handler=Csv", TestContext.Current.CancellationToken);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var bytes = await csvResponse.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var csv = Encoding.UTF8.GetString(bytes[3..]);
        var lines = csv.Split("\r\n".ToCharArray(), StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith("\"'=HYPERLINK(\"\"http://x\"\") Alpha\";"));
        Assert.DoesNotContain(lines, l => l.StartsWith('='));
        Assert.Contains(lines, l => l.StartsWith("Unter Soll heute;"));
        Assert.Contains(TeamMatrixExport.NotRated, csv);

        var xlsx = await company.Hr.GetAsync("/unternehmen/team-matrix?handler=Xlsx", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var book = new XLWorkbook(await xlsx.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
        var sheet = book.Worksheet(1);
        var names = Enumerable.Range(2, 2).Select(r => sheet.Cell(r, 1)).ToList();
        var injected = Assert.Single(names, c => c.GetString().StartsWith('='));
        Assert.False(injected.HasFormula);
        Assert.Equal("Name", sheet.Cell(1, 1).GetString());
    }
}
