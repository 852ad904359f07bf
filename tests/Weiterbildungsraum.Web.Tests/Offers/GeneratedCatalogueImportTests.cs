using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Bench;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers.Import;

namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>The load test's large catalogue goes through the importer: the bench's CSV files must import without errors.</summary>
public class GeneratedCatalogueImportTests(DemoPlatform platform)
{
    [Fact]
    public async Task Generated_catalogue_files_pass_a_dry_run_import_for_their_providers()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Path.Combine(Path.GetTempPath(), "wbr-katalog-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var model = new ContentReader(Paths.Content).ReadModel();
            var providers = await platform.WithDbAsync(db => db.Organisations.Where(o => o.Type == OrganisationType.Provider && o.IsApproved && o.Key != null)
                .OrderBy(o => o.Key).Select(o => new { Key = o.Key!, o.Id }).ToListAsync(ct));
            var entries = OfferGenerator.Generate(model, 50, 3, seed: 7, DateOnly.FromDateTime(DateTime.UtcNow)).ToList();
            // A small size limit, so a provider's offers are split over several files.
            var files = CatalogueFiles.Write(entries, providers.Select(p => p.Key).ToList(), folder, maxBytes: 8 * 1024);

            Assert.Equal(50, files.Sum(f => f.Offers));
            Assert.Equal(entries.Sum(e => e.Facts.Sessions.Count), files.Sum(f => f.Sessions));
            Assert.Contains(files, f => !f.Path.EndsWith(".01.csv", StringComparison.Ordinal));
            Assert.All(files, f => Assert.True(new FileInfo(f.Path).Length <= 8 * 1024 || f.Offers == 1, f.Path));
            foreach (var file in files)
            {
                using var scope = platform.Services.CreateScope();
                var importer = scope.ServiceProvider.GetRequiredService<OfferImporter>();
                var report = await importer.RunAsync(new ImportRequest(Path.GetFileName(file.Path), await File.ReadAllBytesAsync(file.Path, ct), DryRun: true,
                    ProviderId: providers.Single(p => p.Key == file.ProviderKey).Id), ct);
                Assert.False(report.HasErrors, string.Join("\n", report.Errors));
                Assert.Equal(file.Offers, report.Created);
                Assert.DoesNotContain(report.Warnings, w => w.Field == "Kompetenzen");
            }
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
