using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;

namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>Links stored before their source was recorded were chosen by people: after the migration they count as confirmed.</summary>
public class OfferLinkMigrationTests
{
    [Fact]
    public async Task Links_stored_before_sources_existed_become_confirmed()
    {
        await using var migrating = new Foundation.MigratingDatabase();
        var db = migrating.Db;
        var ct = TestContext.Current.CancellationToken;
        await migrating.MigrateToBeforeAsync("OfferLinkSources", ct);

        const string at = "'2026-01-05 10:00:00'";
        foreach (var sql in new[]
        {
            $"""INSERT INTO "Organisations" ("Id", "Name", "Type", "Description", "Street", "Postcode", "Town", "IsApproved", "IsPublicProfile", "CreatedAt", "Version") VALUES (1, 'Akademie', 'Provider', '', '', '', 'Kamen', TRUE, TRUE, {at}, '00000000-0000-0000-0000-000000000002')""",
            $"""INSERT INTO "Offers" ("Id", "ProviderId", "ExternalId", "Title", "Summary", "Content", "TargetGroup", "EntryRequirements", "Qualification", "ExaminingBody", "Hours", "Price", "PriceRemark", "FundingNotes", "Azav", "BildungsgutscheinApproved", "Language", "TimeModel", "ContactName", "ContactEmail", "ContactPhone", "IsPublished", "CreatedAt", "UpdatedAt", "Version", "LeadsToQualification") VALUES (1, 1, 'X-1', 'Staplerschein', '', '', '', '', '', '', 24, 0, '', '', FALSE, FALSE, 'de', 'PartTime', '', '', '', TRUE, {at}, {at}, '00000000-0000-0000-0000-000000000003', FALSE)""",
            """INSERT INTO "OfferCompetencies" ("Id", "OfferId", "CompetencyKey", "EntryLevel", "ExitLevel") VALUES (1, 1, 'flurfoerderzeuge', 0, 2), (2, 1, 'ladungssicherung', 1, 3)""",
        })
            await db.Database.ExecuteSqlRawAsync(sql, ct);

        await migrating.MigrateToLatestAsync(ct);

        var links = await db.OfferCompetencies.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        Assert.Equal([("flurfoerderzeuge", LinkSource.Confirmed, 0, 2), ("ladungssicherung", LinkSource.Confirmed, 1, 3)],
            links.Select(l => (l.CompetencyKey, l.Source, l.EntryLevel, l.ExitLevel)));
        Assert.All(links, l => Assert.Null(l.Confidence));
        Assert.All(links, l => Assert.Empty(l.Evidence));
        var offer = await db.Offers.AsNoTracking().SingleAsync(ct);
        Assert.Equal((0, 0, (int?)null), (offer.Keywords.Count, offer.LearningGoals.Count, offer.LinkedModelVersionId));
        Assert.Empty(await db.OfferCompetencyRemovals.ToListAsync(ct));
    }
}
