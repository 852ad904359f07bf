using BenchmarkDotNet.Running;
using Weiterbildungsraum.Bench;

// "latency [offers] [rounds]": index build time and per-query p50/p95/p99; anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "latency")
{
    LatencyRun.Run(args.Length > 1 ? int.Parse(args[1]) : BenchData.Offers, args.Length > 2 ? int.Parse(args[2]) : 100);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(QueryBenchmarks).Assembly).Run(args);
