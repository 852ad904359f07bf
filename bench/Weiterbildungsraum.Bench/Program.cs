using BenchmarkDotNet.Running;

namespace Weiterbildungsraum.Bench;

public static class BenchProgram
{
    /// <summary>
    /// "latency [offers] [rounds]": search index build time and per-query p50/p95/p99;
    /// "suche-aufschluesselung [offers] [rounds]": search time by phase per query;
    /// "ergebnisse offers file": full results of many searches, to compare two versions of the search;
    /// "aufschluesselung": team matrix timed query by query; "plan-aufschluesselung [rounds]": the training plan page step by step;
    /// anything else goes to BenchmarkDotNet.
    /// </summary>
    public static async Task Main(string[] args)
    {
        if (args is ["latency", ..])
            LatencyRun.Run(args.Length > 1 ? int.Parse(args[1]) : BenchData.Offers, args.Length > 2 ? int.Parse(args[2]) : 100);
        else if (args is ["suche-aufschluesselung", ..])
            SearchBreakdown.Run(args.Length > 1 ? int.Parse(args[1]) : BenchData.Offers, args.Length > 2 ? int.Parse(args[2]) : 20);
        else if (args is ["ergebnisse", var offers, var file])
            ResultSnapshot.Run(int.Parse(offers), file);
        else if (args is ["aufschluesselung"])
            await Breakdown.RunAsync();
        else if (args is ["plan-aufschluesselung", ..])
            await PlanBreakdown.RunAsync(args.Length > 1 ? int.Parse(args[1]) : 5);
        else
            BenchmarkSwitcher.FromAssembly(typeof(BenchProgram).Assembly).Run(args);
    }
}
