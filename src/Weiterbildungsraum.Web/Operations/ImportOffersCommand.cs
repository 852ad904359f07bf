using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Offers.Import;

namespace Weiterbildungsraum.Web.Operations;

/// <summary>
/// import-offers DATEI [--dry-run] [--create-providers] [--provider SCHLÜSSEL] [--unpublish-missing] [--partial].
/// Exit code 0: imported; 1: errors, nothing imported; 2: wrong call; 3: imported without the offers that have errors (--partial).
/// </summary>
public static class ImportOffersCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        string? file = null, providerKey = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--provider" && i + 1 < args.Length) providerKey = args[++i];
            else if (!args[i].StartsWith('-') && file is null) file = args[i];
        }
        if (file is null)
        {
            Console.Error.WriteLine("import-offers: Bitte eine Datei angeben, z. B. import-offers angebote.xml --dry-run");
            return 2;
        }
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"import-offers: Die Datei „{file}“ gibt es nicht.");
            return 2;
        }
        if (new FileInfo(file).Length > ImportFormats.MaxBytes)
        {
            Console.Error.WriteLine($"import-offers: {file}: Die Datei ist größer als {ImportFormats.MaxBytes / 1024 / 1024} MB. Bitte in mehrere Dateien teilen.");
            return 1;
        }
        await Seeding.PrepareDatabaseAsync(services);
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        int? providerId = null;
        if (providerKey is not null)
        {
            providerId = await db.Organisations.Where(o => o.Key == providerKey).Select(o => (int?)o.Id).SingleOrDefaultAsync();
            if (providerId is null)
            {
                Console.Error.WriteLine($"import-offers: Einen Anbieter mit dem Schlüssel „{providerKey}“ gibt es nicht.");
                return 2;
            }
        }
        var request = new ImportRequest(Path.GetFileName(file), await File.ReadAllBytesAsync(file), args.Contains("--dry-run"),
            args.Contains("--unpublish-missing"), providerId, args.Contains("--create-providers"), args.Contains("--partial"));
        var report = await scope.ServiceProvider.GetRequiredService<OfferImporter>().RunAsync(request);
        foreach (var p in report.Problems)
            (p.Severity == ProblemSeverity.Error ? Console.Error : Console.Out).WriteLine($"{Label(p.Severity)}: {p}");
        foreach (var name in report.CreatedProviders)
            Console.WriteLine($"Anbieter {(report.Applied ? "angelegt" : "würde angelegt")}: {name} (Freigabe durch die Koordination nötig)");
        if (!report.Blocked)
            foreach (var skipped in report.Skipped)
                Console.Error.WriteLine($"Ausgelassen: {report.File}, {skipped.Location}{(skipped.ExternalId.Length > 0 ? $" ({skipped.ExternalId})" : "")}: {string.Join(" | ", skipped.Reasons)}");
        (report.Blocked ? Console.Error : Console.Out).WriteLine(report.Summary);
        return report.Blocked ? 1 : report.Skipped.Count > 0 ? 3 : 0;
    }

    private static string Label(ProblemSeverity s) => s switch
    {
        ProblemSeverity.Error => "Fehler",
        ProblemSeverity.Warning => "Warnung",
        _ => "Hinweis",
    };
}
