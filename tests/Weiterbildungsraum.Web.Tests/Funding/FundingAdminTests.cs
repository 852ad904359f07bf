using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Tests.Matching;

namespace Weiterbildungsraum.Web.Tests.Funding;

public class FundingAdminTests(PlanPlatform platform) : IClassFixture<PlanPlatform>
{
    private Task<int> BildungsscheckIdAsync() => platform.WithDbAsync(db => db.FundingProgrammes.Where(p => p.Key == "bildungsscheck-nrw").Select(p => p.Id).FirstAsync());

    [Fact]
    public async Task Shipped_programmes_carry_valid_from_and_source()
    {
        var programmes = await platform.WithDbAsync(db => db.FundingProgrammes.ToListAsync());
        // Other tests of this class may add newer versions of a programme; the shipped keys are all there.
        Assert.Equal(["bildungsscheck-nrw", "sgb3-81", "sgb3-82"], programmes.Select(p => p.Key).Distinct().Order());
        Assert.All(programmes, p => Assert.False(string.IsNullOrWhiteSpace(p.Source)));
        Assert.Equal(new DateOnly(2026, 2, 1), programmes.Where(p => p.Key == "bildungsscheck-nrw").Min(p => p.ValidFrom));
    }

    [Fact]
    public async Task Invalid_rules_are_rejected_with_a_message_naming_the_field()
    {
        var admin = await platform.ClientAsRoleAsync(Roles.Admin);
        var id = await BildungsscheckIdAsync();
        var response = await admin.SubmitAsync($"/verwaltung/foerderprogramme/{id}", new Dictionary<string, string>
        {
            ["Input.RulesJson"] = """{"conditions": {}, "courseCostRate": 150}""",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("courseCostRate", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.DoesNotContain("150", await platform.WithDbAsync(db => db.FundingProgrammes.Where(p => p.Id == id).Select(p => p.RulesJson).SingleAsync()));
    }

    [Fact]
    public async Task Admin_saves_a_new_version_and_the_old_one_stays()
    {
        var admin = await platform.ClientAsRoleAsync(Roles.Admin);
        var id = await BildungsscheckIdAsync();
        var rules = await platform.WithDbAsync(db => db.FundingProgrammes.Where(p => p.Id == id).Select(p => p.RulesJson).SingleAsync());
        // Textareas are not taken over by the form helper, so the rules are sent as they are.
        var response = await admin.SubmitAsync($"/verwaltung/foerderprogramme/{id}", new Dictionary<string, string>
        {
            ["Input.RulesJson"] = rules, ["Input.ValidFrom"] = "2027-01-01", ["Input.AsNewVersion"] = "true", ["Input.Source"] = "Neue Richtlinie, Stand 2027",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var versions = await platform.WithDbAsync(db => db.FundingProgrammes.Where(p => p.Key == "bildungsscheck-nrw").OrderBy(p => p.ValidFrom).ToListAsync());
        Assert.Equal([new DateOnly(2026, 2, 1), new DateOnly(2027, 1, 1)], versions.Select(v => v.ValidFrom));
        Assert.Equal("Neue Richtlinie, Stand 2027", versions[1].Source);
    }

    [Fact]
    public async Task Only_admins_edit_programmes()
    {
        var hr = await platform.ClientAsRoleAsync(Roles.CompanyHR);
        var response = await hr.GetAsync("/verwaltung/foerderprogramme", TestContext.Current.CancellationToken);
        Assert.Contains("/zugriff-verweigert", response.Headers.Location?.ToString() ?? "");
    }
}
