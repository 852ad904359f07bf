using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>
/// Offers that close a gap only after a prerequisite, as second steps of a path. The first step is an offer the person can start
/// now that lifts the competency to what the second builds on; of those, the one giving the best path (both scores together,
/// then the better-ranked first step); the second step's run starts after the first step's run has ended.
/// </summary>
internal static class NextSteps
{
    private sealed record Candidate(Recommender.Scored First, Recommender.Scored Second, List<ClosedGap> Closes, OfferValue Value, double Path);

    public static IReadOnlyList<NextStep> After(List<(CandidateOffer Offer, double Potential)> waiting, Dictionary<string, Gap> open,
        Dictionary<string, Recommender.Scored?[]> startable, SearchConstraints constraints, DateOnly today, int count,
        Func<CandidateOffer, FundingHint?>? funding)
    {
        if (count <= 0 || waiting.Count == 0 || startable.Count == 0) return [];
        // Highest potential first; a step scores at most its potential, so once the next potential is below the last kept
        // step, nothing left can enter the list.
        var queue = new PriorityQueue<CandidateOffer, double>(waiting.Where(w => HasFirstStep(w.Offer, open, startable)).Select(w => (w.Offer, -w.Potential)));
        var found = new List<Candidate>(count + 1);
        while (queue.TryDequeue(out var offer, out var negativePotential))
        {
            if (found.Count >= count && -negativePotential < found[^1].Second.Score) break;
            if (Best(offer, open, startable, constraints, today) is not { } candidate) continue;
            var at = found.FindIndex(f => Recommender.Ranking(candidate.Second, f.Second) < 0);
            found.Insert(at < 0 ? found.Count : at, candidate);
            if (found.Count > count) found.RemoveAt(count);
        }
        return found.Select(c =>
        {
            var run = new EligibleRun(c.Second.Session, c.Second.DistanceKm);
            var hint = funding?.Invoke(c.Second.Offer);
            var reasons = new List<string> { RecommendationReasons.AfterFirstStep(c.First.Offer, c.First.Session) };
            reasons.AddRange(RecommendationReasons.Explain(c.Second.Offer, c.Closes, [], run, hint, c.Value));
            return new NextStep(c.Second.Offer, c.Second.Score, c.Closes, run, c.First.Offer, c.First.Session, hint, reasons, c.Value.Focus);
        }).ToList();
    }

    /// <summary>Whether an offer the person can start now lifts a competency this one starts too high on: a cheap test before the full one.</summary>
    private static bool HasFirstStep(CandidateOffer offer, Dictionary<string, Gap> open, Dictionary<string, Recommender.Scored?[]> startable)
    {
        foreach (var taught in offer.Teaches)
        {
            if (!open.TryGetValue(taught.CompetencyKey, out var gap) || taught.EntryLevel <= gap.Actual + 1 || taught.EntryLevel >= gap.Target) continue;
            if (!startable.TryGetValue(taught.CompetencyKey, out var byExit)) continue;
            for (var exit = Math.Max(taught.EntryLevel - 1, 0); exit < byExit.Length; exit++)
                if (byExit[exit] is not null) return true;
        }
        return false;
    }

    private static Candidate? Best(CandidateOffer offer, Dictionary<string, Gap> open, Dictionary<string, Recommender.Scored?[]> startable,
        SearchConstraints constraints, DateOnly today)
    {
        var blocked = new List<(Gap Gap, int Entry)>();
        OfferValue.Of(offer, open, closes: [], blocked: blocked);
        Candidate? best = null;
        foreach (var (gap, entry) in blocked)
            foreach (var first in Recommender.Prerequisites(gap.CompetencyKey, entry, startable))
            {
                var firstCloses = new List<ClosedGap>();
                OfferValue.Of(first.Offer, open, closes: firstCloses);
                var reached = firstCloses.ToDictionary(c => c.CompetencyKey, c => c.To, StringComparer.Ordinal);
                var closes = new List<ClosedGap>();
                var value = OfferValue.Of(offer, open, reached, closes);
                if (value.Score <= 0) continue;
                if (!Recommender.FirstRun(offer, constraints, today, first.Session.End, out var session, out var distance)) continue;
                var path = first.Score + value.Score;
                if (best is null || path > best.Path || (path == best.Path && Recommender.Ranking(first, best.First) < 0))
                    best = new Candidate(first, new Recommender.Scored(offer, session, distance, value.Score), closes, value, path);
            }
        return best;
    }
}
