using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Demand;

public readonly record struct TrendKey(Horizon Horizon, string? Quarter, string? Family, string? Role, string? Town) : IComparable<TrendKey>
{
    public int CompareTo(TrendKey other)
    {
        var c = Horizon.CompareTo(other.Horizon);
        if (c == 0) c = string.CompareOrdinal(Quarter, other.Quarter);
        if (c == 0) c = string.CompareOrdinal(Family, other.Family);
        if (c == 0) c = string.CompareOrdinal(Role, other.Role);
        if (c == 0) c = string.CompareOrdinal(Town, other.Town);
        return c;
    }
}

/// <summary>One quarter of the trend: people with any gap whose latest assessment falls in the quarter.</summary>
public sealed record TrendPoint(string Quarter, bool Suppressed, int? Persons, int? Organisations, long? DemandLevelSum);

/// <summary>
/// Demand by quarter. Each person counts once, in the quarter of the person's latest assessment, so the
/// quarters partition the people of a slice and the same lattice protection applies (quarter is one more dimension).
/// </summary>
public sealed class DemandTrend
{
    private readonly Dictionary<TrendKey, Tally> cells;
    private readonly HashSet<TrendKey> hidden;
    private readonly string[] quarters;

    private DemandTrend(Dictionary<TrendKey, Tally> cells, HashSet<TrendKey> hidden, string[] quarters)
    {
        this.cells = cells;
        this.hidden = hidden;
        this.quarters = quarters;
    }

    public static string QuarterOf(DateTime date) => $"{date.Year}-Q{(date.Month - 1) / 3 + 1}";

    public static DemandTrend Build(IEnumerable<PersonLevel> levels, AnonymityRule rule)
    {
        var people = new Dictionary<int, (PersonLevel First, DateTime Latest, long GapNow, long GapFuture)>();
        foreach (var level in levels)
            people[level.PersonId] = people.TryGetValue(level.PersonId, out var p)
                ? (p.First, level.AssessedAt > p.Latest ? level.AssessedAt : p.Latest, p.GapNow + level.Gap(Horizon.Now), p.GapFuture + level.Gap(Horizon.Future))
                : (level, level.AssessedAt, level.Gap(Horizon.Now), level.Gap(Horizon.Future));

        var leaves = new LeafRollup<TrendKey>();
        var differences = new LeafRollup<TrendKey>();
        foreach (var (first, latest, gapNow, gapFuture) in people.Values)
        {
            var leaf = new TrendKey(Horizon.Now, QuarterOf(latest), first.FamilyKey, first.RoleKey, first.Town);
            if (gapNow > 0) leaves[leaf].Add(first.OrganisationId, (int)gapNow, 0);
            if (gapFuture > 0) leaves[leaf with { Horizon = Horizon.Future }].Add(first.OrganisationId, (int)gapFuture, 0);
            if (gapNow > 0 != gapFuture > 0) differences[leaf].Add(first.OrganisationId, 0, 0);
        }
        var cells = leaves.RollUp(Slices);
        var difference = differences.RollUp(Slices);
        var lattice = new SuppressionLattice<TrendKey>(cells, Parents, difference.Select(d => (d.Key, d.Key with { Horizon = Horizon.Future }, d.Value)));
        var quarters = cells.Keys.Where(k => k.Quarter is not null).Select(k => k.Quarter!).Distinct().Order(StringComparer.Ordinal).ToArray();
        return new DemandTrend(cells, lattice.Suppress(rule), quarters);
    }

    private static IEnumerable<TrendKey> Slices(TrendKey leaf) =>
        RadarKey.Slices(leaf.Family!, leaf.Role!, leaf.Town!)
            .SelectMany(s => new[] { leaf.Quarter, null }.Select(q => new TrendKey(leaf.Horizon, q, s.Family, s.Role, s.Town)));

    private static IEnumerable<(int, TrendKey)> Parents(TrendKey k)
    {
        foreach (var (dimension, parent) in RadarKey.Parents(k.Family, k.Role, k.Town))
            yield return (dimension, k with { Family = parent.Family, Role = parent.Role, Town = parent.Town });
        if (k.Quarter is not null) yield return (2, k with { Quarter = null });
    }

    /// <summary>Every quarter with data anywhere in the region, oldest first, for the slice asked for.</summary>
    public IReadOnlyList<TrendPoint> For(DemandQuery query) =>
        quarters.Select(q =>
        {
            var key = new TrendKey(query.Horizon, q, query.FamilyKey, query.RoleKey, query.Town);
            return cells.TryGetValue(key, out var t) && !hidden.Contains(key)
                ? new TrendPoint(q, false, t.Persons, t.Organisations, t.LevelSum)
                : new TrendPoint(q, true, null, null, null);
        }).ToList();
}
