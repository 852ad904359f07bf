using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;

namespace Weiterbildungsraum.Web.Tests.Foundation;

public class SeedingTests
{
    [Fact]
    public async Task A_second_start_keeps_what_users_changed_and_adds_nothing_twice()
    {
        using var platform = new TestPlatform(demoData: true, firstStart: true);
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
        using var platform = new TestPlatform(demoData: false, firstStart: true);
        _ = platform.Server;
        var counts = await Counts(platform);
        Assert.True(counts.Families > 0);
        Assert.True(counts.Competencies > 0);
        Assert.Equal(0, counts.Offers);
        Assert.Equal(0, counts.Organisations);
        Assert.Equal(0, counts.Users);
    }

    [Fact]
    public async Task A_demo_account_its_owner_deleted_stays_deleted_after_a_restart_on_the_same_database()
    {
        using var first = new TestPlatform(demoData: true, firstStart: true);
        var learner = DemoSeeder.DemoUsers.Single(u => u.Role == Web.Features.Accounts.Roles.Learner).Email;
        var client = await first.ClientAsAsync(learner);
        var deleted = await client.SubmitAsync("/meine-daten/datenschutz", new Dictionary<string, string> { ["bestaetigt"] = "true" }, "form:has(input[name=bestaetigt])");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await first.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == learner)));
        var before = await Counts(first);

        using var restarted = new TestPlatform(demoData: true, sharedDatabase: first.Database);
        _ = restarted.Server;

        Assert.False(await restarted.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == learner)));
        Assert.Equal(before, await Counts(restarted));
        // The other demo accounts are untouched and still sign in.
        await restarted.ClientAsRoleAsync(Web.Features.Accounts.Roles.CompanyHR);
    }

    [Fact]
    public async Task In_a_database_seeded_before_items_were_recorded_a_missing_demo_account_is_not_recreated()
    {
        using var first = new TestPlatform(demoData: true, firstStart: true);
        var learner = DemoSeeder.DemoUsers.Single(u => u.Role == Web.Features.Accounts.Roles.Learner).Email;
        using (var scope = first.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
            await db.SeededItems.ExecuteDeleteAsync(TestContext.Current.CancellationToken);
            var id = await db.Users.Where(u => u.Email == learner).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Web.Features.Accounts.AppUser>>();
            await Web.Features.Accounts.AccountDeletion.DeleteAsync(db, users, id, TestContext.Current.CancellationToken);
        }

        await Seeding.PrepareDatabaseAsync(first.Services, TestContext.Current.CancellationToken);

        Assert.False(await first.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == learner)));
        Assert.True(await first.WithDbAsync(db => db.SeededItems.AnyAsync(s => s.Kind == SeededKinds.User && s.Key == learner)));
        Assert.Equal(DemoSeeder.DemoUsers.Count - 1, await first.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task The_first_demo_seeding_records_every_item_it_created()
    {
        using var platform = new TestPlatform(demoData: true, firstStart: true);
        _ = platform.Server;
        var kinds = await platform.WithDbAsync(db => db.SeededItems.GroupBy(s => s.Kind).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));
        Assert.Equal(DemoSeeder.DemoUsers.Count, kinds[SeededKinds.User]);
        Assert.Equal(await platform.WithDbAsync(db => db.Offers.CountAsync()), kinds[SeededKinds.Offer]);
        Assert.Equal(await platform.WithDbAsync(db => db.Organisations.CountAsync(o => o.Key != null)), kinds[SeededKinds.Organisation]);
        Assert.Equal(await platform.WithDbAsync(db => db.Events.CountAsync(e => e.Key != null)), kinds[SeededKinds.Event]);
        Assert.Equal(await platform.WithDbAsync(db => db.People.CountAsync(p => p.Key != null)), kinds[SeededKinds.Person]);
    }

    private static Task<(int Families, int Competencies, int Offers, int Organisations, int Users, int Assessments)> Counts(TestPlatform platform) =>
        platform.WithDbAsync(async db => (
            await db.JobFamilies.CountAsync(), await db.Competencies.CountAsync(), await db.Offers.CountAsync(),
            await db.Organisations.CountAsync(), await db.Users.CountAsync(), await db.Assessments.CountAsync()));
}
