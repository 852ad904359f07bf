using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Demand;

namespace Weiterbildungsraum.Web.Tests.Demand;

/// <summary>A group arranged before invitations existed keeps its confirmed seats, its run (now closed) and its provider's view of the names.</summary>
public class CohortMigrationTests
{
    [Fact]
    public async Task A_group_from_before_keeps_its_seats_its_closed_run_and_its_chosen_provider()
    {
        await using var migrating = new Foundation.MigratingDatabase();
        var db = migrating.Db;
        var ct = TestContext.Current.CancellationToken;
        await migrating.MigrateToAsync("OfferLeadsToQualification", ct);

        const string at = "'2026-01-05 10:00:00'";
        foreach (var sql in new[]
        {
            $"""INSERT INTO "Organisations" ("Id", "Name", "Type", "Description", "Street", "Postcode", "Town", "IsApproved", "IsPublicProfile", "CreatedAt", "Version") VALUES (1, 'Firma', 'Company', '', '', '', 'Unna', TRUE, FALSE, {at}, '00000000-0000-0000-0000-000000000001'), (2, 'Akademie', 'Provider', '', '', '', 'Kamen', TRUE, TRUE, {at}, '00000000-0000-0000-0000-000000000002')""",
            $"""INSERT INTO "People" ("Id", "OrganisationId", "FirstName", "LastName", "SharesSelfAssessments", "CreatedAt") VALUES (1, 1, 'Ada', 'Eins', FALSE, {at}), (2, 1, 'Bo', 'Zwei', FALSE, {at})""",
            $"""INSERT INTO "Offers" ("Id", "ProviderId", "ExternalId", "Title", "Summary", "Content", "TargetGroup", "EntryRequirements", "Qualification", "ExaminingBody", "Hours", "Price", "PriceRemark", "FundingNotes", "Azav", "BildungsgutscheinApproved", "Language", "TimeModel", "ContactName", "ContactEmail", "ContactPhone", "IsPublished", "CreatedAt", "UpdatedAt", "Version", "LeadsToQualification") VALUES (1, 2, 'X-1', 'Kurs', '', '', '', '', '', '', 40, 0, '', '', FALSE, FALSE, 'de', 'PartTime', '', '', '', TRUE, {at}, {at}, '00000000-0000-0000-0000-000000000003', FALSE)""",
            """INSERT INTO "OfferSessions" ("Id", "OfferId", "StartDate", "EndDate", "Format", "VenueName", "Street", "Postcode", "Town") VALUES (1, 1, '2026-09-07', '2026-09-11', 'Onsite', 'Raum 1', '', '', 'Unna'), (2, 1, '2026-10-05', '2026-10-09', 'Onsite', 'Raum 2', '', '', 'Unna')""",
            $"""INSERT INTO "Cohorts" ("Id", "CompetencyKey", "TargetLevel", "VenueTown", "RadiusKm", "WindowFrom", "WindowTo", "MinSize", "MaxSize", "Status", "OfferId", "SessionId", "CreatedAt") VALUES (1, 'k', 3, 'Unna', 25, '2026-09-01', '2026-12-01', 2, 12, 'OfferReceived', 1, 1, {at})""",
            """INSERT INTO "CohortMembers" ("Id", "CohortId", "PersonId", "OrganisationId", "SeatConfirmed") VALUES (1, 1, 1, 1, TRUE), (2, 1, 2, 1, FALSE)""",
        })
            await db.Database.ExecuteSqlRawAsync(sql, ct);

        await migrating.MigrateToLatestAsync(ct);

        Assert.Equal(new Dictionary<int, SeatState> { [1] = SeatState.Confirmed, [2] = SeatState.Open },
            await db.CohortMembers.AsNoTracking().ToDictionaryAsync(m => m.PersonId, m => m.Seat, ct));
        Assert.Equal([(1, true), (2, false)], (await db.OfferSessions.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.IsClosedGroupRun }).ToListAsync(ct))
            .Select(s => (s.Id, s.IsClosedGroupRun)));
        var invitation = await db.CohortInvitations.AsNoTracking().SingleAsync(ct);
        Assert.Equal((1, 2, InvitationAnswer.Offered, (int?)1, (DateOnly?)new DateOnly(2026, 9, 7), "Raum 1"),
            (invitation.CohortId, invitation.ProviderId, invitation.Answer, invitation.OfferId, invitation.StartDate, invitation.VenueName));
        Assert.Equal(5, await db.Cohorts.Select(c => c.MinWindowDays).SingleAsync(ct));
    }
}
