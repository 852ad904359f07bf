using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Features.Matching;

namespace Weiterbildungsraum.Web.Tests.Matching;

/// <summary>Recommendations from a stored person: who may ask, which Ist counts, what is audited; and caps in the calculator.</summary>
public class PersonRecommendationsTests(PlanPlatform platform) : IClassFixture<PlanPlatform>
{
    private const string Learner = "lernende@demo.weiterbildungsraum.de";
    private const string Hr = "personal@demo.weiterbildungsraum.de";

    private Task<(int PersonId, string RoleKey, int OrganisationId)> LenaAsync() => platform.WithDbAsync(db =>
        db.People.Where(p => p.User!.Email == Learner).Select(p => new ValueTuple<int, string, int>(p.Id, p.RoleKey!, p.OrganisationId!.Value)).SingleAsync());

    /// <summary>A profile competency of the role that no other test here rates, with its future target.</summary>
    private Task<(string Key, int Target)> CompetencyAsync(string roleKey, int index) => platform.WithDbAsync(async db =>
    {
        var entries = await db.RoleProfileEntries.Where(e => e.Role.Key == roleKey).OrderBy(e => e.Competency.Key)
            .Select(e => new { e.Competency.Key, e.TargetFuture }).Distinct().ToListAsync();
        var entry = entries.Where(e => e.TargetFuture > 0).ElementAt(index);
        return (entry.Key, entry.TargetFuture);
    });

    private Task RateAsync(int personId, string key, int level, RatingSource source, DateTime at) => platform.WithDbAsync(async db =>
    {
        db.Assessments.Add(new Assessment { PersonId = personId, CompetencyKey = key, Level = level, Source = source, AssessedAt = at, FrameworkVersionId = await db.FrameworkVersions.Select(v => v.Id).MaxAsync() });
        await db.SaveChangesAsync();
    });

    private static async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(HttpClient client, string url, object body)
    {
        var response = await client.PostAsJsonAsync(url, body, TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken));
    }

    private static HashSet<string> GapKeys(JsonElement body) =>
        body.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("closes").EnumerateArray()).Select(c => c.GetProperty("competencyId").GetString()!)
            .Concat(body.GetProperty("uncovered").EnumerateArray().Select(u => u.GetProperty("competencyId").GetString()!)).ToHashSet();

    [Fact]
    public async Task The_person_gets_recommendations_from_the_documented_Ist_and_HR_sees_only_what_is_shared()
    {
        var (lena, role, _) = await LenaAsync();
        var (managerRated, managerTarget) = await CompetencyAsync(role, 0);
        var (selfOnly, _) = await CompetencyAsync(role, 1);
        // A manager rating at the target outranks a newer, lower self rating (agreed → manager → self).
        await RateAsync(lena, managerRated, managerTarget, RatingSource.Manager, DateTime.UtcNow.AddDays(-20));
        await RateAsync(lena, managerRated, 0, RatingSource.Self, DateTime.UtcNow.AddDays(-1));
        await RateAsync(lena, selfOnly, 0, RatingSource.Self, DateTime.UtcNow.AddDays(-1));

        var self = await platform.ClientAsAsync(Learner);
        var (status, body) = await PostAsync(self, "/api/v1/recommendations", new { personId = lena, horizon = "future", limit = 100 });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.Equal(role, body.GetProperty("roleId").GetString());
        Assert.DoesNotContain(managerRated, GapKeys(body));
        // The person sees her own self rating: one competency met (manager), one open (self 0).
        var fitForSelf = body.GetProperty("fit").GetInt32();
        Assert.InRange(fitForSelf, 1, 99);

        var auditBefore = await platform.WithDbAsync(db => db.AuditLog.CountAsync(a => a.SubjectPersonId == lena));
        var hr = await platform.ClientAsAsync(Hr);
        (status, body) = await PostAsync(hr, "/api/v1/recommendations", new { personId = lena, horizon = "future", limit = 100 });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        // Her self ratings are not shared: HR compares only the manager rating, which meets the target.
        Assert.Equal(100, body.GetProperty("fit").GetInt32());
        Assert.DoesNotContain(selfOnly, GapKeys(body));
        Assert.Equal(auditBefore + 1, await platform.WithDbAsync(db => db.AuditLog.CountAsync(a => a.SubjectPersonId == lena)));

        (status, body) = await PostAsync(self, "/api/v1/learning-path", new { personId = lena, horizon = "future", budget = 100000 });
        Assert.True(status == HttpStatusCode.OK, body.ToString());
        Assert.DoesNotContain(body.GetProperty("uncovered").EnumerateArray(), u => u.GetProperty("competencyId").GetString() == managerRated);
    }

    [Theory]
    [InlineData("/api/v1/recommendations")]
    [InlineData("/api/v1/learning-path")]
    public async Task Others_are_refused_and_other_companies_do_not_see_the_person(string url)
    {
        var (lena, _, _) = await LenaAsync();
        var before = await platform.WithDbAsync(db => db.AuditLog.CountAsync(a => a.SubjectPersonId == lena));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(platform.CreateClient(), url, new { personId = lena })).Status);
        foreach (var role in new[] { Roles.Provider, Roles.Coordinator, Roles.Admin })
            Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(await platform.ClientAsRoleAsync(role), url, new { personId = lena })).Status);
        var otherHr = await platform.ClientAsAsync(PlanPlatform.OtherHrEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(otherHr, url, new { personId = lena })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(await platform.ClientAsAsync(Hr), url, new { personId = 987654 })).Status);
        Assert.Equal(before, await platform.WithDbAsync(db => db.AuditLog.CountAsync(a => a.SubjectPersonId == lena)));
    }

    [Fact]
    public async Task HR_of_another_company_reaches_its_own_people_but_never_the_first_companys()
    {
        var (otherPerson, firstPerson) = await platform.WithDbAsync(async db => (
            await db.People.Where(p => p.OrganisationId == platform.OtherCompanyId && p.RoleKey != null).Select(p => p.Id).FirstAsync(),
            await db.People.Where(p => p.OrganisationId != platform.OtherCompanyId && p.OrganisationId != null && p.RoleKey != null).Select(p => p.Id).FirstAsync()));
        var otherHr = await platform.ClientAsAsync(PlanPlatform.OtherHrEmail);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(otherHr, "/api/v1/recommendations", new { personId = otherPerson })).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(otherHr, "/api/v1/recommendations", new { personId = firstPerson })).Status);
    }

    [Fact]
    public async Task A_person_request_with_a_role_or_ratings_is_rejected()
    {
        var (lena, role, _) = await LenaAsync();
        var self = await platform.ClientAsAsync(Learner);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(self, "/api/v1/recommendations", new { personId = lena, roleId = role })).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(self, "/api/v1/recommendations",
            new { personId = lena, ratings = new[] { new { competencyId = "x", level = 1 } } })).Status);
    }

    [Fact]
    public async Task The_calculator_lowers_a_yearly_cap_by_what_the_signed_in_persons_plans_claim()
    {
        var (lena, _, organisation) = await LenaAsync();
        var start = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow)).AddDays(30);
        var year = start.Year;
        await platform.WithDbAsync(async db =>
        {
            var plan = await db.TrainingPlans.FirstOrDefaultAsync(p => p.OrganisationId == organisation && p.Year == year)
                ?? db.TrainingPlans.Add(new TrainingPlan { OrganisationId = organisation, Name = "Plan", Year = year, CreatedAt = DateTime.UtcNow }).Entity;
            plan.Items.Add(new TrainingPlanItem
            {
                PersonId = lena, CompetencyKey = "x", FromLevel = 1, ToLevel = 2, Status = PlanItemStatus.Planned,
                Cost = 1000, CostAfterFunding = 700, FundingProgrammeKey = "bildungsscheck-nrw", UpdatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });
        var fields = new Dictionary<string, string>
        {
            ["Input.Preis"] = "4000", ["Input.Stunden"] = "40", ["Input.Beschaeftigung"] = "Employed", ["Input.Einkommen"] = "unter",
            ["Input.Beginn"] = start.ToString("yyyy-MM-dd"),
        };
        string Scheck(string html) => Forms.Parse(html).QuerySelectorAll(".programme.eligible").Single(c => c.TextContent.Contains("Bildungsscheck")).TextContent;
        var signedIn = await (await (await platform.ClientAsAsync(Learner)).SubmitAsync("/foerderrechner", fields)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("200,00 €", Scheck(signedIn));
        var anonymous = await (await platform.CreateClient().SubmitAsync("/foerderrechner", fields)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("500,00 €", Scheck(anonymous));
    }
}
