using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers.Import;
using Weiterbildungsraum.Web.Tests.Competencies;

namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>
/// A new region, as it starts: no demo data, three providers' catalogues (a website's JSON-LD, a course management's CSV,
/// the employment agency's open-Qcat export) that name no competency of the model. Imported and approved, the offers carry
/// the competencies they teach, and a warehouse worker with open gaps is recommended them, with reasons.
/// </summary>
public class RegionalCatalogueTests
{
    private const double RightShare = 0.85;

    [Fact]
    public async Task Three_real_catalogues_are_linked_right_for_most_offers_and_recommended_for_a_warehouse_workers_gaps()
    {
        var ct = TestContext.Current.CancellationToken;
        using var platform = new TestPlatform(demoData: false, new Dictionary<string, string> { ["Seed:Esco"] = "true" });
        foreach (var file in new[] { "hellweg-akademie.jsonld", "qz-kreis-unna.xml" })
        {
            using var scope = platform.Services.CreateScope();
            var report = await scope.ServiceProvider.GetRequiredService<OfferImporter>()
                .RunAsync(new ImportRequest(file, Providers.Fixture(file), DryRun: false, CreateProviders: true), ct);
            Assert.True(report.Applied, string.Join("\n", report.Errors));
            Assert.Equal(10, report.Created);
        }
        await UploadAsProviderAsync(platform, "Weiterbildung Lünen-Kamen GmbH", "wb-luenen-kamen.csv");
        await ApproveAllAsync(platform);

        var expected = JsonDocument.Parse(Providers.Fixture("regionalkatalog-erwartet.json")).RootElement.GetProperty("offers")
            .EnumerateObject().ToDictionary(o => o.Name, o => o.Value.EnumerateArray().Select(k => k.GetString()!).ToHashSet());
        var offers = await platform.WithDbAsync(db => db.Offers.AsNoTracking().Include(o => o.Competencies).ToListAsync(ct));
        Assert.Equal(expected.Keys.Order(), offers.Select(o => o.ExternalId).Order());
        Assert.All(offers, o => Assert.All(o.Competencies, c => Assert.Equal(LinkSource.Automatic, c.Source)));
        var right = offers.Where(o => o.Competencies.Any(c => expected[o.ExternalId].Contains(c.CompetencyKey))).ToList();
        var wrong = offers.Except(right).Select(o => $"{o.ExternalId} „{o.Title}“: {string.Join(", ", o.Competencies.Select(c => c.CompetencyKey))}");
        Assert.True(right.Count >= RightShare * offers.Count,
            $"{right.Count} von {offers.Count} Angeboten haben eine richtige Kompetenz automatisch erhalten; ohne richtige:\n{string.Join("\n", wrong)}");

        // Someone new to the warehouse: every competency of the role rated 0, every gap open.
        var role = await platform.WithDbAsync(db => db.RoleProfileEntries.Where(e => e.Role.Key == "fachkraft-lagerlogistik").Select(e => e.Competency.Key).ToListAsync(ct));
        var response = await platform.CreateClient().PostAsJsonAsync("/api/v1/recommendations",
            new { roleId = "fachkraft-lagerlogistik", ratings = role.Select(k => new { competencyId = k, level = 0 }), limit = 50 }, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("items").EnumerateArray().ToList();
        var warehouse = right.Where(o => o.Competencies.Any(c => role.Contains(c.CompetencyKey) && expected[o.ExternalId].Contains(c.CompetencyKey))).Select(o => o.Id).ToList();
        Assert.True(warehouse.Count >= 5, $"Nur {warehouse.Count} Lager-Angebote richtig zugeordnet.");
        var recommended = items.ToDictionary(i => i.GetProperty("offerId").GetInt32());
        string Describe(int id) => offers.Single(o => o.Id == id) is var o
            ? $"„{o.Title}“ ({string.Join(", ", o.Competencies.Select(c => $"{c.CompetencyKey} {c.EntryLevel}→{c.ExitLevel} {c.Confidence:0.00}"))})" : "";
        Assert.All(warehouse, id => Assert.True(recommended.ContainsKey(id), $"Angebot {id} {Describe(id)} fehlt in den {items.Count} Empfehlungen."));
        Assert.All(warehouse, id =>
        {
            var item = recommended[id];
            Assert.NotEmpty(item.GetProperty("reasons").EnumerateArray());
            Assert.Contains(item.GetProperty("closes").EnumerateArray(), c => role.Contains(c.GetProperty("competencyId").GetString()!));
        });
    }

    /// <summary>A provider that registered itself (not yet approved) uploads its CSV on the import page: dry run, then apply.</summary>
    private static async Task UploadAsProviderAsync(TestPlatform platform, string name, string file)
    {
        var ct = TestContext.Current.CancellationToken;
        var staff = await Providers.CreateAsync(platform, name);
        await platform.WithDbAsync(db => db.Organisations.Where(o => o.Id == staff.OrganisationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.IsApproved, false)));
        var client = await Providers.SignInAsync(platform, staff.Email);
        var page = await client.GetDocumentAsync("/anbieter/import");
        var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new ByteArrayContent(Providers.Fixture(file)), "Upload", file },
        };
        var dry = Forms.Parse(await (await client.PostAsync("/anbieter/import?handler=Check", form, ct)).Content.ReadAsStringAsync(ct));
        var apply = dry.QuerySelector("form[action*=Apply]") ?? throw new InvalidOperationException(dry.QuerySelector(".import-report")?.TextContent);
        var fields = apply.QuerySelectorAll("input[name]").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        var applied = await (await client.PostAsync(apply.GetAttribute("action"), new FormUrlEncodedContent(fields), ct)).Content.ReadAsStringAsync(ct);
        Assert.Contains("Import übernommen", applied);
        Assert.Contains("Automatisch zugeordnet", applied);
    }

    private static async Task ApproveAllAsync(TestPlatform platform)
    {
        var coordinator = await Providers.SignInAsync(platform, await Coordinator.CreateAsync(platform));
        var pending = await platform.WithDbAsync(db => db.Organisations.Where(o => o.Type == OrganisationType.Provider && !o.IsApproved).Select(o => o.Id).ToListAsync());
        Assert.Equal(3, pending.Count);
        foreach (var id in pending)
            Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync("/koordination/anbieter-freigeben", new Dictionary<string, string>(), $"form[action*='id={id}']")).StatusCode);
    }
}
