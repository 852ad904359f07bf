using BenchmarkDotNet.Attributes;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// Builds the radar (aggregation and the exact protection of every table) and the quarterly trend from current levels
/// over 20 competencies: 100,000 levels (5,000 people) and 2,000,000 levels (100,000 people) — the target is under one second.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
public class DemandAggregationBenchmark
{
    private List<PersonLevel> levels = [];
    private List<SupplySession> supply = [];
    private List<QuarterGap> gaps = [];
    private DemandRadar radar = null!;
    private string[] competencyKeys = [];

    public static readonly string[] Quarters = ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"];

    [Params(100_000, 2_000_000)]
    public int Levels { get; set; }

    public const int Competencies = 20;

    [GlobalSetup]
    public void Setup()
    {
        levels = DemandDataGenerator.Levels(Levels, Competencies);
        supply = DemandDataGenerator.Supply(600, Competencies);
        gaps = DemandDataGenerator.QuarterGaps(levels, Quarters);
        competencyKeys = Enumerable.Range(0, Competencies).Select(c => $"kompetenz-{c}").ToArray();
        radar = DemandRadar.Build(levels, supply, AnonymityRule.Default);
    }

    [Benchmark(Description = "Radar bauen (Aggregation, Schutz aller Tabellen)")]
    public DemandRadar Build() => DemandRadar.Build(levels, supply, AnonymityRule.Default);

    [Benchmark(Description = "Trend bauen (8 Quartale, paarweise verknüpft)")]
    public DemandTrend Trend() => DemandTrend.Build(gaps, Quarters, AnonymityRule.Default);

    [Benchmark(Description = "Abfrage aus dem materialisierten Radar")]
    public int Query() => radar.Cells(new DemandQuery(Horizon.Future, "familie-1", Town: "Unna"), competencyKeys).Count(c => !c.Suppressed)
        + radar.UnderSupplied(new DemandQuery(Horizon.Now), competencyKeys).Count;
}
