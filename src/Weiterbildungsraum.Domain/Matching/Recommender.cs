using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>
/// Ranks offers by the value they add to a person's gaps (docs/decisions/003-recommendation-rules.md):
/// value = Σ weight × levels closed, capped at the target; an offer starting above level + 1 is kept and
/// marked "Voraussetzung fehlt" with a prerequisite offer; ties go to the earlier run, then the nearer, then the cheaper;
/// constraints are never broken.
/// </summary>
public static class Recommender
{
    public static RecommendationResult Recommend(
        IReadOnlyList<Gap> gaps,
        SearchConstraints constraints,
        IEnumerable<CandidateOffer> offers,
        DateOnly today,
        int limit = 20,
        Func<CandidateOffer, FundingHint?>? funding = null)
    {
        var open = new Dictionary<string, Gap>(StringComparer.Ordinal);
        foreach (var gap in gaps)
            if (gap.Size > 0) open[gap.CompetencyKey] = gap;

        var candidates = new List<Candidate>();
        // Per competency, the fitting offers a learner can start now, for prerequisite suggestions.
        var startable = new Dictionary<string, List<(Candidate Candidate, int Exit)>>(StringComparer.Ordinal);
        foreach (var offer in offers)
        {
            if (!TouchesAnyGap(offer, open)) continue;
            var runs = EligibleRuns.Of(offer, constraints, today);
            if (runs.Count == 0) continue;
            var candidate = Evaluate(offer, runs[0], open);
            if (candidate.Closes.Count == 0 && candidate.Blocked.Count == 0) continue;
            candidates.Add(candidate);
            foreach (var closed in candidate.Closes)
            {
                if (!startable.TryGetValue(closed.CompetencyKey, out var list)) startable[closed.CompetencyKey] = list = [];
                list.Add((candidate, ExitOf(offer, closed.CompetencyKey)));
            }
        }

        candidates.Sort(Ranking);
        var items = new List<Recommendation>(Math.Min(limit, candidates.Count));
        foreach (var candidate in candidates.Take(limit))
        {
            var missing = candidate.Blocked.Select(b => Prerequisite(b, startable)).ToList();
            var hint = funding?.Invoke(candidate.Offer);
            items.Add(new Recommendation(candidate.Offer, candidate.Score, candidate.Closes, missing, candidate.Run, hint,
                RecommendationReasons.Explain(candidate.Offer, candidate.Closes, missing, candidate.Run, hint)));
        }
        var uncovered = open.Values.Where(g => !startable.ContainsKey(g.CompetencyKey))
            .OrderByDescending(g => g.WeightedSize).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        return new RecommendationResult(items, uncovered);
    }

    /// <summary>Score first; then the earlier run, the shorter distance (no travel counts as 0), the lower price; then id for a stable order.</summary>
    private static int Ranking(Candidate a, Candidate b)
    {
        var c = b.Score.CompareTo(a.Score);
        if (c == 0) c = a.Run.Session.Start.CompareTo(b.Run.Session.Start);
        if (c == 0) c = (a.Run.DistanceKm ?? 0).CompareTo(b.Run.DistanceKm ?? 0);
        if (c == 0) c = a.Offer.Price.CompareTo(b.Offer.Price);
        return c != 0 ? c : a.Offer.Id.CompareTo(b.Offer.Id);
    }

    private static bool TouchesAnyGap(CandidateOffer offer, Dictionary<string, Gap> open)
    {
        foreach (var taught in offer.Teaches)
            if (open.TryGetValue(taught.CompetencyKey, out var gap) && taught.ExitLevel > gap.Actual) return true;
        return false;
    }

    private static Candidate Evaluate(CandidateOffer offer, EligibleRun run, Dictionary<string, Gap> open)
    {
        var closes = new List<ClosedGap>();
        var blocked = new List<(Gap Gap, int Entry)>();
        foreach (var taught in offer.Teaches)
        {
            if (!open.TryGetValue(taught.CompetencyKey, out var gap) || taught.ExitLevel <= gap.Actual) continue;
            if (taught.EntryLevel > gap.Actual + 1)
            {
                // An offer that starts at or above the target adds nothing the person needs, even after a prerequisite.
                if (taught.EntryLevel < gap.Target) blocked.Add((gap, taught.EntryLevel));
                continue;
            }
            var to = Math.Min(taught.ExitLevel, gap.Target);
            if (closes.FindIndex(c => c.CompetencyKey == gap.CompetencyKey) is var i and >= 0)
            {
                if (closes[i].To < to) closes[i] = closes[i] with { To = to };
                continue;
            }
            closes.Add(new ClosedGap(gap.CompetencyKey, gap.Name, gap.Actual, to, gap.Weight));
        }
        blocked.RemoveAll(b => closes.Any(c => c.CompetencyKey == b.Gap.CompetencyKey));
        return new Candidate(offer, run, closes, blocked, closes.Sum(c => c.Points));
    }

    private static int ExitOf(CandidateOffer offer, string competencyKey) =>
        offer.Teaches.Where(t => t.CompetencyKey == competencyKey).Max(t => t.ExitLevel);

    private static MissingPrerequisite Prerequisite((Gap Gap, int Entry) blocked, Dictionary<string, List<(Candidate Candidate, int Exit)>> startable)
    {
        var (gap, entry) = blocked;
        var best = startable.TryGetValue(gap.CompetencyKey, out var list)
            ? list.Where(s => s.Exit >= entry).Select(s => s.Candidate).OrderBy(c => c, Comparer<Candidate>.Create(Ranking)).FirstOrDefault()
            : null;
        return new MissingPrerequisite(gap.CompetencyKey, gap.Name, gap.Actual, entry, best?.Offer.Id, best?.Offer.Title);
    }

    private sealed record Candidate(CandidateOffer Offer, EligibleRun Run, List<ClosedGap> Closes, List<(Gap Gap, int Entry)> Blocked, int Score);
}
