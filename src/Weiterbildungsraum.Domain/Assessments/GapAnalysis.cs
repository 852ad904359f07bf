using Weiterbildungsraum.Domain.Competencies;

namespace Weiterbildungsraum.Domain.Assessments;

/// <summary>One competency of a role profile: what the role needs (Soll).</summary>
public sealed record ProfileTarget(string CompetencyKey, string Name, int TargetNow, int TargetFuture, int Weight)
{
    public int Target(Horizon horizon) => horizon == Horizon.Now ? TargetNow : TargetFuture;
}

public sealed record Gap(string CompetencyKey, string Name, int Target, int Actual, int Weight)
{
    public int Size => Math.Max(0, Target - Actual);
    public int WeightedSize => Size * Weight;
}

public sealed record Strength(string CompetencyKey, string Name, int Target, int Actual);

public sealed record NotRated(string CompetencyKey, string Name, int Target, int Weight);

public sealed record GapAnalysisResult(
    int Fit,
    IReadOnlyList<Gap> Gaps,
    IReadOnlyList<Strength> Strengths,
    IReadOnlyList<NotRated> NotRated,
    IReadOnlyList<Gap> Met);

/// <summary>
/// The Soll-Ist-Vergleich. Gap = max(0, target − actual); weighted by the profile weight.
/// Fit = Σ weight × min(actual, target) ÷ Σ weight × target over the rated competencies, in percent;
/// competencies not rated count neither for nor against the person.
/// </summary>
public static class GapAnalysis
{
    public static GapAnalysisResult Compare(
        IEnumerable<ProfileTarget> profile,
        IReadOnlyDictionary<string, int> actualLevels,
        Horizon horizon)
    {
        var gaps = new List<Gap>();
        var met = new List<Gap>();
        var strengths = new List<Strength>();
        var notRated = new List<NotRated>();
        long reached = 0, required = 0;

        foreach (var entry in profile)
        {
            var target = entry.Target(horizon);
            if (!actualLevels.TryGetValue(entry.CompetencyKey, out var actual))
            {
                notRated.Add(new NotRated(entry.CompetencyKey, entry.Name, target, entry.Weight));
                continue;
            }
            if (!ProficiencyScale.Contains(actual))
                throw new ArgumentOutOfRangeException(nameof(actualLevels), actual, $"Stufe für {entry.CompetencyKey} außerhalb der Skala 0–4");

            reached += (long)entry.Weight * Math.Min(actual, target);
            required += (long)entry.Weight * target;
            var gap = new Gap(entry.CompetencyKey, entry.Name, target, actual, entry.Weight);
            if (gap.Size > 0) gaps.Add(gap); else met.Add(gap);
            if (actual > target) strengths.Add(new Strength(entry.CompetencyKey, entry.Name, target, actual));
        }

        var fit = required == 0 ? (notRated.Count == 0 ? 100 : 0) : (int)Math.Round(100.0 * reached / required);
        var ranked = gaps
            .OrderByDescending(g => g.WeightedSize)
            .ThenByDescending(g => g.Weight)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        return new GapAnalysisResult(fit, ranked, strengths, notRated, met);
    }
}
