using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Demand;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Browser.Tests;

/// <summary>The steps of a Weiterbildungsverbund, with their error states, pass the accessibility audit and fit a phone.</summary>
public class CohortBrowserTests(BrowserPlatform browser)
{
    private sealed record Seeded(int Invited, int Chosen);

    [Fact]
    public async Task The_coordination_s_steps_and_their_errors_are_accessible()
    {
        var seeded = await SeedAsync();
        var page = await browser.NewSignedInPageAsync(Roles.Coordinator);
        await page.GotoAsync("/koordination/verbuende");
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.ClickAndLoadAsync($"main a[href='/koordination/verbuende/{seeded.Invited}']", $"**/koordination/verbuende/{seeded.Invited}");
        Assert.Equal(1, await page.Locator("main h1").CountAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.ClickAndLoadAsync("main a:has-text('Weitere Anbieter einladen')", "**/anbieter");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await page.ClickAndLoadAsync("main form button[type=submit]", "**/anbieter");
        Assert.Contains("bitte mindestens einen Anbieter", await page.InnerTextAsync("main .error-summary"));
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.GotoAsync($"/koordination/verbuende/{seeded.Invited}/angebot");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await page.FillAsync("#Input_ConfirmBy", "2020-01-01");
        await page.ClickAndLoadAsync("main form button[type=submit]", "**/angebot");
        Assert.Contains("Bestätigen bis: das Datum liegt in der Vergangenheit.", await page.InnerTextAsync("#frist-fehler"));
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.GotoAsync($"/koordination/verbuende/{seeded.Invited}/verwerfen");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await page.ClickAndLoadAsync("main form button[type=submit]", "**/verwerfen");
        Assert.Contains("Grund:", await page.InnerTextAsync("#grund-fehler"));
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.GotoAsync("/koordination/verbuende");
        await page.FillAsync("#Rules_MinWindowDays", "0");
        await page.ClickAndLoadAsync("main form button[type=submit]", "**/koordination/verbuende*");
        Assert.Contains("Gemeinsamer Zeitraum: bitte 1 bis 90 Tage angeben.", await page.InnerTextAsync("#window-error"));
        await BrowserPlatform.AssertAccessibleAsync(page);

        var phone = await browser.NewSignedInPageAsync(Roles.Coordinator, width: 375);
        foreach (var url in new[] { $"/koordination/verbuende/{seeded.Invited}", $"/koordination/verbuende/{seeded.Invited}/anbieter", $"/koordination/verbuende/{seeded.Chosen}" })
        {
            await phone.GotoAsync(url);
            var scrollWidth = await phone.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 375, $"{url} ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
        }
    }

    [Fact]
    public async Task A_provider_s_invitation_with_a_refused_date_is_accessible_and_fits_a_phone()
    {
        var seeded = await SeedAsync();
        var page = await browser.NewSignedInPageAsync(Roles.Provider, width: 375);
        await page.GotoAsync("/anbieter/verbuende");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await page.FillAsync($"#end-{seeded.Invited}", "2099-12-31");
        await page.ClickAndLoadAsync($"form[action*='handler=Answer'][action*='id={seeded.Invited}'] button[type=submit]", "**/anbieter/verbuende*");
        var end = page.Locator($"#end-{seeded.Invited}");
        Assert.Equal("true", await end.GetAttributeAsync("aria-invalid"));
        Assert.StartsWith("Ende: bitte im Zeitraum der Gruppe", await page.InnerTextAsync($"#{await end.GetAttributeAsync("aria-describedby")}"));
        await BrowserPlatform.AssertAccessibleAsync(page);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"Die Einladungen sind auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
    }

    [Fact]
    public async Task A_company_s_seats_with_deadline_are_accessible_and_fit_a_phone()
    {
        await SeedAsync();
        var page = await browser.NewSignedInPageAsync(Roles.CompanyHR, width: 375);
        await page.GotoAsync("/unternehmen/verbund");
        Assert.True(await page.Locator("main form[action*='handler=Confirm']").CountAsync() > 0);
        await BrowserPlatform.AssertAccessibleAsync(page);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"Die Verbund-Seite ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
    }

    /// <summary>Two groups of the demo company and another: one waiting for answers (the demo provider invited, another provider answered), one with the demo provider's offer chosen.</summary>
    private async Task<Seeded> SeedAsync()
    {
        Seeded? seeded = null;
        await browser.WithDbAsync(async db =>
        {
            var providerEmail = DemoSeeder.DemoUsers.Single(u => u.Role == Roles.Provider).Email;
            var hrEmail = DemoSeeder.DemoUsers.Single(u => u.Role == Roles.CompanyHR).Email;
            var providerId = await db.Memberships.Where(m => m.User.Email == providerEmail).Select(m => m.OrganisationId).SingleAsync();
            var hrOrg = await db.Memberships.Where(m => m.User.Email == hrEmail).Select(m => m.OrganisationId).SingleAsync();
            var taught = await db.OfferCompetencies.Where(c => c.Offer.ProviderId == providerId && c.Offer.IsPublished && c.ExitLevel >= 2)
                .OrderBy(c => c.Id).Select(c => new { c.OfferId, c.CompetencyKey, c.ExitLevel }).FirstAsync();
            var other = await db.Offers.Where(o => o.ProviderId != providerId && o.IsPublished && o.Provider.IsApproved).OrderBy(o => o.Id)
                .Select(o => new { o.Id, o.ProviderId }).FirstAsync();
            var people = await db.People.Where(p => p.OrganisationId == hrOrg).OrderBy(p => p.Id).Take(2).Select(p => p.Id).ToListAsync();
            var others = await db.People.Where(p => p.OrganisationId != hrOrg && p.Organisation!.Type == OrganisationType.Company).OrderBy(p => p.Id)
                .Take(2).Select(p => new { p.Id, OrganisationId = p.OrganisationId!.Value }).ToListAsync();
            var today = DateOnly.FromDateTime(DateTime.UtcNow);

            Cohort Group(CohortStatus status, int person) => new()
            {
                CompetencyKey = taught.CompetencyKey, TargetLevel = taught.ExitLevel, VenueTown = "Kamen", RadiusKm = 25, WindowFrom = today.AddDays(10),
                WindowTo = today.AddDays(60), MinSize = 3, MaxSize = 12, MinWindowDays = 5, Status = status, CreatedAt = DateTime.UtcNow,
                Members =
                [
                    new CohortMember { PersonId = people[person], OrganisationId = hrOrg, Seat = SeatState.Open },
                    new CohortMember { PersonId = others[0].Id, OrganisationId = others[0].OrganisationId, Seat = SeatState.Confirmed },
                    new CohortMember { PersonId = others[1].Id, OrganisationId = others[1].OrganisationId, Seat = SeatState.Open },
                ],
            };
            var invited = Group(CohortStatus.ProvidersInvited, 0);
            invited.Invitations.Add(new CohortInvitation { ProviderId = providerId, InvitedAt = DateTime.UtcNow, Answer = InvitationAnswer.Pending, MatchReasons = "Sitz in der Nähe." });
            invited.Invitations.Add(new CohortInvitation
            {
                ProviderId = other.ProviderId, InvitedAt = DateTime.UtcNow, Answer = InvitationAnswer.Offered, AnsweredAt = DateTime.UtcNow, OfferId = other.Id,
                StartDate = today.AddDays(20), EndDate = today.AddDays(24), VenueName = "Saal 2",
            });
            var chosen = Group(CohortStatus.OfferReceived, 1);
            var run = new OfferSession { OfferId = taught.OfferId, StartDate = today.AddDays(30), EndDate = today.AddDays(34), Format = OfferFormat.Onsite, Town = "Kamen", IsClosedGroupRun = true };
            db.OfferSessions.Add(run);
            chosen.Invitations.Add(new CohortInvitation
            {
                ProviderId = providerId, InvitedAt = DateTime.UtcNow, Answer = InvitationAnswer.Offered, AnsweredAt = DateTime.UtcNow, OfferId = taught.OfferId,
                StartDate = run.StartDate, EndDate = run.EndDate,
            });
            db.Cohorts.AddRange(invited, chosen);
            await db.SaveChangesAsync();
            chosen.OfferId = taught.OfferId;
            chosen.SessionId = run.Id;
            chosen.ConfirmBy = today.AddDays(14);
            await db.SaveChangesAsync();
            seeded = new Seeded(invited.Id, chosen.Id);
        });
        return seeded!;
    }
}
