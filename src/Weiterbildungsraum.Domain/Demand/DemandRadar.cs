using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// The Bedarfsradar, materialised: every cell of the fixed lattice (competency × horizon × all/family/role ×
/// all/town) is aggregated and its suppression decided once, before anyone asks. A query only reads cells,
/// so no combination of filters can reach a figure the lattice did not protect.
/// </summary>
public sealed class DemandRadar
{
    private readonly Dictionary<RadarKey, Tally> cells;
    private readonly HashSet<RadarKey> hidden;
    private readonly ILookup<string, SupplySession> supply;

    public AnonymityRule Rule { get; }
    public DemandTrend Trend { get; }

    private DemandRadar(Dictionary<RadarKey, Tally> cells, HashSet<RadarKey> hidden, ILookup<string, SupplySession> supply, AnonymityRule rule, DemandTrend trend)
    {
        this.cells = cells;
        this.hidden = hidden;
        this.supply = supply;
        Rule = rule;
        Trend = trend;
    }

    /// <param name="levels">One current level per person and competency (later duplicates are ignored).</param>
    public static DemandRadar Build(IEnumerable<PersonLevel> levels, IEnumerable<SupplySession> supply, AnonymityRule rule)
    {
        var cells = new Dictionary<RadarKey, Tally>();
        var horizonDifference = new Dictionary<RadarKey, Tally>();
        var seen = new HashSet<(int, string)>();
        var list = new List<PersonLevel>();
        foreach (var level in levels)
        {
            if (!seen.Add((level.PersonId, level.CompetencyKey))) continue;
            list.Add(level);
            int gapNow = level.Gap(Horizon.Now), gapFuture = level.Gap(Horizon.Future);
            foreach (var (family, role, town) in RadarKey.Slices(level.FamilyKey, level.RoleKey, level.Town))
            {
                if (gapNow > 0) Tally(cells, new RadarKey(level.CompetencyKey, Horizon.Now, family, role, town)).Add(level.OrganisationId, gapNow, level.TargetNow);
                if (gapFuture > 0) Tally(cells, new RadarKey(level.CompetencyKey, Horizon.Future, family, role, town)).Add(level.OrganisationId, gapFuture, level.TargetFuture);
                if (gapNow > 0 != gapFuture > 0) Tally(horizonDifference, new RadarKey(level.CompetencyKey, Horizon.Now, family, role, town)).Add(level.OrganisationId, 0, 0);
            }
        }

        var lattice = new SuppressionLattice<RadarKey>(
            cells,
            k => RadarKey.Parents(k.Family, k.Role, k.Town).Select(p => (p.Item1, k with { Family = p.Item2.Family, Role = p.Item2.Role, Town = p.Item2.Town })),
            horizonDifference.Select(d => (d.Key, d.Key with { Horizon = Horizon.Future }, d.Value)));
        var hidden = lattice.Suppress(rule);
        return new DemandRadar(cells, hidden, supply.ToLookup(s => s.CompetencyKey, StringComparer.Ordinal), rule, DemandTrend.Build(list, rule));
    }

    private static Tally Tally(Dictionary<RadarKey, Tally> cells, RadarKey key)
    {
        if (!cells.TryGetValue(key, out var tally)) cells[key] = tally = new Tally();
        return tally;
    }

    /// <summary>One cell per competency asked for; competencies without published demand read as suppressed.</summary>
    public IReadOnlyList<DemandCell> Cells(DemandQuery query, IEnumerable<string> competencyKeys)
    {
        if (!query.IsValid) throw new ArgumentException("Eine Rolle lässt sich nur zusammen mit ihrer Jobfamilie wählen.", nameof(query));
        return competencyKeys.Distinct(StringComparer.Ordinal).Select(key => Cell(query, key)).ToList();
    }

    public DemandCell Cell(DemandQuery query, string competencyKey)
    {
        var key = new RadarKey(competencyKey, query.Horizon, query.FamilyKey, query.RoleKey, query.Town);
        if (!cells.TryGetValue(key, out var tally) || hidden.Contains(key)) return DemandCell.Hidden(competencyKey);
        var sessions = supply[competencyKey].Count(s => s.ExitLevel >= tally.MaxTarget && (query.Town is null || s.Town is null || s.Town == query.Town));
        return new DemandCell(competencyKey, false, tally.Persons, tally.Organisations, tally.LevelSum, tally.MaxTarget, sessions);
    }

    /// <summary>"Unterversorgte Kompetenzen": published demand without a single fitting session, largest demand first.</summary>
    public IReadOnlyList<DemandCell> UnderSupplied(DemandQuery query, IEnumerable<string> competencyKeys) =>
        Cells(query, competencyKeys).Where(c => c.IsUnderSupplied)
            .OrderByDescending(c => c.DemandLevelSum).ThenByDescending(c => c.Persons).ThenBy(c => c.CompetencyKey, StringComparer.Ordinal)
            .ToList();
}
