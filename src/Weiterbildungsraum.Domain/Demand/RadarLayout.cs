namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// The cells one radar table can publish and how they add up. Population: all → job family → role; area:
/// all → town, and all → district for the districts of several towns (Kreis Unna), for the whole population
/// only. Every cell is an arc of a flow network in which the sums are flow conservation:
/// S → (all) → (family) → (role) → (role, town) → (family, town) → (all, town) → [(all, district)] → S.
/// The network is what lets <see cref="ProtectedTable"/> decide exactly whether published figures pin a
/// hidden one (docs/decisions/004-anonymity.md); a family or role by district would not fit it and is not offered.
/// </summary>
public sealed class RadarLayout
{
    /// <summary>The area of people whose employer is outside the region or unknown: part of the totals, never published alone.</summary>
    public const string Elsewhere = "";

    private readonly Dictionary<string, int> familyIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> roleIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> townIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> districtIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly int[] roleFamily;
    private readonly int[] townDistrict;
    private readonly (int Tail, int Head)[] ends;
    private readonly int[][] containing;

    public IReadOnlyList<string> Families { get; }
    public IReadOnlyList<string> Roles { get; }
    public IReadOnlyList<string> Towns { get; }
    public IReadOnlyList<string> Districts { get; }

    /// <summary>Population nodes: 0 = all, then families, then roles.</summary>
    public int PopulationCount => 1 + Families.Count + Roles.Count;
    public int CellCount { get; }
    public int NodeCount { get; }

    /// <param name="roles">Every role with its family.</param>
    public RadarLayout(IEnumerable<(string Family, string Role)> roles)
    {
        var families = new List<string>();
        var roleList = new List<string>();
        var roleFamilies = new List<int>();
        foreach (var (family, role) in roles.Distinct().OrderBy(r => r.Family, StringComparer.Ordinal).ThenBy(r => r.Role, StringComparer.Ordinal))
        {
            if (roleIndex.ContainsKey(role)) continue;
            if (!familyIndex.TryGetValue(family, out var f))
            {
                familyIndex[family] = f = families.Count;
                families.Add(family);
            }
            roleIndex[role] = roleList.Count;
            roleList.Add(role);
            roleFamilies.Add(f);
        }
        Families = families;
        Roles = roleList;
        roleFamily = [.. roleFamilies];

        var towns = RegionTowns.All.Select(t => t.Name).Append(Elsewhere).ToList();
        for (var t = 0; t < towns.Count; t++) townIndex[towns[t]] = t;
        var districts = RegionTowns.All.GroupBy(t => t.District).Where(g => g.Count() > 1).ToList();
        for (var d = 0; d < districts.Count; d++) districtIndex[districts[d].Key] = d;
        townDistrict = towns.Select(t => RegionTowns.Find(t) is { } town && districtIndex.TryGetValue(town.District, out var d) ? d : -1).ToArray();
        Towns = towns;
        Districts = districts.Select(d => d.Key).ToList();

        CellCount = PopulationCount * (1 + towns.Count) + districts.Count;
        // Nodes: S, one per population node (its "all areas" total), one per (all or family, town), one per district.
        NodeCount = 1 + PopulationCount + (1 + families.Count) * towns.Count + districts.Count;
        ends = new (int, int)[CellCount];
        containing = new int[roleList.Count * towns.Count][];
        for (var p = 0; p < PopulationCount; p++)
            for (var a = 0; a <= towns.Count; a++)
                ends[Cell(p, a)] = EndsOf(p, a);
        for (var d = 0; d < districts.Count; d++) ends[DistrictCell(d)] = (DistrictNode(d), 0);
        for (var r = 0; r < roleList.Count; r++)
            for (var t = 0; t < towns.Count; t++)
                containing[r * towns.Count + t] = Containing(r, t);
    }

    public int FamilyPopulation(int family) => 1 + family;
    public int RolePopulation(int role) => 1 + Families.Count + role;
    public int FamilyOfRole(int role) => roleFamily[role];

    /// <summary>The cell of a population node and area: area 0 = all, 1 + t = town t.</summary>
    public int Cell(int population, int area) => population * (1 + Towns.Count) + area;
    public int DistrictCell(int district) => PopulationCount * (1 + Towns.Count) + district;

    public (int Tail, int Head) Ends(int cell) => ends[cell];

    /// <summary>The cells that count a person of this role in this town: the leaf and every total above it.</summary>
    public int[] CellsContaining(int role, int town) => containing[role * Towns.Count + town];

    public int? RoleId(string? role) => role is not null && roleIndex.TryGetValue(role, out var r) ? r : null;
    public int? FamilyId(string? family) => family is not null && familyIndex.TryGetValue(family, out var f) ? f : null;
    public int TownId(string town) => townIndex.TryGetValue(town, out var t) ? t : townIndex[Elsewhere];
    public int? DistrictId(string? district) => district is not null && districtIndex.TryGetValue(district, out var d) ? d : null;

    /// <summary>Whether a cell may ever be shown: not the people elsewhere on their own.</summary>
    public bool IsPublishable(int cell) => cell >= PopulationCount * (1 + Towns.Count) || AreaOf(cell) != 1 + townIndex[Elsewhere];

    /// <summary>Whether the population node is a role (else all or a family), and which.</summary>
    public int? RoleOfPopulation(int population) => population > Families.Count ? population - 1 - Families.Count : null;
    public int? FamilyOfPopulation(int population) => population >= 1 && population <= Families.Count ? population - 1 : null;

    private int AreaOf(int cell) => cell % (1 + Towns.Count);

    private int PopulationNode(int population) => 1 + population;
    private int TownNode(int familyOrAll, int town) => 1 + PopulationCount + familyOrAll * Towns.Count + town;
    private int DistrictNode(int district) => 1 + PopulationCount + (1 + Families.Count) * Towns.Count + district;

    private (int, int) EndsOf(int population, int area)
    {
        var role = RoleOfPopulation(population);
        var family = FamilyOfPopulation(population);
        if (area == 0)
            return role is { } r ? (PopulationNode(FamilyPopulation(roleFamily[r])), PopulationNode(population))
                : family is not null ? (PopulationNode(0), PopulationNode(population))
                : (0, PopulationNode(0));
        var town = area - 1;
        if (role is { } rr) return (PopulationNode(population), TownNode(1 + roleFamily[rr], town));
        if (family is { } f) return (TownNode(1 + f, town), TownNode(0, town));
        return (TownNode(0, town), townDistrict[town] is var d && d >= 0 ? DistrictNode(d) : 0);
    }

    private int[] Containing(int role, int town)
    {
        var family = FamilyPopulation(roleFamily[role]);
        var cells = new List<int>
        {
            Cell(RolePopulation(role), 1 + town), Cell(RolePopulation(role), 0),
            Cell(family, 1 + town), Cell(family, 0), Cell(0, 1 + town), Cell(0, 0),
        };
        if (townDistrict[town] >= 0) cells.Add(DistrictCell(townDistrict[town]));
        return [.. cells];
    }
}
