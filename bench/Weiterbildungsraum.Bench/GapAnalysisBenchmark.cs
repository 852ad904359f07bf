using BenchmarkDotNet.Attributes;
using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Bench;

/// <summary>The Soll-Ist-Vergleich of one person against a 25-competency profile.</summary>
[MemoryDiagnoser]
// In process: the generated project of the default toolchain cannot build the web host it references.
[InProcess]
[WarmupCount(3)]
[IterationCount(10)]
public class GapAnalysisBenchmark
{
    private List<ProfileTarget> profile = [];
    private Dictionary<string, int> levels = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(25);
        profile = Enumerable.Range(1, 25).Select(i => new ProfileTarget($"kompetenz-{i:00}", $"Kompetenz {i}", random.Next(1, 5), random.Next(2, 5), random.Next(1, 4))).ToList();
        // One in five competencies stays unrated, as in real checks.
        levels = profile.Where((_, i) => i % 5 != 0).ToDictionary(p => p.CompetencyKey, _ => random.Next(0, 5));
    }

    [Benchmark]
    public GapAnalysisResult Compare_25_competencies() => GapAnalysis.Compare(profile, levels, Horizon.Future);
}
