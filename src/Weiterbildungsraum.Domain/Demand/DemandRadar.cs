using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// The Bedarfsradar, materialised: for every competency and horizon one table of the fixed layout (all/family/role ×
/// all/town, and the districts), aggregated and protected once before anyone asks (ProtectedTable, LinkedProtection).
/// A query only reads cells, so no combination of filters can reach a figure the protection did not decide on.
/// </summary>
public sealed class DemandRadar
{
    private readonly RadarLayout layout;
    private readonly Dictionary<(string Competency, Horizon Horizon), ProtectedTable> tables;
    private readonly ILookup<string, SupplySession> supply;

    public AnonymityRule Rule { get; }

    private DemandRadar(RadarLayout layout, Dictionary<(string, Horizon), ProtectedTable> tables, ILookup<string, SupplySession> supply, AnonymityRule rule)
    {
        this.layout = layout;
        this.tables = tables;
        this.supply = supply;
        Rule = rule;
    }

    /// <param name="levels">One current level per person and competency (later duplicates are ignored).</param>
    public static DemandRadar Build(IEnumerable<PersonLevel> levels, IEnumerable<SupplySession> supply, AnonymityRule rule)
    {
        var byCompetency = levels.GroupBy(l => l.CompetencyKey, StringComparer.Ordinal).ToList();
        var layout = new RadarLayout(byCompetency.SelectMany(g => g.Select(l => (l.FamilyKey, l.RoleKey)).Distinct()));
        var tables = new Dictionary<(string, Horizon), ProtectedTable>();
        foreach (var competency in byCompetency)
        {
            Tally?[] now = TableCells.Leaves(layout), future = TableCells.Leaves(layout), onlyOne = TableCells.Leaves(layout);
            var roles = new HashSet<int>();
            var seen = new HashSet<int>();
            foreach (var level in competency)
            {
                if (!seen.Add(level.PersonId)) continue;
                int role = layout.RoleId(level.RoleKey)!.Value, town = layout.TownId(level.Town);
                roles.Add(role);
                int gapNow = level.Gap(Horizon.Now), gapFuture = level.Gap(Horizon.Future);
                if (gapNow > 0) now.Count(layout, role, town, level.OrganisationId, gapNow, level.TargetNow);
                if (gapFuture > 0) future.Count(layout, role, town, level.OrganisationId, gapFuture, level.TargetFuture);
                if (gapNow > 0 != gapFuture > 0) onlyOne.Count(layout, role, town, level.OrganisationId, 0, 0);
            }
            var usable = TableCells.Usable(layout, roles);
            ProtectedTable tableNow = new(layout, now.RollUp(layout), usable, rule), tableFuture = new(layout, future.RollUp(layout), usable, rule);
            LinkedProtection.Protect([tableNow, tableFuture], [new TableLink(tableNow, tableFuture, onlyOne.RollUp(layout), SamePattern: true)], rule);
            tables[(competency.Key, Horizon.Now)] = tableNow;
            tables[(competency.Key, Horizon.Future)] = tableFuture;
        }
        return new DemandRadar(layout, tables, supply.ToLookup(s => s.CompetencyKey, StringComparer.Ordinal), rule);
    }

    /// <summary>One cell per competency asked for; competencies without published demand read as suppressed.</summary>
    public IReadOnlyList<DemandCell> Cells(DemandQuery query, IEnumerable<string> competencyKeys)
    {
        if (!query.IsValid) throw new ArgumentException("Eine Rolle lässt sich nur zusammen mit ihrer Jobfamilie wählen, ein Kreis nur für alle Jobfamilien.", nameof(query));
        return competencyKeys.Distinct(StringComparer.Ordinal).Select(key => Cell(query, key)).ToList();
    }

    public DemandCell Cell(DemandQuery query, string competencyKey)
    {
        if (!tables.TryGetValue((competencyKey, query.Horizon), out var table) || CellOf(layout, query) is not { } cell
            || table.IsHidden(cell) || table.Tally(cell) is not { } tally)
            return DemandCell.Hidden(competencyKey);
        var needed = tally.MaxTarget;
        var sessions = supply[competencyKey].Count(s => s.Teaches(needed) && InArea(s, query));
        return new DemandCell(competencyKey, false, tally.Persons, tally.Organisations, tally.LevelSum, needed, sessions);
    }

    /// <summary>"Unterversorgte Kompetenzen": published demand without a single fitting session, largest demand first.</summary>
    public IReadOnlyList<DemandCell> UnderSupplied(DemandQuery query, IEnumerable<string> competencyKeys) =>
        Cells(query, competencyKeys).Where(c => c.IsUnderSupplied)
            .OrderByDescending(c => c.DemandLevelSum).ThenByDescending(c => c.Persons).ThenBy(c => c.CompetencyKey, StringComparer.Ordinal)
            .ToList();

    /// <summary>The layout cell a query reads; null when a family or role has nobody at all.</summary>
    public static int? CellOf(RadarLayout layout, DemandQuery query)
    {
        int population;
        if (query.RoleKey is not null) population = layout.RoleId(query.RoleKey) is { } role ? layout.RolePopulation(role) : -1;
        else if (query.FamilyKey is not null) population = layout.FamilyId(query.FamilyKey) is { } family ? layout.FamilyPopulation(family) : -1;
        else population = 0;
        if (population < 0) return null;
        if (query.District is not null)
            return layout.DistrictId(query.District) is { } district ? layout.DistrictCell(district)
                : query.District is { } town && RegionTowns.Find(town) is not null ? layout.Cell(population, 1 + layout.TownId(town)) : null;
        return layout.Cell(population, query.Town is null ? 0 : 1 + layout.TownId(query.Town));
    }

    /// <summary>Online sessions count everywhere; others in the town or district asked for, or anywhere in the region.</summary>
    private bool InArea(SupplySession session, DemandQuery query)
    {
        if (session.Town is null) return true;
        if (query.Town is not null) return string.Equals(session.Town, query.Town, StringComparison.OrdinalIgnoreCase);
        if (query.District is not null) return string.Equals(RegionTowns.Find(session.Town)?.District, query.District, StringComparison.OrdinalIgnoreCase);
        return RegionTowns.Find(session.Town) is not null;
    }
}
