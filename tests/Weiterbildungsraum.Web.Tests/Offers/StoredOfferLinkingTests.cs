using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Competencies.Curation;
using Weiterbildungsraum.Web.Features.Competencies.Esco;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Offers.Linking;

namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>Offers already in the database: linked in the background after start, again after a new model version, and by the command link-offers.</summary>
public class StoredOfferLinkingTests
{
    private static async Task<int> ForkliftOfferAsync(TestPlatform platform, int providerId, params OfferCompetency[] links)
    {
        var id = await Providers.AddOfferAsync(platform, providerId, "Staplerschein: Gabelstapler sicher fahren");
        await platform.WithDbAsync(async db =>
        {
            await db.Offers.Where(o => o.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.Summary, "Fahrausweis für Flurförderzeuge nach DGUV Grundsatz 308-001.")
                .SetProperty(o => o.Content, "<p>Sie führen Gabelstapler und Schubmaststapler sicher, nehmen Lasten auf und machen die tägliche Einsatzprüfung.</p>"));
            foreach (var link in links) link.OfferId = id;
            db.OfferCompetencies.AddRange(links);
            await db.SaveChangesAsync();
        });
        return id;
    }

    private static Task<Offer> OfferAsync(TestPlatform platform, int id) =>
        platform.WithDbAsync(db => db.Offers.AsNoTracking().Include(o => o.Competencies).SingleAsync(o => o.Id == id));

    private static async Task<Offer> WaitForAsync(TestPlatform platform, int id, Func<Offer, bool> done)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var offer = await OfferAsync(platform, id);
            if (done(offer)) return offer;
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(90), "Die Angebote wurden nicht im Hintergrund zugeordnet.");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task After_start_offers_nobody_decided_on_are_linked_and_curated_ones_stay_as_they_are()
    {
        using var first = new TestPlatform(demoData: false);
        var staff = await Providers.CreateAsync(first, "Bestandsanbieter");
        var open = await ForkliftOfferAsync(first, staff.OrganisationId);
        var curated = await ForkliftOfferAsync(first, staff.OrganisationId, new OfferCompetency { CompetencyKey = "gefahrgut", Source = LinkSource.Confirmed, ExitLevel = 2 });

        using var restarted = new TestPlatform(demoData: false, sharedDatabase: first.Database);
        _ = restarted.Server;
        var linked = await WaitForAsync(restarted, open, o => o.LinkedModelVersionId is not null);

        Assert.Equal(LinkSource.Automatic, linked.Competencies.Single(c => c.CompetencyKey == "flurfoerderzeuge").Source);
        var untouched = await OfferAsync(restarted, curated);
        Assert.Equal([("gefahrgut", LinkSource.Confirmed)], untouched.Competencies.Select(c => (c.CompetencyKey, c.Source)));
        Assert.Null(untouched.LinkedModelVersionId);
    }

    [Fact]
    public async Task A_new_model_version_works_the_automatic_links_out_again()
    {
        using var platform = new TestPlatform(demoData: false, new Dictionary<string, string> { ["Linking:CheckSeconds"] = "0.5" });
        var staff = await Providers.CreateAsync(platform, "Modellwechsel-Anbieter");
        var offer = await ForkliftOfferAsync(platform, staff.OrganisationId);
        var curated = await ForkliftOfferAsync(platform, staff.OrganisationId, new OfferCompetency { CompetencyKey = "gefahrgut", Source = LinkSource.Explicit, ExitLevel = 2 });
        using (var scope = platform.Services.CreateScope())
            Assert.Equal(1, (await scope.ServiceProvider.GetRequiredService<StoredOfferLinking>().RunAsync(TestContext.Current.CancellationToken)).Read);
        var before = await OfferAsync(platform, offer);

        var next = await platform.WithDbAsync(async db =>
        {
            var draft = await ModelDrafts.OpenOrCreateAsync(db, "Koordination", "Neue Fassung", TestContext.Current.CancellationToken);
            Assert.True((await ModelDrafts.PublishAsync(db, draft!.Value.Draft.Number, "Neue Fassung", TestContext.Current.CancellationToken)).Outcome == EditOutcome.Saved);
            return await CurrentModel.VersionIdAsync(db, TestContext.Current.CancellationToken);
        });

        Assert.NotEqual(before.LinkedModelVersionId, next);
        var after = await WaitForAsync(platform, offer, o => o.LinkedModelVersionId == next);
        Assert.Contains(after.Competencies, c => c.CompetencyKey == "flurfoerderzeuge" && c.Source == LinkSource.Automatic);
        Assert.Null((await OfferAsync(platform, curated)).LinkedModelVersionId);
    }

    [Fact]
    public async Task The_command_link_offers_links_what_is_due_and_then_has_nothing_to_do()
    {
        using var platform = new TestPlatform(demoData: false);
        var staff = await Providers.CreateAsync(platform, "Befehlsanbieter");
        _ = platform.Server;
        var offer = await ForkliftOfferAsync(platform, staff.OrganisationId);
        var dir = Directory.CreateTempSubdirectory("wbr-link-cmd-").FullName;
        string[] settings = [$"--Database:Provider={platform.Database.Provider}", $"--ConnectionStrings:Weiterbildungsraum={platform.Database.ConnectionString}", "--Seed:DemoData=false", "--Seed:Esco=false"];

        var first = await Foundation.OperatorCommandTests.RunAsync(dir, ["link-offers", .. settings, $"--Content:Root={Paths.Content}"]);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("1 Angebote gelesen, bei 1 automatische Kompetenz-Zuordnungen geändert", first.Output);
        Assert.Contains((await OfferAsync(platform, offer)).Competencies, c => c.CompetencyKey == "flurfoerderzeuge" && c.Source == LinkSource.Automatic);

        var second = await Foundation.OperatorCommandTests.RunAsync(dir, ["link-offers", .. settings, $"--Content:Root={Paths.Content}"]);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("nichts zu tun", second.Output);
    }

    [Fact]
    public async Task A_first_start_without_ESCO_loads_the_skill_collections_once()
    {
        var esco = new Dictionary<string, string> { ["Seed:Esco"] = "true" };
        using var platform = new TestPlatform(demoData: false, esco);
        var (skills, occupations, stamp) = await platform.WithDbAsync(async db => (
            await db.EscoConcepts.CountAsync(c => c.Kind == EscoKind.Skill), await db.EscoConcepts.CountAsync(c => c.Kind == EscoKind.Occupation),
            await db.EscoConcepts.MaxAsync(c => c.ImportedAt)));
        Assert.InRange(skills, 2000, 3000);
        Assert.Equal(0, occupations);

        using var restarted = new TestPlatform(demoData: false, esco, sharedDatabase: platform.Database);
        _ = restarted.Server;
        Assert.Equal((skills, stamp), await restarted.WithDbAsync(async db => (await db.EscoConcepts.CountAsync(), await db.EscoConcepts.MaxAsync(c => c.ImportedAt))));

        using var without = new TestPlatform(demoData: false);
        Assert.Equal(0, await without.WithDbAsync(db => db.EscoConcepts.CountAsync()));
    }
}
