using System.Diagnostics;

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
        // The first read after opening deserialises every offer's facts into the per-segment cache; later reads are array lookups.
        var cold = Stopwatch.StartNew();
        data.Store.Search(s => data.Store.AllFacts(s).Count);
        var coldMs = cold.Elapsed.TotalMilliseconds;
        var warm = Stopwatch.StartNew();
        data.Store.Search(s => data.Store.AllFacts(s).Count);
        Console.WriteLine($"Fakten-Cache: erster Zugriff {coldMs:0} ms, danach {warm.Elapsed.TotalMilliseconds:0.0} ms");
        for (var i = 0; i < 3 * queries.Count; i++) data.Searcher.Search(queries[i % queries.Count], BenchData.Today);
        var afterWarmUp = GC.GetTotalMemory(forceFullCollection: true);

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
        samples.Sort();
        Console.WriteLine($"Abfragen: {samples.Count}, p50 {P(samples, 50):0.00} ms, p95 {P(samples, 95):0.00} ms, p99 {P(samples, 99):0.00} ms, max {samples[^1]:0.00} ms");
        for (var q = 0; q < queries.Count; q++)
        {
            perQuery[q].Sort();
            var r = queries[q];
            Console.WriteLine($"  {q,2} q=„{r.Q}“ p50 {P(perQuery[q], 50):0.00} ms p95 {P(perQuery[q], 95):0.00} ms");
        }
        Console.WriteLine($"Speicher: verwalteter Heap nach Aufbau und Aufwärmen {(afterWarmUp - before) / 1024.0 / 1024.0:0} MiB, Prozess {Process.GetCurrentProcess().WorkingSet64 / 1024.0 / 1024.0:0} MiB");
    }

    private static double P(List<double> sorted, int percentile) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
}
