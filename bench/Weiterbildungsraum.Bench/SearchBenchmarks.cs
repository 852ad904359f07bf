using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Bench;

/// <summary>Query latency over the generated 100k-offer index; one benchmark case per query of the mixed set.</summary>
[ShortRunJob]
[MemoryDiagnoser]
[MedianColumn, Q3Column, MaxColumn]
public class QueryBenchmarks
{
    private BenchData data = null!;

    [ParamsSource(nameof(Queries))]
    public int Query { get; set; }

    public static IEnumerable<int> Queries => Enumerable.Range(0, BenchData.MixedQueries.Count);

    [GlobalSetup]
    public void Setup() => data = new BenchData();

    [GlobalCleanup]
    public void Cleanup() => data.Dispose();

    [Benchmark]
    public int SearchWithTwoFacets() => data.Searcher.Search(BenchData.MixedQueries[Query], BenchData.Today).Total;
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
