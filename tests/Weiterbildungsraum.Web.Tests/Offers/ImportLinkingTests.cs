using System.Text;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Offers.Import;

namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>Imported offers get competencies: those the file names, and those the linker finds in their text.</summary>
public class ImportLinkingTests(ProviderPlatform platform) : IClassFixture<ProviderPlatform>
{
    private const string Forklift = "Gabelstapler-Fahrausweis nach DGUV Grundsatz 308-001";
    private const string ForkliftText = "<p>Theorie und Praxis für Gabelstapler und Schubmaststapler: Sie führen Flurförderzeuge sicher, nehmen Lasten auf, lesen das Tragfähigkeitsdiagramm und machen die tägliche Einsatzprüfung. Am Ende steht die Prüfung zum Staplerschein.</p>";
    private const string Securing = "Ladungssicherung nach VDI 2700 für Verlader";
    private const string SecuringText = "<p>Sie verteilen Ladung nach Gewicht und Schwerpunkt und sichern sie form- und kraftschlüssig nach VDI 2700: Zurrgurte, Antirutschmatten, Sicherungsmittel berechnen und prüfen.</p>";

    private sealed record Row(string Id, string Title, string Description, string Competencies = "");

    private static byte[] Csv(params Row[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n",
        ["Angebotsnummer;Titel;Beschreibung;Unterrichtsstunden;Preis;Kompetenzen;Beginn;Ende;Format",
         .. rows.Select(r => $"{r.Id};{r.Title};\"{r.Description}\";24;390,00;{r.Competencies};07.06.2027;09.06.2027;Online")]) + "\r\n");

    private async Task<ImportReport> ImportAsync(int providerId, byte[] csv)
    {
        using var scope = platform.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<OfferImporter>()
            .RunAsync(new ImportRequest("katalog.csv", csv, DryRun: false, ProviderId: providerId), TestContext.Current.CancellationToken);
        Assert.False(report.HasErrors, string.Join("\n", report.Errors));
        return report;
    }

    private Task<Offer> OfferAsync(int providerId, string externalId) => platform.WithDbAsync(db => db.Offers.AsNoTracking()
        .Include(o => o.Competencies).Include(o => o.RemovedCompetencies).AsSplitQuery().SingleAsync(o => o.ProviderId == providerId && o.ExternalId == externalId));

    [Fact]
    public async Task A_forklift_course_that_names_no_competency_is_linked_automatically_and_the_report_says_so()
    {
        var staff = await Providers.CreateAsync(platform, "Stapler-Schule Automatisch");
        var report = await ImportAsync(staff.OrganisationId, Csv(new Row("ST-1", Forklift, ForkliftText)));

        var link = Assert.Single((await OfferAsync(staff.OrganisationId, "ST-1")).Competencies, c => c.CompetencyKey == "flurfoerderzeuge");
        Assert.Equal(LinkSource.Automatic, link.Source);
        Assert.InRange(link.Confidence!.Value, 0.0001, 1);
        Assert.True(link.ExitLevel >= link.EntryLevel);
        var notice = Assert.Single(report.Notices, n => n.Location == "Zeile 2" && n.Field == "Kompetenzen");
        Assert.Contains("Automatisch zugeordnet", notice.Message);
        Assert.Contains("Flurförderzeuge sicher führen", notice.Message);
        Assert.DoesNotContain(report.Warnings, w => w.Field == "Kompetenzen");
    }

    [Fact]
    public async Task A_competency_the_file_names_wins_and_the_linker_adds_no_second_link_for_it()
    {
        var staff = await Providers.CreateAsync(platform, "Stapler-Schule Ausdrücklich");
        await ImportAsync(staff.OrganisationId, Csv(new Row("ST-2", Forklift, ForkliftText, "Flurförderzeuge sicher führen 1-3")));

        var offer = await OfferAsync(staff.OrganisationId, "ST-2");
        var link = Assert.Single(offer.Competencies, c => c.CompetencyKey == "flurfoerderzeuge");
        Assert.Equal((LinkSource.Explicit, 1, 3, (double?)null), (link.Source, link.EntryLevel, link.ExitLevel, link.Confidence));
        Assert.Equal(offer.Competencies.Count, offer.Competencies.Select(c => c.CompetencyKey).Distinct().Count());
    }

    [Fact]
    public async Task Confirmed_and_removed_links_survive_reimports_and_automatic_ones_change_only_with_the_text()
    {
        var staff = await Providers.CreateAsync(platform, "Logistik-Akademie Wiederholung");
        Row forklift = new("ST-3", Forklift, ForkliftText), securing = new("LS-3", Securing, SecuringText);
        await ImportAsync(staff.OrganisationId, Csv(forklift, securing));
        var ids = await platform.WithDbAsync(db => db.Offers.Where(o => o.ProviderId == staff.OrganisationId).ToDictionaryAsync(o => o.ExternalId, o => o.Id));
        Assert.Contains((await OfferAsync(staff.OrganisationId, "LS-3")).Competencies, c => c.CompetencyKey == "ladungssicherung" && c.Source == LinkSource.Automatic);

        // The provider removes the forklift link and confirms the securing one; one more automatic link carries a marker.
        await platform.WithDbAsync(async db =>
        {
            await db.OfferCompetencies.Where(c => c.OfferId == ids["ST-3"] && c.CompetencyKey == "flurfoerderzeuge").ExecuteDeleteAsync();
            db.OfferCompetencyRemovals.Add(new OfferCompetencyRemoval { OfferId = ids["ST-3"], CompetencyKey = "flurfoerderzeuge", RemovedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            await db.OfferCompetencies.Where(c => c.OfferId == ids["LS-3"] && c.CompetencyKey == "ladungssicherung").ExecuteUpdateAsync(s => s.SetProperty(c => c.Source, LinkSource.Confirmed));
            db.OfferCompetencies.Add(new OfferCompetency { OfferId = ids["LS-3"], CompetencyKey = "gefahrgut", Source = LinkSource.Automatic, Confidence = 0.011, ExitLevel = 2 });
            await db.SaveChangesAsync();
        });

        var unchanged = await ImportAsync(staff.OrganisationId, Csv(forklift, securing));
        Assert.Equal((0, 0, 2), (unchanged.Created, unchanged.Updated, unchanged.Unchanged));
        Assert.Contains((await OfferAsync(staff.OrganisationId, "LS-3")).Competencies, c => c.CompetencyKey == "gefahrgut" && c.Confidence == 0.011);

        var edited = await ImportAsync(staff.OrganisationId, Csv(
            forklift with { Description = ForkliftText.Replace("Am Ende", "Mit Übungen im Hochregal; am Ende") },
            securing with { Description = SecuringText.Replace("Zurrgurte", "Zurrgurte und Kantenschutz") }));
        Assert.Equal(2, edited.Updated);
        var stapler = await OfferAsync(staff.OrganisationId, "ST-3");
        Assert.DoesNotContain(stapler.Competencies, c => c.CompetencyKey == "flurfoerderzeuge");
        Assert.Contains(stapler.RemovedCompetencies, r => r.CompetencyKey == "flurfoerderzeuge");
        var ladung = await OfferAsync(staff.OrganisationId, "LS-3");
        Assert.Equal(LinkSource.Confirmed, ladung.Competencies.Single(c => c.CompetencyKey == "ladungssicherung").Source);
        Assert.DoesNotContain(ladung.Competencies, c => c.Confidence == 0.011);
    }

    [Fact]
    public async Task A_changed_list_in_the_file_replaces_the_links_the_file_brought()
    {
        var staff = await Providers.CreateAsync(platform, "Logistik-Akademie Liste");
        await ImportAsync(staff.OrganisationId, Csv(new Row("MIX-1", "Lagerpraxis kompakt", ForkliftText, "flurfoerderzeuge 0-2 | gefahrgut 0-1")));
        Assert.Equal(LinkSource.Explicit, (await OfferAsync(staff.OrganisationId, "MIX-1")).Competencies.Single(c => c.CompetencyKey == "gefahrgut").Source);

        var report = await ImportAsync(staff.OrganisationId, Csv(new Row("MIX-1", "Lagerpraxis kompakt", ForkliftText, "flurfoerderzeuge 1-3 | ladungssicherung 1-2")));
        Assert.Equal(1, report.Updated);
        var links = (await OfferAsync(staff.OrganisationId, "MIX-1")).Competencies.Where(c => c.Source == LinkSource.Explicit)
            .Select(c => (c.CompetencyKey, c.EntryLevel, c.ExitLevel)).Order().ToList();
        Assert.Equal([("flurfoerderzeuge", 1, 3), ("ladungssicherung", 1, 2)], links);
        Assert.DoesNotContain((await OfferAsync(staff.OrganisationId, "MIX-1")).Competencies, c => c.CompetencyKey == "gefahrgut");
    }
}
