using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Tests;
using static Weiterbildungsraum.Domain.Tests.Demand.DemandData;

namespace Weiterbildungsraum.Domain.Tests.Demand;

/// <summary>Subtracting published figures of overlapping queries must never isolate fewer than k persons.</summary>
public class DifferencingTests
{
    private static readonly AnonymityRule Rule = AnonymityRule.Default;

    [Fact]
    public void All_towns_minus_one_town_does_not_reveal_the_one_person_elsewhere()
    {
        var levels = People(6, [1, 2, 3], town: "Dortmund").Append(Level(4, town: "Unna")).ToList();
        var radar = DemandRadar.Build(levels, [], Rule);
        var all = radar.Cell(new DemandQuery(Horizon.Now), "c1");
        var dortmund = radar.Cell(new DemandQuery(Horizon.Now, Town: "Dortmund"), "c1");
        var unna = radar.Cell(new DemandQuery(Horizon.Now, Town: "Unna"), "c1");
        Assert.True(unna.Suppressed);
        Assert.False(all.Suppressed && dortmund.Suppressed, "Mindestens eine Zahl sollte noch erscheinen.");
        Assert.True(all.Suppressed || dortmund.Suppressed, "Gesamt minus Dortmund ergäbe die eine Person in Unna.");
    }

    [Fact]
    public void A_family_minus_one_role_does_not_reveal_the_person_in_the_other_role()
    {
        var levels = People(7, [1, 2, 3], role: "lager").Append(Level(5, role: "dispo")).ToList();
        var radar = DemandRadar.Build(levels, [], Rule);
        var family = radar.Cell(new DemandQuery(Horizon.Now, "logistik"), "c1");
        var role = radar.Cell(new DemandQuery(Horizon.Now, "logistik", "lager"), "c1");
        Assert.True(family.Suppressed || role.Suppressed);
        Assert.True(radar.Cell(new DemandQuery(Horizon.Now, "logistik", "dispo"), "c1").Suppressed);
    }

    [Fact]
    public void Now_minus_future_does_not_reveal_a_single_person_whose_gap_appears_only_later()
    {
        var levels = People(6, [1, 2, 3], actual: 1, now: 3, future: 3).Append(Level(4, actual: 3, now: 3, future: 4)).ToList();
        var radar = DemandRadar.Build(levels, [], Rule);
        var now = radar.Cell(new DemandQuery(Horizon.Now), "c1");
        var future = radar.Cell(new DemandQuery(Horizon.Future), "c1");
        Assert.True(now.Suppressed || future.Suppressed);
    }

    [Fact]
    public void Three_published_figures_across_family_and_town_do_not_pin_the_one_person_in_a_corner()
    {
        // Family G in Unna has one person. Hiding only its row and column neighbours would still leave
        // G − (Unna − (F, Unna)) published; the protection must see through such combinations.
        var levels = People(10, [1, 2, 3], town: "Dortmund", family: "f", role: "rf")
            .Concat(People(10, [4, 5, 6], town: "Unna", family: "f", role: "rf"))
            .Concat(People(10, [7, 8, 9], town: "Dortmund", family: "g", role: "rg"))
            .Append(Level(10, town: "Unna", family: "g", role: "rg")).ToList();
        AssertNoSmallCellIsDetermined(levels, DemandRadar.Build(levels, [], Rule));
    }

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 150)]
    [InlineData(3, 400)]
    [InlineData(4, 900)]
    [InlineData(5, 90)]
    [InlineData(6, 250)]
    [InlineData(7, 1500)]
    [InlineData(8, 3000)]
    [InlineData(9, 600)]
    [InlineData(10, 1000)]
    public void No_combination_of_published_figures_determines_a_small_cell(int seed, int people)
    {
        var levels = Random(seed, people);
        AssertNoSmallCellIsDetermined(levels, DemandRadar.Build(levels, [], Rule));
    }

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, 40)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_combination_of_published_figures_determines_a_small_cell_in_a_table_near_the_threshold(int seed)
    {
        var levels = RandomNearThreshold(seed);
        AssertNoSmallCellIsDetermined(levels, DemandRadar.Build(levels, [], Rule));
    }

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 150)]
    [InlineData(3, 400)]
    [InlineData(4, 900)]
    public void No_two_overlapping_published_queries_differ_by_fewer_than_k_persons(int seed, int people)
    {
        var levels = Random(seed, people);
        var radar = DemandRadar.Build(levels, [], Rule);
        var families = levels.Select(l => (l.FamilyKey, l.RoleKey)).Distinct().ToList();
        var towns = levels.Select(l => l.Town).Distinct().Append(null).ToList();
        var published = 0;
        foreach (var competency in levels.Select(l => l.CompetencyKey).Distinct())
            foreach (var horizon in new[] { Horizon.Now, Horizon.Future })
            {
                var queries = new List<DemandQuery>();
                foreach (var town in towns)
                {
                    queries.Add(new DemandQuery(horizon, Town: town));
                    foreach (var family in families.Select(f => f.FamilyKey).Distinct()) queries.Add(new DemandQuery(horizon, family, Town: town));
                    foreach (var (family, role) in families) queries.Add(new DemandQuery(horizon, family, role, town));
                }
                queries.Add(new DemandQuery(horizon, District: "Kreis Unna"));
                var cells = queries.Select(q => (Query: q, Cell: radar.Cell(q, competency))).Where(x => !x.Cell.Suppressed).ToList();
                published += cells.Count;
                foreach (var (outer, outerCell) in cells)
                    foreach (var (inner, innerCell) in cells.Where(x => Contains(x.Query, outer)))
                    {
                        var difference = outerCell.Persons!.Value - innerCell.Persons!.Value;
                        Assert.True(difference == 0 || difference >= Rule.MinPersons,
                            $"{competency}: {outer} minus {inner} ergibt {difference} Person(en).");
                    }
                AssertPartitionsHideEnough(radar, competency, horizon, towns, families);
            }
        Assert.True(published > 0, "Die Zufallsregion sollte veröffentlichte Zellen haben.");
    }

    /// <summary>
    /// For every competency and horizon: every cell the radar hides although people are in it (below the rule) must not
    /// follow from the published cells by any linear combination (exact arithmetic, independent of the radar's method).
    /// </summary>
    private static void AssertNoSmallCellIsDetermined(List<PersonLevel> levels, DemandRadar radar)
    {
        var published = 0;
        foreach (var competency in levels.GroupBy(l => l.CompetencyKey))
            foreach (var horizon in new[] { Horizon.Now, Horizon.Future })
            {
                var roles = competency.Select(l => (l.FamilyKey, l.RoleKey)).Distinct().ToList();
                var towns = RegionTowns.All.Select(t => t.Name).Append("").ToList();
                int Leaf(int role, int town) => role * towns.Count + town;
                var queries = new List<(DemandQuery Query, int[] Leaves)>();
                var populations = new List<(string? Family, string? Role)> { (null, null) };
                populations.AddRange(roles.Select(r => ((string?)r.FamilyKey, (string?)null)).Distinct());
                populations.AddRange(roles.Select(r => ((string?)r.FamilyKey, (string?)r.RoleKey)));
                foreach (var (family, role) in populations)
                {
                    var members = roles.Select((r, i) => (r, i)).Where(x => (family is null || x.r.FamilyKey == family) && (role is null || x.r.RoleKey == role)).Select(x => x.i).ToList();
                    queries.Add((new DemandQuery(horizon, family, role), members.SelectMany(r => towns.Select((_, t) => Leaf(r, t))).ToArray()));
                    for (var t = 0; t < towns.Count - 1; t++)
                        queries.Add((new DemandQuery(horizon, family, role, towns[t]), members.Select(r => Leaf(r, t)).ToArray()));
                }
                var unna = towns.Select((name, t) => (name, t)).Where(x => RegionTowns.Find(x.name)?.District == "Kreis Unna").Select(x => x.t).ToList();
                queries.Add((new DemandQuery(horizon, District: "Kreis Unna"), Enumerable.Range(0, roles.Count).SelectMany(r => unna.Select(t => Leaf(r, t))).ToArray()));

                var auditor = new ExactDisclosure(roles.Count * towns.Count);
                var cells = queries.Select(q => (q.Query, q.Leaves, Cell: radar.Cell(q.Query, competency.Key))).ToList();
                foreach (var (_, leaves, cell) in cells.Where(c => !c.Cell.Suppressed))
                {
                    auditor.Publish(leaves);
                    published++;
                }
                foreach (var (query, leaves, _) in cells.Where(c => c.Cell.Suppressed))
                {
                    var people = competency.Where(l => l.Gap(horizon) > 0 && Matches(query, l)).ToList();
                    if (people.Count == 0 || Rule.Allows(people.Count, people.Select(p => p.OrganisationId).Distinct().Count())) continue;
                    Assert.False(auditor.Determines(leaves), $"{competency.Key}: {query} ({people.Count} Person(en)) folgt aus den veröffentlichten Zahlen.");
                }
            }
        Assert.True(published > 0, "Es sollte veröffentlichte Zellen geben.");
    }

    private static bool Matches(DemandQuery query, PersonLevel level) =>
        (query.FamilyKey is null || query.FamilyKey == level.FamilyKey) && (query.RoleKey is null || query.RoleKey == level.RoleKey)
        && (query.Town is null || query.Town == level.Town)
        && (query.District is null || RegionTowns.Find(level.Town)?.District == query.District);

    /// <summary>Whether query a's people are a subset of query b's (same horizon).</summary>
    private static bool Contains(DemandQuery a, DemandQuery b) =>
        a != b && (b.Town is null || b.Town == a.Town) && (b.FamilyKey is null || b.FamilyKey == a.FamilyKey) && (b.RoleKey is null || b.RoleKey == a.RoleKey)
        && (b.District is null || (a.District ?? RegionTowns.Find(a.Town)?.District) == b.District);

    /// <summary>Parent minus all published children (several subtractions at once) is 0 or at least k.</summary>
    private static void AssertPartitionsHideEnough(DemandRadar radar, string competency, Horizon horizon, List<string?> towns, List<(string FamilyKey, string RoleKey)> families)
    {
        var realTowns = towns.Where(t => t is not null).ToList();
        foreach (var town in towns)
        {
            Check(new DemandQuery(horizon, Town: town), families.Select(f => f.FamilyKey).Distinct().Select(f => new DemandQuery(horizon, f, Town: town)));
            foreach (var family in families.Select(f => f.FamilyKey).Distinct())
                Check(new DemandQuery(horizon, family, Town: town), families.Where(f => f.FamilyKey == family).Select(f => new DemandQuery(horizon, family, f.RoleKey, town)));
        }
        foreach (var family in families.Select(f => ((string?)f.FamilyKey, (string?)null)).Distinct().Concat(families.Select(f => ((string?)f.FamilyKey, (string?)f.RoleKey))).Append((null, null)))
            Check(new DemandQuery(horizon, family.Item1, family.Item2), realTowns.Select(t => new DemandQuery(horizon, family.Item1, family.Item2, t)));

        void Check(DemandQuery parent, IEnumerable<DemandQuery> children)
        {
            var p = radar.Cell(parent, competency);
            if (p.Suppressed) return;
            var rest = p.Persons!.Value - children.Select(c => radar.Cell(c, competency)).Where(c => !c.Suppressed).Sum(c => c.Persons!.Value);
            Assert.True(rest == 0 || rest >= AnonymityRule.Default.MinPersons, $"{competency} {parent}: Rest nach Abzug aller Teilzellen {rest}.");
        }
    }
}
