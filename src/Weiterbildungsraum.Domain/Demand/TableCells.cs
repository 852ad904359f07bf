namespace Weiterbildungsraum.Domain.Demand;

/// <summary>Filling the cells of one table: a person counts in the leaf of role and town, and so in every total above it.</summary>
public static class TableCells
{
    /// <summary>One tally per role and town; people are counted there first and rolled up once (<see cref="RollUp"/>).</summary>
    public static Tally?[] Leaves(RadarLayout layout) => new Tally?[layout.Roles.Count * layout.Towns.Count];

    public static void Count(this Tally?[] leaves, RadarLayout layout, int role, int town, int organisation, int gapLevels, int target) =>
        (leaves[role * layout.Towns.Count + town] ??= new Tally()).Add(organisation, gapLevels, target);

    /// <summary>The cells of the table: each leaf added into itself and every total above it.</summary>
    public static Tally?[] RollUp(this Tally?[] leaves, RadarLayout layout)
    {
        var cells = new Tally?[layout.CellCount];
        for (var role = 0; role < layout.Roles.Count; role++)
            for (var town = 0; town < layout.Towns.Count; town++)
                if (leaves[role * layout.Towns.Count + town] is { } leaf)
                    foreach (var cell in layout.CellsContaining(role, town))
                        (cells[cell] ??= new Tally()).AddAll(leaf);
        return cells;
    }

    /// <summary>
    /// The cells that can hold anyone: those of roles present in the data, their families and the totals. Cells of
    /// other roles count as known zeros, which asks more of the protection than an outsider knows, never less.
    /// </summary>
    public static bool[] Usable(RadarLayout layout, IEnumerable<int> roles)
    {
        var usable = new bool[layout.CellCount];
        var any = false;
        foreach (var role in roles.Distinct())
        {
            any = true;
            foreach (var population in new[] { layout.RolePopulation(role), layout.FamilyPopulation(layout.FamilyOfRole(role)), 0 })
                for (var area = 0; area <= layout.Towns.Count; area++) usable[layout.Cell(population, area)] = true;
        }
        if (any)
            for (var district = 0; district < layout.Districts.Count; district++) usable[layout.DistrictCell(district)] = true;
        return usable;
    }
}
