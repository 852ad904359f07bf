using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Matching;

namespace Weiterbildungsraum.Bench;

/// <summary>Recommendations for one person over 100,000 offers (target p95 &lt; 50 ms), a learning path, and a team of 500.</summary>
[MemoryDiagnoser]
[Config(typeof(Percentiles))]
public class RecommendationBenchmarks
{
    private List<CandidateOffer> offers = null!;
    private List<Gap> gaps = null!;
    private List<List<Gap>> team = null!;
    private List<CandidateOffer> regionOffers = null!;
    private readonly SearchConstraints nearby = new(Origin: MatchingData.Dortmund, RadiusKm: 50, From: MatchingData.Today);

    [GlobalSetup]
    public void Setup()
    {
        offers = MatchingData.Offers(100_000);
        gaps = MatchingData.Gaps();
        team = Enumerable.Range(1, 500).Select(i => MatchingData.Gaps(seed: i)).ToList();
        regionOffers = MatchingData.Offers(10_000, seed: 3);
    }

    [Benchmark(Description = "Empfehlungen, 1 Person, 100.000 Angebote, ohne Vorgaben")]
    public int RecommendUnconstrained() => Recommender.Recommend(gaps, SearchConstraints.None, offers, MatchingData.Today).Items.Count;

    [Benchmark(Description = "Empfehlungen, 1 Person, 100.000 Angebote, 50 km um Dortmund")]
    public int RecommendNearby() => Recommender.Recommend(gaps, nearby, offers, MatchingData.Today).Items.Count;

    [Benchmark(Description = "Lernpfad, 1 Person, 100.000 Angebote, 50 km, Budget 5.000 €")]
    public int LearningPath() => LearningPathPlanner.Plan(gaps, nearby, offers, MatchingData.Today, 5000m).Steps.Count;

    [Benchmark(Description = "Team von 500: je 3 Empfehlungen über 10.000 Angebote + gemeinsame Bedarfe")]
    public int TeamOf500()
    {
        var members = team.Select((g, i) => new EmployeeGaps(i, $"P{i}", g)).ToList();
        var index = new OfferIndex(regionOffers);
        var count = members.Sum(m => Recommender.Recommend(m.Gaps, SearchConstraints.ForCompany, index.Touching(m.Gaps), MatchingData.Today, limit: 3, nextSteps: 0).Items.Count);
        return count + TeamNeeds.Shared(members).Count + TeamNeeds.Aggregate(members).Count;
    }

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95);
    }
}
