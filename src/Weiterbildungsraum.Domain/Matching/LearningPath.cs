using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Matching;

public sealed record PathStep(CandidateOffer Offer, CandidateSession Session, double? DistanceKm, IReadOnlyList<ClosedGap> Closes)
{
    public double Points => Closes.Sum(c => c.Points);
}

/// <summary>A gap the path leaves open: from the level the path reaches to the target (unmet demand for the radar).</summary>
public sealed record UnmetNeed(string CompetencyKey, string Name, int ReachedLevel, int Target, int Weight, UnmetReason Reason);

public enum UnmetReason
{
    /// <summary>No fitting offer raises this competency from the level reached.</summary>
    NoOffer,
    /// <summary>Offers exist, but the budget does not stretch to them.</summary>
    Budget,
}

public sealed record LearningPathResult(IReadOnlyList<PathStep> Steps, IReadOnlyList<UnmetNeed> Unmet)
{
    public decimal TotalCost => Steps.Sum(s => s.Offer.Price);
    public DateOnly? Finish => Steps.Count == 0 ? null : Steps.Max(s => s.Session.End);
}

/// <summary>
/// Builds a learning path (docs/decisions/003-recommendation-rules.md): greedy by points per euro over all fitting runs,
/// re-evaluated after every step so a step can only build on levels already reached and starts after the steps it builds on
/// have ended; then every step whose removal keeps all reached levels is dropped, most expensive first.
/// </summary>
public static class LearningPathPlanner
{
    public static LearningPathResult Plan(
        IReadOnlyList<Gap> gaps, SearchConstraints constraints, IEnumerable<CandidateOffer> offers, DateOnly today, decimal? budget = null)
    {
        var open = gaps.Where(g => g.Size > 0).GroupBy(g => g.CompetencyKey).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var pool = offers
            .Where(o => o.Teaches.Any(t => open.ContainsKey(t.CompetencyKey)))
            .Select(o => (Offer: o, Runs: EligibleRuns.Of(o, constraints, today)))
            .Where(o => o.Runs.Count > 0)
            .ToList();

        var steps = new List<PathStep>();
        var used = new HashSet<int>();
        var overBudget = new HashSet<string>(StringComparer.Ordinal);
        var remaining = budget ?? decimal.MaxValue;
        while (true)
        {
            var state = Replay(steps, open);
            PathStep? best = null;
            var bestRatio = 0.0;
            foreach (var (offer, runs) in pool)
            {
                if (used.Contains(offer.Id)) continue;
                var step = BestRun(offer, runs, state, open);
                if (step is null) continue;
                if (offer.Price > remaining)
                {
                    foreach (var c in step.Closes) overBudget.Add(c.CompetencyKey);
                    continue;
                }
                var ratio = step.Points / (double)(offer.Price + 1m);
                if (best is null || ratio > bestRatio || (ratio == bestRatio && Earlier(step, best)))
                    (best, bestRatio) = (step, ratio);
            }
            if (best is null) break;
            steps.Add(best);
            used.Add(best.Offer.Id);
            remaining -= best.Offer.Price;
        }

        steps = DropRedundant(steps, open);
        var reached = Replay(steps, open);
        var unmet = open.Values
            .Where(g => reached[g.CompetencyKey].Level < g.Target)
            .Select(g => new UnmetNeed(g.CompetencyKey, g.Name, reached[g.CompetencyKey].Level, g.Target, g.Weight,
                overBudget.Contains(g.CompetencyKey) ? UnmetReason.Budget : UnmetReason.NoOffer))
            .OrderByDescending(u => u.Weight * (u.Target - u.ReachedLevel)).ThenBy(u => u.Name, StringComparer.Ordinal)
            .ToList();
        return new LearningPathResult(steps.OrderBy(s => s.Session.Start).ThenBy(s => s.Session.End).ToList(), unmet);
    }

    /// <summary>Level reached per competency and the day the last step that raised it ended.</summary>
    private static Dictionary<string, (int Level, DateOnly ReadyAfter)> Replay(IEnumerable<PathStep> steps, Dictionary<string, Gap> open)
    {
        var state = open.Values.ToDictionary(g => g.CompetencyKey, g => (g.Actual, DateOnly.MinValue), StringComparer.Ordinal);
        foreach (var step in steps.OrderBy(s => s.Session.Start))
            foreach (var c in step.Closes)
                if (c.To > state[c.CompetencyKey].Item1) state[c.CompetencyKey] = (c.To, step.Session.End);
        return state;
    }

    /// <summary>The earliest run that adds the most, given the levels reached and when they were reached.</summary>
    private static PathStep? BestRun(CandidateOffer offer, List<EligibleRun> runs, Dictionary<string, (int Level, DateOnly ReadyAfter)> state, Dictionary<string, Gap> open)
    {
        PathStep? best = null;
        foreach (var run in runs)
        {
            var closes = new List<ClosedGap>();
            foreach (var taught in offer.Teaches)
            {
                if (!open.TryGetValue(taught.CompetencyKey, out var gap)) continue;
                var (level, readyAfter) = state[taught.CompetencyKey];
                if (taught.EntryLevel > level + 1 || run.Session.Start <= readyAfter) continue;
                var to = Math.Min(taught.ExitLevel, gap.Target);
                if (to <= level || closes.Any(c => c.CompetencyKey == gap.CompetencyKey && c.To >= to)) continue;
                closes.RemoveAll(c => c.CompetencyKey == gap.CompetencyKey);
                closes.Add(new ClosedGap(gap.CompetencyKey, gap.Name, level, to, gap.Weight, taught.Confidence));
            }
            if (closes.Count == 0) continue;
            var step = new PathStep(offer, run.Session, run.DistanceKm, closes);
            if (best is null || step.Points > best.Points) best = step;
        }
        return best;
    }

    private static bool Earlier(PathStep a, PathStep b) =>
        a.Session.End < b.Session.End || (a.Session.End == b.Session.End && a.Offer.Id < b.Offer.Id);

    /// <summary>Drops steps that add nothing once the others are taken, so the path costs no more than it must.</summary>
    private static List<PathStep> DropRedundant(List<PathStep> steps, Dictionary<string, Gap> open)
    {
        var target = Replay(steps, open);
        foreach (var step in steps.OrderByDescending(s => s.Offer.Price).ToList())
        {
            var without = steps.Where(s => s != step).ToList();
            if (!Consistent(without, open)) continue;
            var reached = Replay(without, open);
            if (target.All(t => reached[t.Key].Level == t.Value.Level)) steps = without;
        }
        return steps;
    }

    /// <summary>Every step still builds on a level reached before it starts.</summary>
    private static bool Consistent(List<PathStep> steps, Dictionary<string, Gap> open)
    {
        var state = open.Values.ToDictionary(g => g.CompetencyKey, g => (Level: g.Actual, ReadyAfter: DateOnly.MinValue), StringComparer.Ordinal);
        foreach (var step in steps.OrderBy(s => s.Session.Start))
            foreach (var c in step.Closes)
            {
                var (level, readyAfter) = state[c.CompetencyKey];
                if (level < c.From) return false;
                if (c.From > open[c.CompetencyKey].Actual && step.Session.Start <= readyAfter) return false;
                if (c.To > level) state[c.CompetencyKey] = (c.To, step.Session.End);
            }
        return true;
    }
}
