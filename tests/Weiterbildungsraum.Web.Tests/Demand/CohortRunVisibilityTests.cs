using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Demand;
using Weiterbildungsraum.Web.Features.Matching;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Search;
using Weiterbildungsraum.Web.Tests.Search;
using static Weiterbildungsraum.Web.Tests.Demand.CohortScenario;

namespace Weiterbildungsraum.Web.Tests.Demand;

/// <summary>
/// The run arranged for a group is a closed group run: not public supply in the demand radar, not in search or
/// recommendations, not on the offer page or in its API and calendar, not bookable, and the provider's edits leave it alone.
/// Names stay with the chosen provider only while the seat is confirmed.
/// </summary>
public sealed class CohortRunVisibilityTests : IAsyncDisposable
{
    private const string PublicVenue = "Öffentlicher Schulungsraum";
    private const string ClosedVenue = "Geschlossener Verbundraum";
    private readonly TestPlatform platform = new(demoData: true);

    private static DateOnly Today => DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));

    [Fact]
    public async Task A_closed_group_run_is_neither_public_supply_nor_searchable_nor_shown_nor_bookable()
    {
        var s = await CohortScenario.CreateAsync(platform, others: 1, extraProviders: 0);
        var offerId = s.Providers[0].OfferId;
        var (publicId, closedId) = await platform.WithDbAsync(async db =>
        {
            var offer = await db.Offers.Include(o => o.Sessions).SingleAsync(o => o.Id == offerId);
            offer.Title = "Kohortenprüfkurs Zwergflusspferdpflege";
            // The closed run comes first, so that a search that took it along would show it as the next date.
            var closed = new OfferSession { StartDate = Today.AddDays(20), EndDate = Today.AddDays(24), Format = OfferFormat.Onsite, Town = "Kamen", VenueName = ClosedVenue, IsClosedGroupRun = true };
            var open = new OfferSession { StartDate = Today.AddDays(40), EndDate = Today.AddDays(44), Format = OfferFormat.Onsite, Town = "Unna", Postcode = "59423", VenueName = PublicVenue };
            offer.Sessions.AddRange([closed, open]);
            await db.SaveChangesAsync();
            return (open.Id, closed.Id);
        });

        // The demand radar's supply and the search index take only the public run.
        var supply = await platform.WithDbAsync(async db => (await DemandInputQuery.LoadAsync(db, Today, default)).Supply.Select(x => x.SessionId).ToList());
        Assert.Contains(publicId, supply);
        Assert.DoesNotContain(closedId, supply);
        var indexed = await platform.WithDbAsync(async db =>
        {
            var source = new OfferIndexSource(db);
            return (await source.LoadAsync(offerId, await source.CatalogAsync()))!.Facts.Sessions.Select(x => x.Id).ToList();
        });
        Assert.Equal([publicId], indexed);
        await platform.Services.GetRequiredService<OfferIndex>().ReindexOfferAsync(offerId);
        var hit = Assert.Single((await platform.CreateClient().SearchAsync("q=Zwergflusspferdpflege")).Items);
        Assert.Equal(publicId, hit.NextSession!.Id);

        // Recommendations offer only the public run.
        var candidates = await platform.WithDbAsync(db => CandidateOffers.LoadAsync(db, PlaceTable.Directory, [s.Competency], Today));
        Assert.Equal([publicId], candidates.Single(o => o.Id == offerId).Sessions.Select(x => x.Id));

        // Offer page, its API and calendar know only the public run.
        var anonymous = platform.CreateClient();
        var page = await anonymous.GetStringAsync($"/angebote/{offerId}");
        Assert.Contains(PublicVenue, page);
        Assert.DoesNotContain(ClosedVenue, page);
        var api = await anonymous.GetStringAsync($"/api/v1/offers/{offerId}");
        Assert.Contains(PublicVenue, api);
        Assert.DoesNotContain(ClosedVenue, api);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/angebote/{offerId}/termine/{closedId}.ics")).StatusCode);

        // Not bookable into a company's training plan.
        var hr = await platform.ClientAsAsync(s.HrEmail);
        var plan = await hr.GetDocumentAsync("/unternehmen/weiterbildungsplan");
        var token = plan.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var booking = await hr.PostAsync("/unternehmen/weiterbildungsplan?handler=Add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["personId"] = $"{s.Own[0].Id}", ["offerId"] = $"{offerId}", ["sessionId"] = $"{closedId}",
            ["competencyKey"] = s.Competency, ["fromLevel"] = "1", ["toLevel"] = "3",
        }));
        Assert.Equal(HttpStatusCode.NotFound, booking.StatusCode);
        Assert.False(await platform.WithDbAsync(db => db.TrainingPlanItems.AnyAsync(i => i.SessionId == closedId)));

        // The provider's own edit form does not show it, and saving the offer keeps it.
        var provider = await platform.ClientAsAsync(s.Providers[0].Email);
        var edit = await provider.GetStringAsync($"/anbieter/angebote/{offerId}");
        Assert.DoesNotContain(ClosedVenue, edit);
        Assert.Equal(HttpStatusCode.Redirect, (await provider.SubmitAsync($"/anbieter/angebote/{offerId}", new Dictionary<string, string> { ["Input.Title"] = "Kohortenprüfkurs, neu betitelt" })).StatusCode);
        Assert.True(await platform.WithDbAsync(db => db.OfferSessions.AnyAsync(x => x.Id == closedId && x.IsClosedGroupRun)));
        Assert.True(await platform.WithDbAsync(db => db.OfferSessions.AnyAsync(x => x.Id == publicId)));
    }

    [Fact]
    public async Task A_name_leaves_the_provider_when_the_need_is_withdrawn_and_all_names_when_the_group_is_discarded()
    {
        var s = await CohortScenario.CreateAsync(platform, others: 2, extraProviders: 0);
        var hr = await s.ShareOwnNeedsAsync(platform);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var id = await s.ProposeAsync(platform, coordinator);
        var sessionId = await ChooseDemoProviderAsync(s, id);
        await platform.WithDbAsync(db => db.CohortMembers.Where(m => m.CohortId == id).ExecuteUpdateAsync(x => x.SetProperty(m => m.Seat, SeatState.Confirmed)));
        var provider = await platform.ClientAsAsync(s.Providers[0].Email);
        foreach (var p in s.Everyone) Assert.Contains(p.Name, await MainTextAsync(provider, "/anbieter/verbuende"));

        var need = await platform.WithDbAsync(db => db.SharedNeeds.Where(n => n.PersonId == s.Own[0].Id).Select(n => n.Id).SingleAsync());
        await hr.SubmitAsync("/unternehmen/verbund", new Dictionary<string, string>(), $"form[action*='handler=Withdraw'][action*='id={need}']");
        var text = await MainTextAsync(provider, "/anbieter/verbuende");
        NoNames(text, [s.Own[0]]);
        Assert.Contains(s.Own[1].Name, text);

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync($"/koordination/verbuende/{id}/verwerfen",
            new Dictionary<string, string> { ["Input.Reason"] = "Der Termin passt keiner Firma mehr." })).StatusCode);
        text = await MainTextAsync(provider, "/anbieter/verbuende");
        NoNames(text, s.Everyone);
        Assert.Contains("Der Verbund wurde verworfen.", text);
        Assert.False(await platform.WithDbAsync(db => db.OfferSessions.AnyAsync(x => x.Id == sessionId)));
    }

    [Fact]
    public async Task Shared_needs_and_seats_are_in_the_person_s_export_and_a_deleted_account_leaves_only_its_role_in_the_record()
    {
        var s = await CohortScenario.CreateAsync(platform, others: 2, extraProviders: 0);
        await s.ShareOwnNeedsAsync(platform);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var id = await s.ProposeAsync(platform, coordinator);
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        var userId = (await users.FindByEmailAsync(Web.Content.DemoSeeder.DemoUsers.Single(u => u.Role == Roles.Learner).Email))!.Id;
        await db.People.Where(p => p.UserId == userId).ExecuteUpdateAsync(x => x.SetProperty(p => p.UserId, (string?)null));
        await db.People.Where(p => p.Id == s.Own[0].Id).ExecuteUpdateAsync(x => x.SetProperty(p => p.UserId, userId));
        using var export = JsonDocument.Parse(await MyDataExport.BuildAsync(db, userId, default));
        Assert.Equal(s.Competency, export.RootElement.GetProperty("sharedNeeds")[0].GetProperty("competencyKey").GetString());
        Assert.Equal("Open", export.RootElement.GetProperty("cohortSeats")[0].GetProperty("seat").GetString());

        var coordinatorId = (await users.FindByEmailAsync(Web.Content.DemoSeeder.DemoUsers.Single(u => u.Role == Roles.Coordinator).Email))!.Id;
        using var own = JsonDocument.Parse(await MyDataExport.BuildAsync(db, coordinatorId, default));
        Assert.Equal(id, own.RootElement.GetProperty("cohortChangesByMe")[0].GetProperty("cohort").GetInt32());
        await AccountDeletion.DeleteAsync(db, users, coordinatorId, default);
        var record = await db.CohortStatusChanges.AsNoTracking().SingleAsync(h => h.CohortId == id);
        Assert.Null(record.ChangedByUserId);
        Assert.Equal("Netzwerk-Koordination", record.ChangedBy);
    }

    /// <summary>Review, invite the demo provider, its answer, the choice — the short way, straight in the database.</summary>
    private Task<int> ChooseDemoProviderAsync(CohortScenario s, int cohortId) => platform.WithDbAsync(async db =>
    {
        var cohort = await db.Cohorts.Include(c => c.Members).SingleAsync(c => c.Id == cohortId);
        var session = new OfferSession
        {
            OfferId = s.Providers[0].OfferId, StartDate = cohort.WindowFrom.AddDays(7), EndDate = cohort.WindowFrom.AddDays(9), Format = OfferFormat.Onsite,
            Town = cohort.VenueTown, IsClosedGroupRun = true,
        };
        db.OfferSessions.Add(session);
        cohort.Invitations.Add(new CohortInvitation
        {
            ProviderId = s.Providers[0].OrganisationId, InvitedAt = DateTime.UtcNow, Answer = InvitationAnswer.Offered, AnsweredAt = DateTime.UtcNow,
            OfferId = session.OfferId, StartDate = session.StartDate, EndDate = session.EndDate,
        });
        await db.SaveChangesAsync();
        cohort.OfferId = session.OfferId;
        cohort.SessionId = session.Id;
        cohort.Status = CohortStatus.OfferReceived;
        await db.SaveChangesAsync();
        return session.Id;
    });

    public async ValueTask DisposeAsync() => await platform.DisposeAsync();
}
