using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;

namespace Weiterbildungsraum.Web.Tests.Foundation;

public class SeedingTests
{
    [Fact]
    public async Task A_second_start_keeps_what_users_changed_and_adds_nothing_twice()
    {
        using var platform = new TestPlatform(demoData: true);
        _ = platform.Server;
        // Coordinators change the model in a draft; published versions never change.
        await platform.WithDbAsync(db => Weiterbildungsraum.Web.Features.Competencies.Curation.ModelDrafts.OpenOrCreateAsync(db, "Koordination", null, TestContext.Current.CancellationToken));
        var before = await Counts(platform);
        await platform.WithDbAsync(async db =>
        {
            var competency = await db.Competencies.Where(c => c.FrameworkVersion.Status == Weiterbildungsraum.Web.Features.Competencies.VersionStatus.Draft).OrderBy(c => c.Id).FirstAsync();
            competency.Name = "Von der Koordination umbenannt";
            var offer = await db.Offers.OrderBy(o => o.Id).FirstOrDefaultAsync();
            if (offer is not null) offer.Title = "Vom Anbieter geändert";
            await db.SaveChangesAsync();
        });

        await Seeding.PrepareDatabaseAsync(platform.Services, TestContext.Current.CancellationToken);

        Assert.Equal(before, await Counts(platform));
        Assert.True(await platform.WithDbAsync(db => db.Competencies.AnyAsync(c => c.Name == "Von der Koordination umbenannt")));
        if (before.Offers > 0)
            Assert.True(await platform.WithDbAsync(db => db.Offers.AnyAsync(o => o.Title == "Vom Anbieter geändert")));
    }

    [Fact]
    public async Task Without_demo_data_only_the_competency_model_is_loaded()
    {
        using var platform = new TestPlatform(demoData: false);
        _ = platform.Server;
        var counts = await Counts(platform);
        Assert.True(counts.Families > 0);
        Assert.True(counts.Competencies > 0);
        Assert.Equal(0, counts.Offers);
        Assert.Equal(0, counts.Organisations);
        Assert.Equal(0, counts.Users);
    }

    private static Task<(int Families, int Competencies, int Offers, int Organisations, int Users, int Assessments)> Counts(TestPlatform platform) =>
        platform.WithDbAsync(async db => (
            await db.JobFamilies.CountAsync(), await db.Competencies.CountAsync(), await db.Offers.CountAsync(),
            await db.Organisations.CountAsync(), await db.Users.CountAsync(), await db.Assessments.CountAsync()));
}
