using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>
/// Ranks offers by the value they add to a person's gaps (docs/decisions/003-recommendation-rules.md):
/// value = Σ weight × levels closed, capped at the target; an offer starting above level + 1 is kept and
/// marked "Voraussetzung fehlt" with a prerequisite offer; ties go to the earlier run, then the nearer, then the cheaper;
/// constraints are never broken.
/// </summary>
/// <remarks>
/// One pass scores every offer without allocating (the score comes before the search for a fitting run) and keeps only the best <c>limit</c> in a heap, plus per competency and
/// exit level the best offer a person can start now (for prerequisites and unmet demand); reasons are built for the
/// finalists only. This keeps 100,000 offers well inside the latency budget (bench/RESULTS.md).
/// </remarks>
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

        var best = new PriorityQueue<Scored, Scored>(Comparer<Scored>.Create((a, b) => Ranking(b, a)));
        // Per competency, by exit level: the best-ranked fitting offer the person can start now.
        var startable = new Dictionary<string, Scored?[]>(StringComparer.Ordinal);
        foreach (var offer in offers)
        {
            if (!TouchesAnyGap(offer, open) || !constraints.Allows(offer)) continue;
            var (score, blocked) = Score(offer, open);
            if (score == 0 && !blocked) continue;
            if (!FirstRun(offer, constraints, today, out var session, out var distance)) continue;
            var scored = new Scored(offer, session, distance, score);
            Remember(scored, open, startable);
            if (best.Count < limit) best.Enqueue(scored, scored);
            else if (limit > 0 && Ranking(scored, best.Peek()) < 0) best.DequeueEnqueue(scored, scored);
        }

        var finalists = new List<Scored>(best.Count);
        while (best.Count > 0) finalists.Add(best.Dequeue());
        finalists.Reverse();
        var items = new List<Recommendation>(finalists.Count);
        foreach (var f in finalists)
        {
            var (closes, blocked) = Evaluate(f.Offer, open);
            var missing = blocked.Select(b => Prerequisite(b, startable)).ToList();
            var hint = funding?.Invoke(f.Offer);
            var run = new EligibleRun(f.Session, f.DistanceKm);
            items.Add(new Recommendation(f.Offer, f.Score, closes, missing, run, hint,
                RecommendationReasons.Explain(f.Offer, closes, missing, run, hint)));
        }
        var uncovered = open.Values.Where(g => !startable.ContainsKey(g.CompetencyKey))
            .OrderByDescending(g => g.WeightedSize).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        return new RecommendationResult(items, uncovered);
    }

    /// <summary>Score first; then the earlier run, the shorter distance (no travel counts as 0), the lower price; then id for a stable order.</summary>
    private static int Ranking(Scored a, Scored b)
    {
        var c = b.Score.CompareTo(a.Score);
        if (c == 0) c = a.Session.Start.CompareTo(b.Session.Start);
        if (c == 0) c = (a.DistanceKm ?? 0).CompareTo(b.DistanceKm ?? 0);
        if (c == 0) c = a.Offer.Price.CompareTo(b.Offer.Price);
        return c != 0 ? c : a.Offer.Id.CompareTo(b.Offer.Id);
    }

    private static bool TouchesAnyGap(CandidateOffer offer, Dictionary<string, Gap> open)
    {
        foreach (var taught in offer.Teaches)
            if (open.TryGetValue(taught.CompetencyKey, out var gap) && taught.ExitLevel > gap.Actual) return true;
        return false;
    }

    /// <summary>The earliest fitting run, the nearer one on the same day.</summary>
    private static bool FirstRun(CandidateOffer offer, SearchConstraints constraints, DateOnly today, out CandidateSession session, out double? distance)
    {
        CandidateSession? first = null;
        distance = null;
        var sessions = offer.Sessions;
        for (var i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            if (!constraints.Allows(s, today, out var d)) continue;
            if (first is null || s.Start < first.Start || (s.Start == first.Start && (d ?? 0) < (distance ?? 0)))
                (first, distance) = (s, d);
        }
        session = first!;
        return first is not null;
    }

    /// <summary>Σ weight × (min(exit, target) − Ist) over startable competencies; whether any gap waits for a prerequisite.</summary>
    private static (int Score, bool Blocked) Score(CandidateOffer offer, Dictionary<string, Gap> open)
    {
        int score = 0;
        var blocked = false;
        var teaches = offer.Teaches;
        for (var i = 0; i < teaches.Count; i++)
        {
            var taught = teaches[i];
            if (!open.TryGetValue(taught.CompetencyKey, out var gap) || taught.ExitLevel <= gap.Actual) continue;
            if (taught.EntryLevel > gap.Actual + 1)
            {
                blocked |= taught.EntryLevel < gap.Target;
                continue;
            }
            var to = Math.Min(taught.ExitLevel, gap.Target);
            // The same competency twice in one offer counts once, with the higher exit.
            var earlier = 0;
            for (var j = 0; j < i; j++)
                if (teaches[j].CompetencyKey == taught.CompetencyKey && teaches[j].EntryLevel <= gap.Actual + 1)
                    earlier = Math.Max(earlier, Math.Min(teaches[j].ExitLevel, gap.Target) - gap.Actual);
            score += gap.Weight * Math.Max(0, to - gap.Actual - earlier);
        }
        return (score, blocked);
    }

    private static (List<ClosedGap> Closes, List<(Gap Gap, int Entry)> Blocked) Evaluate(CandidateOffer offer, Dictionary<string, Gap> open)
    {
        var closes = new List<ClosedGap>(offer.Teaches.Count);
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
            var i = closes.FindIndex(c => c.CompetencyKey == gap.CompetencyKey);
            if (i >= 0)
            {
                if (closes[i].To < to) closes[i] = closes[i] with { To = to };
                continue;
            }
            closes.Add(new ClosedGap(gap.CompetencyKey, gap.Name, gap.Actual, to, gap.Weight));
        }
        if (blocked.Count > 0) blocked.RemoveAll(b => closes.Exists(c => c.CompetencyKey == b.Gap.CompetencyKey));
        return (closes, blocked);
    }

    private static void Remember(Scored scored, Dictionary<string, Gap> open, Dictionary<string, Scored?[]> startable)
    {
        foreach (var taught in scored.Offer.Teaches)
        {
            if (!open.TryGetValue(taught.CompetencyKey, out var gap) || taught.ExitLevel <= gap.Actual || taught.EntryLevel > gap.Actual + 1) continue;
            if (!startable.TryGetValue(taught.CompetencyKey, out var byExit)) startable[taught.CompetencyKey] = byExit = new Scored?[5];
            var exit = Math.Clamp(taught.ExitLevel, 0, 4);
            if (byExit[exit] is not { } current || Ranking(scored, current) < 0) byExit[exit] = scored;
        }
    }

    private static MissingPrerequisite Prerequisite((Gap Gap, int Entry) blocked, Dictionary<string, Scored?[]> startable)
    {
        var (gap, entry) = blocked;
        Scored? best = null;
        if (startable.TryGetValue(gap.CompetencyKey, out var byExit))
            for (var exit = Math.Max(entry, 0); exit < byExit.Length; exit++)
                if (byExit[exit] is { } s && (best is not { } b || Ranking(s, b) < 0)) best = s;
        return new MissingPrerequisite(gap.CompetencyKey, gap.Name, gap.Actual, entry, best?.Offer.Id, best?.Offer.Title);
    }

    /// <summary>A struct, so scoring the offers of a whole team allocates nothing per offer; the run becomes an <see cref="EligibleRun"/> for finalists only.</summary>
    private readonly record struct Scored(CandidateOffer Offer, CandidateSession Session, double? DistanceKm, int Score);
}
