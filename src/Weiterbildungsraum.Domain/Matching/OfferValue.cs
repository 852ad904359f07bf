using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>
/// What an offer is worth to one person (docs/decisions/003-recommendation-rules.md).
/// Points: per competency with a gap, weight × levels closed (from her level to min(exit, target)) × the link's confidence —
/// the best link when the offer lists a competency twice. Focus: the share of the offer's taught levels (exit − entry per link,
/// at least 1) in links that close one of her gaps, standing in for the share of its hours spent on what she needs.
/// Score = points × (½ + ½ × focus), to one decimal: a course mostly about other things keeps half its points, a focused one all.
/// </summary>
public readonly record struct OfferValue(double Points, double Focus, bool Blocked, double Potential)
{
    public double Score => Round(Points * Weighting(Focus));

    public static double Weighting(double focus) => 0.5 + 0.5 * focus;

    public static double Round(double score) => Math.Round(score, 1, MidpointRounding.AwayFromZero);

    /// <param name="reached">Levels after a first step, where they differ from the gaps' Ist.</param>
    /// <param name="closes">When given, receives the gaps closed, one per competency, in the offer's order.</param>
    /// <param name="blocked">
    /// When given (with <paramref name="closes"/>), receives the gaps the offer starts too high for (entry above level + 1 and
    /// below the target) and closes through no other link, with the lowest such entry level.
    /// </param>
    /// <remarks>
    /// Allocates nothing without the lists, so every offer of a region can be valued. Potential bounds the points the offer can
    /// reach after any first step: a first step lifts a blocked competency to at least entry − 1.
    /// </remarks>
    public static OfferValue Of(CandidateOffer offer, Dictionary<string, Gap> open, IReadOnlyDictionary<string, int>? reached = null,
        List<ClosedGap>? closes = null, List<(Gap Gap, int Entry)>? blocked = null)
    {
        double points = 0, potential = 0;
        int span = 0, useful = 0;
        var isBlocked = false;
        var teaches = offer.Teaches;
        for (var i = 0; i < teaches.Count; i++)
        {
            var taught = teaches[i];
            var levels = Math.Max(1, taught.ExitLevel - taught.EntryLevel);
            span += levels;
            if (!open.TryGetValue(taught.CompetencyKey, out var gap)) continue;
            var level = reached is not null && reached.TryGetValue(gap.CompetencyKey, out var after) ? after : gap.Actual;
            var gain = Gain(taught, gap, level);
            if (gain > 0)
            {
                useful += levels;
                if (!IsBest(teaches, i, gap, level)) continue;
                points += gap.Weight * gain * taught.Confidence;
                closes?.Add(new ClosedGap(gap.CompetencyKey, gap.Name, level, level + gain, gap.Weight, taught.Confidence));
            }
            else if (taught.EntryLevel > level + 1 && taught.EntryLevel < gap.Target)
            {
                isBlocked = true;
                potential += gap.Weight * (Math.Min(taught.ExitLevel, gap.Target) - (taught.EntryLevel - 1)) * taught.Confidence;
                if (blocked is not null) AddBlocked(blocked, gap, taught.EntryLevel);
            }
        }
        if (blocked is { Count: > 0 } && closes is not null) DropClosed(blocked, closes);
        return new OfferValue(points, span == 0 ? 0 : (double)useful / span, isBlocked, potential);
    }

    // The list helpers are methods of their own: a lambda over Of's locals or parameters would allocate on every call, even unused.
    private static void AddBlocked(List<(Gap Gap, int Entry)> blocked, Gap gap, int entry)
    {
        var known = blocked.FindIndex(b => b.Gap.CompetencyKey == gap.CompetencyKey);
        if (known < 0) blocked.Add((gap, entry));
        else if (blocked[known].Entry > entry) blocked[known] = (gap, entry);
    }

    private static void DropClosed(List<(Gap Gap, int Entry)> blocked, List<ClosedGap> closes) =>
        blocked.RemoveAll(b => closes.Exists(c => c.CompetencyKey == b.Gap.CompetencyKey));

    /// <summary>Levels a link closes from <paramref name="level"/>: none when it starts above level + 1 (the one level of tolerance).</summary>
    private static int Gain(TaughtCompetency taught, Gap gap, int level) =>
        taught.EntryLevel > level + 1 ? 0 : Math.Max(0, Math.Min(taught.ExitLevel, gap.Target) - level);

    /// <summary>Whether link <paramref name="i"/> is the one that counts for its competency: most points, the first on a tie.</summary>
    private static bool IsBest(IReadOnlyList<TaughtCompetency> teaches, int i, Gap gap, int level)
    {
        var own = Gain(teaches[i], gap, level) * teaches[i].Confidence;
        for (var j = 0; j < teaches.Count; j++)
        {
            if (j == i || !string.Equals(teaches[j].CompetencyKey, gap.CompetencyKey, StringComparison.Ordinal)) continue;
            var other = Gain(teaches[j], gap, level) * teaches[j].Confidence;
            if (j < i ? other >= own : other > own) return false;
        }
        return true;
    }
}
