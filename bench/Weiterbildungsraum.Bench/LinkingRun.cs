using System.Diagnostics;
using Weiterbildungsraum.Domain.Offers.Linking;
using Weiterbildungsraum.Domain.Tests.Offers.Linking;
using Weiterbildungsraum.Web.Content;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// "zuordnung [offers]": precision and recall of automatic competency linking on the labelled offers, with and without ESCO
/// labels, and the linking throughput over the generator's offers, one thread and all cores.
/// </summary>
public static class LinkingRun
{
    public static readonly string[] Sets = [LinkingSet.Tuning, LinkingSet.Holdout, LinkingSet.SecondHoldout];

    public static void Run(int offers)
    {
        var watch = Stopwatch.StartNew();
        var linker = new CompetencyLinker(LinkingSet.Model());
        Console.WriteLine($"Linker aus {LinkingSet.Model().Count} Kompetenzen mit ESCO-Bezeichnungen gebaut in {watch.ElapsedMilliseconds} ms");
        var withoutEsco = new CompetencyLinker(LinkingSet.Model(withEsco: false));
        foreach (var set in Sets)
        {
            Console.WriteLine($"{set}, mit ESCO:  {LinkingSet.Measure(linker, LinkingSet.Offers(set))}");
            Console.WriteLine($"{set}, ohne ESCO: {LinkingSet.Measure(withoutEsco, LinkingSet.Offers(set))}");
        }
        LabelledOffersTime(linker);
        Throughput(linker, offers);
    }

    /// <summary>Processor time per offer over the labelled offers, the nearest to real catalogue texts.</summary>
    private static void LabelledOffersTime(CompetencyLinker linker)
    {
        var texts = Sets.SelectMany(LinkingSet.Offers).Select(o => o.Text).ToList();
        const int rounds = 200;
        foreach (var text in texts) linker.Link(text);
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        for (var round = 0; round < rounds; round++)
            foreach (var text in texts) linker.Link(text);
        process.Refresh();
        Console.WriteLine($"{texts.Count} beschriftete Angebote (Ø {texts.Average(t => t.Title.Length + t.Summary.Length + t.Content.Length):0} Zeichen) × {rounds}: " +
            $"CPU {(process.TotalProcessorTime - cpu).TotalMicroseconds / (texts.Count * rounds):0} µs je Angebot");
    }

    private static void Throughput(CompetencyLinker linker, int count)
    {
        var model = new ContentReader(BenchData.ContentRoot()).ReadModel();
        var generated = OfferGenerator.Generate(model, count, 1, seed: 2026, BenchData.Today).ToList();
        var texts = generated.Select(e => new OfferText(e.Facts.Title, e.Summary, e.Content, TargetGroup: e.TargetGroup, Qualification: e.Qualification, Hours: e.Facts.Hours)).ToList();
        foreach (var text in texts.Take(1000)) linker.Link(text);
        var latencies = new double[texts.Count];
        var links = new int[texts.Count];
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < texts.Count; i++)
        {
            var started = watch.Elapsed.TotalMicroseconds;
            links[i] = linker.Link(texts[i]).Count;
            latencies[i] = watch.Elapsed.TotalMicroseconds - started;
        }
        var single = watch.Elapsed;
        process.Refresh();
        var singleCpu = process.TotalProcessorTime - cpu;
        watch.Restart();
        Parallel.ForEach(texts, text => linker.Link(text));
        var parallel = watch.Elapsed;
        Array.Sort(latencies);
        var main = generated.Select((e, i) => linker.Link(texts[i]).Any(l => l.Key == e.Facts.Competencies[0].Key)).Count(found => found);
        Console.WriteLine($"{texts.Count:N0} erzeugte Angebote (Ø {texts.Average(t => t.Title.Length + t.Summary.Length + t.Content.Length):0} Zeichen), Ø {links.Average():0.0} Zuordnungen je Angebot");
        Console.WriteLine($"1 Thread: {single.TotalSeconds:0.0} s = {texts.Count / single.TotalSeconds:N0} Angebote/s, CPU {singleCpu.TotalMicroseconds / texts.Count:0} µs je Angebot; " +
            $"p50 {latencies[latencies.Length / 2]:0} µs, p99 {latencies[(int)(latencies.Length * 0.99)]:0} µs, max {latencies[^1]:0} µs");
        Console.WriteLine($"{Environment.ProcessorCount} Threads: {parallel.TotalSeconds:0.0} s = {texts.Count / parallel.TotalSeconds:N0} Angebote/s");
        Console.WriteLine($"Hauptkompetenz des Generators unter den Zuordnungen: {(double)main / texts.Count:P1} (Plausibilität; die Texte stammen aus dem Modell)");
        Console.WriteLine($"Last während der Messung (/proc/loadavg): {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unbekannt")}");
    }
}
