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
        var strings = new Interner();
        var roleFamily = new Dictionary<int, int>();
        var leaves = new LeafRollup<(int Competency, Horizon Horizon, int Role, int Town)>();
        var differences = new LeafRollup<(int Competency, Horizon Horizon, int Role, int Town)>();
        var seen = new HashSet<(int, int)>();
        var list = new List<PersonLevel>();
        foreach (var level in levels)
        {
            var competency = strings.Id(level.CompetencyKey);
            if (!seen.Add((level.PersonId, competency))) continue;
            list.Add(level);
            int role = strings.Id(level.RoleKey), town = strings.Id(level.Town);
            roleFamily[role] = strings.Id(level.FamilyKey);
            int gapNow = level.Gap(Horizon.Now), gapFuture = level.Gap(Horizon.Future);
            if (gapNow > 0) leaves[(competency, Horizon.Now, role, town)].Add(level.OrganisationId, gapNow, level.TargetNow);
            if (gapFuture > 0) leaves[(competency, Horizon.Future, role, town)].Add(level.OrganisationId, gapFuture, level.TargetFuture);
            if (gapNow > 0 != gapFuture > 0) differences[(competency, Horizon.Now, role, town)].Add(level.OrganisationId, 0, 0);
        }

        IEnumerable<RadarKey> Slices((int Competency, Horizon Horizon, int Role, int Town) leaf) =>
            RadarKey.Slices(strings[roleFamily[leaf.Role]], strings[leaf.Role], strings[leaf.Town])
                .Select(s => new RadarKey(strings[leaf.Competency], leaf.Horizon, s.Family, s.Role, s.Town));
        var cells = leaves.RollUp(Slices);
        var horizonDifference = differences.RollUp(Slices);

        var lattice = new SuppressionLattice<RadarKey>(
            cells,
            k => RadarKey.Parents(k.Family, k.Role, k.Town).Select(p => (p.Item1, k with { Family = p.Item2.Family, Role = p.Item2.Role, Town = p.Item2.Town })),
            horizonDifference.Select(d => (d.Key, d.Key with { Horizon = Horizon.Future }, d.Value)));
        var hidden = lattice.Suppress(rule);
        return new DemandRadar(cells, hidden, supply.ToLookup(s => s.CompetencyKey, StringComparer.Ordinal), rule, DemandTrend.Build(list, rule));
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
