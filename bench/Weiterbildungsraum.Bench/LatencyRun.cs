using System.Diagnostics;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// Per-query latency percentiles, which BenchmarkDotNet does not report across a mixed set: every query of the set is
/// timed individually, round-robin, after a warm-up.
/// </summary>
public static class LatencyRun
{
    public static void Run(int offers, int rounds)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var data = new BenchData(offers);
        var indexBytes = new DirectoryInfo(data.Path).EnumerateFiles().Sum(f => f.Length);
        Console.WriteLine($"Index: {offers:N0} Angebote, {offers * BenchData.SessionsPerOffer:N0} Termine, Aufbau {data.BuildTime.TotalSeconds:0.0} s, {indexBytes / 1024.0 / 1024.0:0.0} MiB auf der Platte");

        var queries = BenchData.MixedQueries;
        // A server that opens an existing index decodes every segment's columns once, before its first search.
        var cold = Stopwatch.StartNew();
        using (var directory = Lucene.Net.Store.FSDirectory.Open(new DirectoryInfo(data.Path)))
        using (var reader = Lucene.Net.Index.DirectoryReader.Open(directory))
            foreach (var leaf in reader.Leaves) SegmentColumns.Decode(leaf.AtomicReader, new FacetIds());
        Console.WriteLine($"Spalten aller Segmente aus dem geschlossenen Index lesen: {cold.Elapsed.TotalMilliseconds:0} ms");
        for (var i = 0; i < 3 * queries.Count; i++) data.Searcher.Search(queries[i % queries.Count], BenchData.Today);
        var afterWarmUp = GC.GetTotalMemory(forceFullCollection: true);

        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var samples = new List<double>();
        var perQuery = queries.Select(_ => new List<double>()).ToList();
        for (var round = 0; round < rounds; round++)
            for (var q = 0; q < queries.Count; q++)
            {
                var watch = Stopwatch.StartNew();
                data.Searcher.Search(queries[q], BenchData.Today);
                var ms = watch.Elapsed.TotalMilliseconds;
                samples.Add(ms);
                perQuery[q].Add(ms);
            }
        var cpuPerQuery = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / samples.Count;
        samples.Sort();
        Console.WriteLine($"Abfragen: {samples.Count}, p50 {P(samples, 50):0.00} ms, p95 {P(samples, 95):0.00} ms, p99 {P(samples, 99):0.00} ms, max {samples[^1]:0.00} ms; Prozessorzeit je Abfrage {cpuPerQuery:0.00} ms; Last {LoadAverage()}");
        for (var q = 0; q < queries.Count; q++)
        {
            perQuery[q].Sort();
            var r = queries[q];
            Console.WriteLine($"  {q,2} q=„{r.Q}“ p50 {P(perQuery[q], 50):0.00} ms p95 {P(perQuery[q], 95):0.00} ms");
        }
        Console.WriteLine($"Speicher: verwalteter Heap nach Aufbau und Aufwärmen {(afterWarmUp - before) / 1024.0 / 1024.0:0} MiB, Prozess {Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0:0} MiB");
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    internal static double P(List<double> sorted, int percentile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
}
