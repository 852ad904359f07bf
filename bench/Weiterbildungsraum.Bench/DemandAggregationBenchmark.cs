using BenchmarkDotNet.Attributes;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// Builds the whole radar (aggregation, complementary suppression, quarterly trend) from current levels:
/// 100,000 levels over 20 competencies (5,000 people) — the target is under one second.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class DemandAggregationBenchmark
{
    private List<PersonLevel> levels = [];
    private List<SupplySession> supply = [];
    private DemandRadar radar = null!;
    private string[] competencyKeys = [];

    [Params(100_000)]
    public int Levels { get; set; }

    public const int Competencies = 20;

    [GlobalSetup]
    public void Setup()
    {
        levels = DemandDataGenerator.Levels(Levels, Competencies);
        supply = DemandDataGenerator.Supply(600, Competencies);
        competencyKeys = Enumerable.Range(0, Competencies).Select(c => $"kompetenz-{c}").ToArray();
        radar = DemandRadar.Build(levels, supply, AnonymityRule.Default);
    }

    [Benchmark(Description = "Radar bauen (Aggregation, Unterdrückung, Trend)")]
    public DemandRadar Build() => DemandRadar.Build(levels, supply, AnonymityRule.Default);

    [Benchmark(Description = "Abfrage aus dem materialisierten Radar")]
    public int Query() => radar.Cells(new DemandQuery(Horizon.Future, "familie-1", Town: "Unna"), competencyKeys).Count(c => !c.Suppressed)
        + radar.UnderSupplied(new DemandQuery(Horizon.Now), competencyKeys).Count;
}
