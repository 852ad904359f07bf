using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Demand;

/// <summary>One quarter of the trend: people with any gap at the end of the quarter, as assessed by then.</summary>
public sealed record TrendPoint(string Quarter, bool Suppressed, int? Persons, int? Organisations, long? DemandLevelSum);

/// <summary>
/// Demand by quarter: at the end of each quarter, how many people of a slice had a gap anywhere in their profile
/// and how many gap levels. Each quarter is a table of the radar's layout, protected like the radar; two quarters
/// count largely the same people, so each pair is linked: where both publish a cell, the people counted in only one
/// of them must be none or meet the rule, else the later quarter's cell is hidden.
/// </summary>
public sealed class DemandTrend
{
    private readonly RadarLayout layout;
    private readonly Dictionary<(string Quarter, Horizon Horizon), ProtectedTable> tables;

    public IReadOnlyList<string> Quarters { get; }

    private DemandTrend(RadarLayout layout, Dictionary<(string, Horizon), ProtectedTable> tables, IReadOnlyList<string> quarters)
    {
        this.layout = layout;
        this.tables = tables;
        Quarters = quarters;
    }

    public static string QuarterOf(DateTime date) => $"{date.Year}-Q{(date.Month - 1) / 3 + 1}";

    /// <summary>The last day of a quarter such as "2026-Q2", as the moment the snapshot is taken.</summary>
    public static DateTime EndOf(string quarter)
    {
        var year = int.Parse(quarter[..4], System.Globalization.CultureInfo.InvariantCulture);
        var number = quarter[^1] - '0';
        return new DateTime(year, number * 3, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1).AddTicks(-1);
    }

    /// <param name="quarters">The quarters to show, oldest first; gaps of other quarters are ignored.</param>
    public static DemandTrend Build(IEnumerable<QuarterGap> gaps, IReadOnlyList<string> quarters, AnonymityRule rule)
    {
        var rows = gaps.Where(g => quarters.Contains(g.Quarter)).ToList();
        var layout = new RadarLayout(rows.Select(g => (g.FamilyKey, g.RoleKey)));
        var people = new Dictionary<int, Person>();
        foreach (var row in rows)
        {
            if (!people.TryGetValue(row.PersonId, out var person))
                people[row.PersonId] = person = new Person(layout.RoleId(row.RoleKey)!.Value, layout.TownId(row.Town), row.OrganisationId, new int[quarters.Count], new int[quarters.Count]);
            var q = IndexOf(quarters, row.Quarter);
            person.Now[q] = row.GapNow;
            person.Future[q] = row.GapFuture;
        }
        var usable = TableCells.Usable(layout, people.Values.Select(p => p.Role));

        var tables = new Dictionary<(string, Horizon), ProtectedTable>();
        var links = new List<TableLink>();
        foreach (var horizon in new[] { Horizon.Now, Horizon.Future })
            for (var q = 0; q < quarters.Count; q++)
            {
                var leaves = TableCells.Leaves(layout);
                foreach (var p in people.Values)
                    if (p.Gap(horizon, q) > 0) leaves.Count(layout, p.Role, p.Town, p.Organisation, p.Gap(horizon, q), 0);
                tables[(quarters[q], horizon)] = new ProtectedTable(layout, leaves.RollUp(layout), usable, rule);
            }
        for (var q = 0; q < quarters.Count; q++)
        {
            links.Add(new TableLink(tables[(quarters[q], Horizon.Now)], tables[(quarters[q], Horizon.Future)],
                Differing(layout, people.Values, p => p.Gap(Horizon.Now, q) > 0, p => p.Gap(Horizon.Future, q) > 0), SamePattern: true));
            foreach (var horizon in new[] { Horizon.Now, Horizon.Future })
                for (var earlier = 0; earlier < q; earlier++)
                {
                    var e = earlier;
                    links.Add(new TableLink(tables[(quarters[e], horizon)], tables[(quarters[q], horizon)],
                        Differing(layout, people.Values, p => p.Gap(horizon, e) > 0, p => p.Gap(horizon, q) > 0), SamePattern: false));
                }
        }
        LinkedProtection.Protect(tables.Values, links, rule);
        return new DemandTrend(layout, tables, quarters);
    }

    /// <summary>A person's place in the layout and summed gap per quarter.</summary>
    private sealed record Person(int Role, int Town, int Organisation, int[] Now, int[] Future)
    {
        public int Gap(Horizon horizon, int quarter) => horizon == Horizon.Now ? Now[quarter] : Future[quarter];
    }

    private static int IndexOf(IReadOnlyList<string> quarters, string quarter)
    {
        for (var i = 0; i < quarters.Count; i++)
            if (quarters[i] == quarter) return i;
        return -1;
    }

    /// <summary>Per cell, the people counted in exactly one of two tables.</summary>
    private static Tally?[] Differing(RadarLayout layout, IEnumerable<Person> people, Func<Person, bool> inFirst, Func<Person, bool> inSecond)
    {
        var leaves = TableCells.Leaves(layout);
        foreach (var p in people)
            if (inFirst(p) != inSecond(p)) leaves.Count(layout, p.Role, p.Town, p.Organisation, 0, 0);
        return leaves.RollUp(layout);
    }

    /// <summary>Every quarter, oldest first, for the slice asked for.</summary>
    public IReadOnlyList<TrendPoint> For(DemandQuery query) =>
        Quarters.Select(q =>
        {
            var table = tables[(q, query.Horizon)];
            return DemandRadar.CellOf(layout, query) is { } cell && !table.IsHidden(cell) && table.Tally(cell) is { } t
                ? new TrendPoint(q, false, t.Persons, t.Organisations, t.LevelSum)
                : new TrendPoint(q, true, null, null, null);
        }).ToList();
}
