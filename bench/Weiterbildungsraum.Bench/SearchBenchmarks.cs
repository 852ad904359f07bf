using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Weiterbildungsraum.Bench;

/// <summary>In process, so that the 100k-offer index is built once and shared by every case.</summary>
public sealed class InProcessShortRun : ManualConfig
{
    public InProcessShortRun() => AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
}

/// <summary>Query latency over the generated 100k-offer index; one case per query of the mixed set (each with two facet filters).</summary>
[Config(typeof(InProcessShortRun))]
[MemoryDiagnoser]
[MedianColumn, Q3Column, MaxColumn]
public class QueryBenchmarks
{
    private static readonly Lazy<BenchData> Data = new(() => new BenchData());

    [ParamsSource(nameof(Queries))]
    public int Query { get; set; }

    public static IEnumerable<int> Queries => Enumerable.Range(0, BenchData.MixedQueries.Count);

    [GlobalSetup]
    public void Setup() => _ = Data.Value;

    [Benchmark]
    public int SearchWithTwoFacets() => Data.Value.Searcher.Search(BenchData.MixedQueries[Query], BenchData.Today).Total;
}

/// <summary>Building the index from 100k generated offers with 300k sessions.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 2)]
public class IndexBuildBenchmarks
{
    [Benchmark]
    public TimeSpan Build100kOffers()
    {
        using var data = new BenchData();
        return data.BuildTime;
    }
}
