using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Tests.Assessments;

namespace Weiterbildungsraum.Web.Tests.Competencies;

/// <summary>
/// A company adopts a REGIO role and adjusts it; the coordination publishes a newer version through the model API;
/// HR sees what changed, decides the conflict and moves the role — and nobody else can.
/// </summary>
public class CompanyRoleUpgradeTests
{
    private sealed record Scenario(CompanySetup.Company Company, int CompanyRoleId, int SecondRoleId, string RoleKey,
        string Conflicting, int CompanyWeight, int NewWeight, string Retargeted, int NewFuture, string Dropped, string Added, int OriginVersionId, long AssessmentId);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<Scenario> PrepareAsync(TestPlatform platform)
    {
        var company = await platform.RegisterCompanyAsync("Umstellung GmbH " + Guid.NewGuid().ToString("N")[..6]);
        var model = JsonNode.Parse(await platform.CreateClient().GetStringAsync("/api/v1/competency-model", Ct))!;
        var role = model["families"]![0]!["roles"]![0]!;
        var roleKey = role["key"]!.GetValue<string>();
        var profile = role["profile"]!.AsArray();
        var companyRoleId = await platform.AdoptRoleAsync(company, roleKey, "Eigene Fassung");
        var secondRoleId = await platform.AdoptRoleAsync(company, roleKey, "Zweite Fassung");
        var originVersionId = await platform.WithDbAsync(db => db.CompanyRoles.Where(r => r.Id == companyRoleId).Select(r => r.FrameworkVersionId).SingleAsync(Ct));

        // The company weights one competency differently; the newer version weights it a third way: a conflict.
        var conflicting = profile[0]!;
        var key = conflicting["competency"]!.GetValue<string>();
        var originWeight = conflicting["weight"]!.GetValue<int>();
        var companyWeight = new[] { 1, 2, 3 }.First(w => w != originWeight);
        var newWeight = new[] { 1, 2, 3 }.Single(w => w != originWeight && w != companyWeight);
        conflicting["weight"] = newWeight;
        await platform.WithDbAsync(async db =>
        {
            await db.CompanyRoleEntries.Where(e => (e.CompanyRoleId == companyRoleId || e.CompanyRoleId == secondRoleId) && e.CompetencyKey == key)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Weight, companyWeight), Ct);
        });
        // Only the newer version changes the next one's future target, and the text of its level 2.
        var retargeted = profile[1]!;
        var retargetedKey = retargeted["competency"]!.GetValue<string>();
        var newFuture = retargeted["targetFuture"]!.GetValue<int>() == 4 ? 3 : retargeted["targetFuture"]!.GetValue<int>() + 1;
        retargeted["targetFuture"] = newFuture;
        var competency = model["competencies"]!.AsArray().Single(c => c!["key"]!.GetValue<string>() == retargetedKey)!;
        competency["levels"]!["2"] = "Neu gefasst: wendet es mit Anleitung sicher an.";
        // One competency leaves the role, another one joins it.
        var dropped = profile[2]!["competency"]!.GetValue<string>();
        profile.RemoveAt(2);
        var inRole = profile.Select(p => p!["competency"]!.GetValue<string>()).Append(dropped).ToHashSet();
        var added = model["competencies"]!.AsArray().Select(c => c!["key"]!.GetValue<string>()).First(k => !inRole.Contains(k));
        profile.Add(new JsonObject { ["competency"] = added, ["targetNow"] = 2, ["targetFuture"] = 3, ["weight"] = 2 });

        var personId = await platform.AddEmployeeAsync(company, "Uwe", "Umstieg" + Guid.NewGuid().ToString("N")[..4]);
        var assessmentId = await platform.WithDbAsync(async db =>
        {
            var assessment = new Assessment { PersonId = personId, CompetencyKey = key, FrameworkVersionId = originVersionId, Level = 2, Source = RatingSource.Manager, AssessedAt = DateTime.UtcNow };
            db.Assessments.Add(assessment);
            await db.SaveChangesAsync(Ct);
            return assessment.Id;
        });

        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var draft = await coordinator.PostAsync("/api/v1/competency-model/drafts", new StringContent(model.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var number = (await draft.Content.ReadFromJsonAsync<JsonObject>(Ct))!["number"]!.GetValue<int>();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync($"/api/v1/competency-model/versions/{number}/publish", null, Ct)).StatusCode);
        return new(company, companyRoleId, secondRoleId, roleKey, key, companyWeight, newWeight, retargetedKey, newFuture, dropped, added, originVersionId, assessmentId);
    }

    [Fact]
    public async Task HR_sees_the_hint_and_the_changes_decides_the_conflict_and_moves_the_role()
    {
        using var platform = new TestPlatform(demoData: true);
        var s = await PrepareAsync(platform);
        var hr = s.Company.Hr;

        var rolePage = await hr.GetDocumentAsync($"/unternehmen/rollen/{s.CompanyRoleId}");
        Assert.NotNull(rolePage.QuerySelector($".upgrade-hint a[href='/unternehmen/rollen/{s.CompanyRoleId}/neue-version']"));

        var url = $"/unternehmen/rollen/{s.CompanyRoleId}/neue-version";
        var page = await hr.GetDocumentAsync(url);
        var conflict = Assert.Single(page.QuerySelectorAll("fieldset.upgrade-conflict"));
        Assert.Equal($"Choice_{s.Conflicting}", conflict.Id);
        Assert.Contains(page.QuerySelectorAll(".upgrade-changes li"), li => li.TextContent.Contains("gehört nicht mehr zum Profil"));
        Assert.Contains(page.QuerySelectorAll(".upgrade-changes li"), li => li.TextContent.Contains("Stufenbeschreibung 2"));
        Assert.NotNull(page.QuerySelector(".upgrade-levels"));

        var undecided = await hr.SubmitAsync(url, new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, undecided.StatusCode);
        Assert.Contains("welche Werte gelten sollen", await undecided.Content.ReadAsStringAsync(Ct));
        Assert.Equal(s.OriginVersionId, await platform.WithDbAsync(db => db.CompanyRoles.Where(r => r.Id == s.CompanyRoleId).Select(r => r.FrameworkVersionId).SingleAsync(Ct)));

        var moved = await hr.SubmitAsync(url, new Dictionary<string, string> { [$"Choice[{s.Conflicting}]"] = "company" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        var role = await platform.WithDbAsync(db => db.CompanyRoles.AsNoTracking().Include(r => r.Profile).Include(r => r.SourceRole).SingleAsync(r => r.Id == s.CompanyRoleId, Ct));
        Assert.NotEqual(s.OriginVersionId, role.FrameworkVersionId);
        Assert.Equal(role.FrameworkVersionId, await platform.WithDbAsync(db => db.JobRoles.Where(r => r.Id == role.SourceRoleId).Select(r => r.Family.VersionId).SingleAsync(Ct)));
        Assert.Equal(s.CompanyWeight, role.Profile.Single(e => e.CompetencyKey == s.Conflicting).Weight);
        Assert.Equal(s.NewFuture, role.Profile.Single(e => e.CompetencyKey == s.Retargeted).TargetFuture);
        Assert.DoesNotContain(role.Profile, e => e.CompetencyKey == s.Dropped);
        Assert.Contains(role.Profile, e => e.CompetencyKey == s.Added);
        Assert.Equal(s.OriginVersionId, await platform.WithDbAsync(db => db.Assessments.Where(a => a.Id == s.AssessmentId).Select(a => a.FrameworkVersionId).SingleAsync(Ct)));

        var after = await hr.GetDocumentAsync($"/unternehmen/rollen/{s.CompanyRoleId}");
        Assert.Null(after.QuerySelector(".upgrade-hint"));
        var upToDate = await hr.GetDocumentAsync(url);
        Assert.Empty(upToDate.QuerySelectorAll("main form"));
    }

    [Fact]
    public async Task The_API_gives_the_plan_requires_every_decision_and_other_companies_get_nothing()
    {
        using var platform = new TestPlatform(demoData: true);
        var s = await PrepareAsync(platform);
        var hr = s.Company.Hr;
        var endpoint = $"/api/v1/company-roles/{s.SecondRoleId}/upgrade";

        var plan = (await hr.GetFromJsonAsync<JsonObject>(endpoint, Ct))!;
        Assert.False(plan["upToDate"]!.GetValue<bool>());
        Assert.Equal(s.RoleKey, plan["roleId"]!.GetValue<string>());
        var items = plan["items"]!.AsArray();
        Assert.Equal("Conflict", items.Single(i => i!["competencyId"]!.GetValue<string>() == s.Conflicting)!["step"]!.GetValue<string>());
        Assert.Equal("Remove", items.Single(i => i!["competencyId"]!.GetValue<string>() == s.Dropped)!["step"]!.GetValue<string>());
        Assert.Equal("Add", items.Single(i => i!["competencyId"]!.GetValue<string>() == s.Added)!["step"]!.GetValue<string>());
        Assert.Contains(plan["changes"]!.AsArray(), c => c!["kind"]!.GetValue<string>() == "TargetChanged");
        var toVersion = plan["toVersion"]!.GetValue<int>();

        var other = await platform.RegisterCompanyAsync("Andere Firma " + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Hr.GetAsync(endpoint, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Hr.PostAsJsonAsync(endpoint, new { toVersion, choices = new Dictionary<string, string> { [s.Conflicting] = "regio" } }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Hr.GetAsync($"/unternehmen/rollen/{s.SecondRoleId}/neue-version", Ct)).StatusCode);

        var undecided = await hr.PostAsJsonAsync(endpoint, new { toVersion }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, undecided.StatusCode);
        Assert.Equal("application/problem+json", undecided.Content.Headers.ContentType?.MediaType);
        Assert.Contains(s.Conflicting, await undecided.Content.ReadAsStringAsync(Ct));
        var stale = await hr.PostAsJsonAsync(endpoint, new { toVersion = toVersion - 1, choices = new Dictionary<string, string> { [s.Conflicting] = "regio" } }, Ct);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var moved = await hr.PostAsJsonAsync(endpoint, new { toVersion, choices = new Dictionary<string, string> { [s.Conflicting] = "regio" } }, Ct);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var outcome = (await moved.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(1, outcome["added"]!.GetValue<int>());
        Assert.Equal(1, outcome["removed"]!.GetValue<int>());
        Assert.Equal(s.NewWeight, await platform.WithDbAsync(db => db.CompanyRoleEntries.Where(e => e.CompanyRoleId == s.SecondRoleId && e.CompetencyKey == s.Conflicting).Select(e => e.Weight).SingleAsync(Ct)));
        // The first role of the company is untouched by moving the second.
        Assert.Equal(s.OriginVersionId, await platform.WithDbAsync(db => db.CompanyRoles.Where(r => r.Id == s.CompanyRoleId).Select(r => r.FrameworkVersionId).SingleAsync(Ct)));

        Assert.Equal(HttpStatusCode.Conflict, (await hr.PostAsJsonAsync(endpoint, new { toVersion }, Ct)).StatusCode);
        Assert.True((await hr.GetFromJsonAsync<JsonObject>(endpoint, Ct))!["upToDate"]!.GetValue<bool>());
    }
}
