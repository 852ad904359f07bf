using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Demand;

namespace Weiterbildungsraum.Web.Tests.Demand;

/// <summary>From a shared need to a running Weiterbildungsverbund; names reach the provider only after the company confirms.</summary>
public sealed class CohortFlowTests : IAsyncDisposable
{
    private readonly TestPlatform platform = new(demoData: true);

    private sealed record Member(int Id, string Name, int OrganisationId);

    [Fact]
    public async Task A_cohort_runs_end_to_end_and_the_provider_learns_names_only_for_confirmed_seats()
    {
        var providerUser = DemoSeeder.DemoUsers.Single(u => u.Role == Roles.Provider).Email;
        var hrUser = DemoSeeder.DemoUsers.Single(u => u.Role == Roles.CompanyHR).Email;
        var (offerId, competency, level, hrOrg, ownPeople, other) = await platform.WithDbAsync(async db =>
        {
            var providerId = await db.Memberships.Where(m => m.User.Email == providerUser).Select(m => m.OrganisationId).SingleAsync();
            var taught = await db.OfferCompetencies.Where(c => c.Offer.ProviderId == providerId && c.Offer.IsPublished && c.ExitLevel >= 1)
                .OrderBy(c => c.Id).Select(c => new { c.OfferId, c.CompetencyKey, c.ExitLevel }).FirstAsync();
            var hrOrg = await db.Memberships.Where(m => m.User.Email == hrUser).Select(m => m.OrganisationId).SingleAsync();
            var own = await db.People.Where(p => p.OrganisationId == hrOrg && p.Key != null).OrderBy(p => p.Id).Take(2)
                .Select(p => new Member(p.Id, p.FirstName + " " + p.LastName, hrOrg)).ToListAsync();
            var other = await db.People.Where(p => p.OrganisationId != hrOrg && p.Organisation!.Type == OrganisationType.Company && p.Key != null)
                .OrderBy(p => p.Id).Select(p => new Member(p.Id, p.FirstName + " " + p.LastName, p.OrganisationId!.Value)).FirstAsync();
            return (taught.OfferId, taught.CompetencyKey, taught.ExitLevel, hrOrg, own, other);
        });

        // The company opens two of its employees' needs; another company's need is already there.
        var hr = await platform.ClientAsAsync(hrUser);
        foreach (var person in ownPeople)
            Assert.Equal(HttpStatusCode.Redirect, (await hr.SubmitAsync("/unternehmen/verbund", new Dictionary<string, string>
            {
                ["Input.PersonId"] = $"{person.Id}", ["Input.CompetencyKey"] = competency, ["Input.TargetLevel"] = $"{level}",
            })).StatusCode);
        await platform.WithDbAsync(async db =>
        {
            db.SharedNeeds.Add(new SharedNeed { PersonId = other.Id, CompetencyKey = competency, TargetLevel = level, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });

        // The coordination forms proposals, reviews and invites.
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        await coordinator.SubmitAsync("/koordination/verbuende", new Dictionary<string, string> { ["Rules.RadiusKm"] = "40", ["Rules.MinSize"] = "3", ["Rules.MaxSize"] = "12" });
        var cohortId = await platform.WithDbAsync(db => db.Cohorts.Where(c => c.CompetencyKey == competency).Select(c => c.Id).SingleAsync());
        var page = await coordinator.GetDocumentAsync("/koordination/verbuende");
        Assert.DoesNotContain(ownPeople[0].Name, page.QuerySelector("main")!.TextContent);
        for (var step = 0; step < 2; step++)
            await coordinator.SubmitAsync("/koordination/verbuende", new Dictionary<string, string>(), $"form[action*='id={cohortId}']");
        Assert.Equal(CohortStatus.ProvidersInvited, await StatusAsync(cohortId));

        // The provider sees the invitation by numbers and answers with an offer and a session.
        var provider = await platform.ClientAsAsync(providerUser);
        AssertNoNames(await ProviderTextAsync(provider), ownPeople[0], ownPeople[1], other);
        var window = await platform.WithDbAsync(db => db.Cohorts.Where(c => c.Id == cohortId).Select(c => c.WindowFrom).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await provider.SubmitAsync("/anbieter/verbuende", new Dictionary<string, string>
        {
            ["Input.OfferId"] = $"{offerId}", ["Input.StartDate"] = window.ToString("yyyy-MM-dd"), ["Input.EndDate"] = window.AddDays(2).ToString("yyyy-MM-dd"),
        }, $"form[action*='id={cohortId}']")).StatusCode);
        Assert.Equal(CohortStatus.OfferReceived, await StatusAsync(cohortId));
        AssertNoNames(await ProviderTextAsync(provider), ownPeople[0], ownPeople[1], other);

        // Seats: the other company confirms, then this company confirms one person — only those names appear.
        await platform.WithDbAsync(db => db.CohortMembers.Where(m => m.CohortId == cohortId && m.PersonId == other.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.SeatConfirmed, true)));
        var memberIds = await platform.WithDbAsync(db => db.CohortMembers.Where(m => m.CohortId == cohortId && m.OrganisationId == hrOrg).ToDictionaryAsync(m => m.PersonId, m => m.Id));
        await hr.SubmitAsync("/unternehmen/verbund", new Dictionary<string, string>(), $"form[action*='memberId={memberIds[ownPeople[0].Id]}']");
        var text = await ProviderTextAsync(provider);
        Assert.Contains(ownPeople[0].Name, text);
        Assert.Contains(other.Name, text);
        AssertNoNames(text, ownPeople[1]);
        Assert.Equal(CohortStatus.OfferReceived, await StatusAsync(cohortId));

        await hr.SubmitAsync("/unternehmen/verbund", new Dictionary<string, string>(), $"form[action*='memberId={memberIds[ownPeople[1].Id]}']");
        Assert.Equal(CohortStatus.SeatsConfirmed, await StatusAsync(cohortId));
        await coordinator.SubmitAsync("/koordination/verbuende", new Dictionary<string, string>(), $"form[action*='id={cohortId}']");
        Assert.Equal(CohortStatus.Running, await StatusAsync(cohortId));
    }

    [Fact]
    public async Task A_company_cannot_share_the_need_of_another_company_s_employee()
    {
        var hrUser = DemoSeeder.DemoUsers.Single(u => u.Role == Roles.CompanyHR).Email;
        var stranger = await platform.WithDbAsync(async db =>
        {
            var hrOrg = await db.Memberships.Where(m => m.User.Email == hrUser).Select(m => m.OrganisationId).SingleAsync();
            return await db.People.Where(p => p.OrganisationId != null && p.OrganisationId != hrOrg).Select(p => p.Id).FirstAsync();
        });
        var competency = await platform.WithDbAsync(db => db.Competencies.Select(c => c.Key).FirstAsync());
        var hr = await platform.ClientAsAsync(hrUser);
        var response = await hr.SubmitAsync("/unternehmen/verbund", new Dictionary<string, string>
        {
            ["Input.PersonId"] = $"{stranger}", ["Input.CompetencyKey"] = competency, ["Input.TargetLevel"] = "3",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("nur Beschäftigte Ihres Unternehmens", await response.Content.ReadAsStringAsync());
        Assert.False(await platform.WithDbAsync(db => db.SharedNeeds.AnyAsync(n => n.PersonId == stranger)));
    }

    [Theory]
    [InlineData(Roles.Learner, "/unternehmen/verbund")]
    [InlineData(Roles.Provider, "/koordination/verbuende")]
    [InlineData(Roles.CompanyHR, "/anbieter/verbuende")]
    public async Task Other_roles_are_refused(string role, string url)
    {
        var client = await platform.ClientAsRoleAsync(role);
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Contains("/zugriff-verweigert", response.Headers.Location!.ToString());
    }

    private Task<CohortStatus> StatusAsync(int id) => platform.WithDbAsync(db => db.Cohorts.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    private static async Task<string> ProviderTextAsync(HttpClient provider) => (await provider.GetDocumentAsync("/anbieter/verbuende")).QuerySelector("main")!.TextContent;

    private static void AssertNoNames(string text, params Member[] members)
    {
        foreach (var m in members) Assert.DoesNotContain(m.Name, text);
    }

    public async ValueTask DisposeAsync() => await platform.DisposeAsync();
}
