using BenchmarkDotNet.Running;

namespace Weiterbildungsraum.Bench;

public static class BenchProgram
{
    /// <summary>
    /// "latency [offers] [rounds]": search index build time and per-query p50/p95/p99;
    /// "suche-aufschluesselung [offers] [rounds] [last]": search time by phase per query (with "last": the words of the HTTP load test);
    /// "suche-gegen-postgres [offers] [rounds]": the 16 words of the HTTP load test, the search side by side with PostgreSQL's german full-text search;
    /// "ergebnisse offers file": full results of many searches, to compare two versions of the search;
    /// "katalog offers folder": the generated catalogue as CSV import files for the demo providers (see bench/load/README.md);
    /// "woerterliste file": the search's German word list from the ESCO extract in content/esco (src/…/Features/Search/german-words.txt);
    /// "aufschluesselung": team matrix timed query by query; "plan-aufschluesselung [rounds]": the training plan page step by step;
    /// "bedarf-aufschluesselung [rounds]": a rebuild of the demand radar from 100,000 assessments in SQLite step by step;
    /// "zuordnung [offers]": precision and recall of competency linking on the labelled offers, and its throughput over generated offers;
    /// "zuordnung kalibrieren": fits the linker's confidence on the labelled offers it may learn from;
    /// anything else goes to BenchmarkDotNet.
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args is ["latency", ..])
            LatencyRun.Run(args.Length > 1 ? int.Parse(args[1]) : BenchData.Offers, args.Length > 2 ? int.Parse(args[2]) : 100);
        else if (args is ["suche-aufschluesselung", ..])
            SearchBreakdown.Run(args.Length > 1 ? int.Parse(args[1]) : BenchData.Offers, args.Length > 2 ? int.Parse(args[2]) : 20, args is [_, _, _, "last"]);
        else if (args is ["suche-gegen-postgres", ..])
            FullTextComparison.Run(args.Length > 1 ? int.Parse(args[1]) : BenchData.Offers, args.Length > 2 ? int.Parse(args[2]) : 20);
        else if (args is ["ergebnisse", var offers, var file])
            ResultSnapshot.Run(int.Parse(offers), file);
        else if (args is ["katalog", var count, var folder])
            WriteCatalogue(int.Parse(count), folder);
        else if (args is ["woerterliste", var wordFile])
            WriteWordList(wordFile);
        else if (args is ["aufschluesselung"])
            await Breakdown.RunAsync();
        else if (args is ["bedarf-aufschluesselung", ..])
            await DemandBreakdown.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 3);
        else if (args is ["zuordnung", "kalibrieren"])
            LinkingCalibration.Run([Domain.Tests.Offers.Linking.LinkingSet.Tuning, Domain.Tests.Offers.Linking.LinkingSet.Holdout]);
        else if (args is ["zuordnung", ..])
            LinkingRun.Run(args.Length > 1 ? int.Parse(args[1]) : BenchData.Offers);
        else if (args is ["plan-aufschluesselung", ..])
            await PlanBreakdown.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 5);
        else
            BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
    }

    private static void WriteWordList(string file)
    {
        var esco = Web.Features.Competencies.Esco.EscoCsvReader.ReadFolder(Path.Combine(BenchData.ContentRoot(), "esco"));
        var words = Web.Features.Search.GermanWordList.FromEsco(esco);
        File.WriteAllLines(file, [
            "# Deutsche Wörter der Angebotssuche (Wortzerlegung, Tippfehler, Ortsnamen), erzeugt mit: Weiterbildungsraum.Bench woerterliste DATEI",
            "# Quelle: die deutschen Bezeichnungen und Beschreibungen des ESCO-Auszugs in content/esco (ESCO v1.2, CC BY 4.0).",
            "# This service uses the ESCO classification of the European Commission.",
            .. words]);
        Console.WriteLine($"{words.Count} Wörter nach {file}");
    }

    private static void WriteCatalogue(int offers, string folder)
    {
        var reader = new Web.Content.ContentReader(BenchData.ContentRoot());
        var model = reader.ReadModel();
        var providers = reader.ReadDemo(model).Providers.Select(p => p.Key).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var files = CatalogueFiles.Write(OfferGenerator.Generate(model, offers, BenchData.SessionsPerOffer, seed: 2026, today), providers, folder);
        foreach (var f in files) Console.WriteLine($"{f.Path}\t{f.ProviderKey}\t{f.Offers} Angebote\t{f.Sessions} Termine\t{f.Bytes / 1024.0 / 1024:0.0} MB");
        Console.WriteLine($"{files.Sum(f => f.Offers)} Angebote mit {files.Sum(f => f.Sessions)} Terminen in {files.Count} Dateien, {watch.Elapsed.TotalSeconds:0.0} s");
    }
}
