using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>
/// Ranks offers by the value they add to a person's gaps (docs/decisions/003-recommendation-rules.md, <see cref="OfferValue"/>):
/// only offers that close a gap are listed; an offer that closes one only after a prerequisite becomes the second step of a
/// path behind an offer the person can start now; ties go to the earlier run, then the nearer, then the cheaper;
/// constraints (and the audience: in-house runs for companies only) are never broken.
/// </summary>
/// <remarks>
/// One pass values every offer without allocating (the score comes before the search for a fitting run) and keeps only the best
/// <c>limit</c> in a heap, plus per competency and exit level the best offer a person can start now (for prerequisites, paths and
/// unmet demand); reasons are built for the finalists only. This keeps 100,000 offers well inside the latency budget (bench/RESULTS.md).
/// </remarks>
public static class Recommender
{
    public static RecommendationResult Recommend(
        IReadOnlyList<Gap> gaps,
        SearchConstraints constraints,
        IEnumerable<CandidateOffer> offers,
        DateOnly today,
        int limit = 20,
        Func<CandidateOffer, FundingHint?>? funding = null,
        int nextSteps = 5)
    {
        var open = new Dictionary<string, Gap>(StringComparer.Ordinal);
        foreach (var gap in gaps)
            if (gap.Size > 0) open[gap.CompetencyKey] = gap;

        var best = new PriorityQueue<Scored, Scored>(Comparer<Scored>.Create((a, b) => Ranking(b, a)));
        // Per competency, by exit level: the best-ranked fitting offer the person can start now.
        var startable = new Dictionary<string, Scored?[]>(StringComparer.Ordinal);
        // Offers that close a gap only after a first step, with the most they could add then; their runs are looked at later.
        var waiting = new List<(CandidateOffer Offer, double Potential)>();
        foreach (var offer in offers)
        {
            if (!TouchesAnyGap(offer, open) || !constraints.Allows(offer)) continue;
            var value = OfferValue.Of(offer, open);
            var score = value.Score;
            if (score <= 0)
            {
                if (value.Blocked && nextSteps > 0) waiting.Add((offer, value.Points + value.Potential));
                continue;
            }
            if (!FirstRun(offer, constraints, today, DateOnly.MinValue, out var session, out var distance)) continue;
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
            var closes = new List<ClosedGap>(f.Offer.Teaches.Count);
            var blocked = new List<(Gap Gap, int Entry)>();
            var value = OfferValue.Of(f.Offer, open, closes: closes, blocked: blocked);
            var missing = blocked.Select(b => Prerequisite(b, startable)).ToList();
            var hint = funding?.Invoke(f.Offer);
            var run = new EligibleRun(f.Session, f.DistanceKm);
            items.Add(new Recommendation(f.Offer, f.Score, closes, missing, run, hint,
                RecommendationReasons.Explain(f.Offer, closes, missing, run, hint, value), value.Focus));
        }
        var uncovered = open.Values.Where(g => !startable.ContainsKey(g.CompetencyKey))
            .OrderByDescending(g => g.WeightedSize).ThenBy(g => g.Name, StringComparer.Ordinal).ToList();
        var next = NextSteps.After(waiting, open, startable, constraints, today, nextSteps, funding);
        return new RecommendationResult(items, uncovered, next);
    }

    /// <summary>Score first; then the earlier run, the shorter distance (no travel counts as 0), the lower price; then id for a stable order.</summary>
    internal static int Ranking(Scored a, Scored b)
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

    /// <summary>The earliest fitting run starting after <paramref name="after"/>, the nearer one on the same day.</summary>
    internal static bool FirstRun(CandidateOffer offer, SearchConstraints constraints, DateOnly today, DateOnly after, out CandidateSession session, out double? distance)
    {
        CandidateSession? first = null;
        distance = null;
        var sessions = offer.Sessions;
        for (var i = 0; i < sessions.Count; i++)
        {
            var s = sessions[i];
            if (s.Start <= after || !constraints.Allows(s, today, out var d)) continue;
            if (first is null || s.Start < first.Start || (s.Start == first.Start && (d ?? 0) < (distance ?? 0)))
                (first, distance) = (s, d);
        }
        session = first!;
        return first is not null;
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

    /// <summary>
    /// The offers the person can start now that bring a competency to what an offer starting at <paramref name="entry"/> builds on
    /// (entry − 1, the same tolerance as for today's level), best-ranked first.
    /// </summary>
    internal static IEnumerable<Scored> Prerequisites(string competencyKey, int entry, Dictionary<string, Scored?[]> startable)
    {
        if (!startable.TryGetValue(competencyKey, out var byExit)) return [];
        var found = new List<Scored>();
        for (var exit = Math.Max(entry - 1, 0); exit < byExit.Length; exit++)
            if (byExit[exit] is { } s && !found.Exists(f => f.Offer.Id == s.Offer.Id)) found.Add(s);
        found.Sort(Ranking);
        return found;
    }

    private static MissingPrerequisite Prerequisite((Gap Gap, int Entry) blocked, Dictionary<string, Scored?[]> startable)
    {
        var (gap, entry) = blocked;
        var best = Prerequisites(gap.CompetencyKey, entry, startable).Cast<Scored?>().FirstOrDefault();
        return new MissingPrerequisite(gap.CompetencyKey, gap.Name, gap.Actual, entry, best?.Offer.Id, best?.Offer.Title);
    }

    /// <summary>A struct, so scoring the offers of a whole team allocates nothing per offer; the run becomes an <see cref="EligibleRun"/> for finalists only.</summary>
    internal readonly record struct Scored(CandidateOffer Offer, CandidateSession Session, double? DistanceKm, double Score);
}
