using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Demand;
using static Weiterbildungsraum.Domain.Tests.Demand.DemandData;

namespace Weiterbildungsraum.Domain.Tests.Demand;

public class DemandRadarTests
{
    private static readonly AnonymityRule Rule = AnonymityRule.Default;
    private static readonly DemandQuery All = new(Horizon.Now);

    [Fact]
    public void A_cell_sums_gap_levels_of_the_people_with_a_gap()
    {
        var levels = People(6, [1, 2, 3], actual: 1, now: 3).Concat(People(2, [4], actual: 3, now: 3)).ToList();
        var cell = DemandRadar.Build(levels, [], Rule).Cell(All, "c1");
        Assert.False(cell.Suppressed);
        Assert.Equal(6, cell.Persons);
        Assert.Equal(3, cell.Organisations);
        Assert.Equal(12, cell.DemandLevelSum);
        Assert.Equal(3, cell.NeededLevel);
    }

    [Theory]
    [InlineData(4, 3)]
    [InlineData(6, 2)]
    public void Too_few_persons_or_organisations_hide_every_figure(int persons, int organisations)
    {
        var cell = DemandRadar.Build(People(persons, Enumerable.Range(1, organisations).ToArray()), [], Rule).Cell(All, "c1");
        Assert.True(cell.Suppressed);
        Assert.Null(cell.Persons);
        Assert.Null(cell.Organisations);
        Assert.Null(cell.DemandLevelSum);
        Assert.Null(cell.SupplySessions);
    }

    [Fact]
    public void A_competency_without_any_demand_reads_like_a_small_cell()
    {
        var radar = DemandRadar.Build(People(3, [1, 2, 3]), [], Rule);
        var cells = radar.Cells(All, ["c1", "ohne-bedarf"]);
        Assert.Equal(cells[0] with { CompetencyKey = "x" }, cells[1] with { CompetencyKey = "x" });
    }

    [Fact]
    public void The_future_horizon_uses_the_future_target()
    {
        var radar = DemandRadar.Build(People(6, [1, 2, 3], actual: 2, now: 2, future: 4), [], Rule);
        Assert.True(radar.Cell(All, "c1").Suppressed);
        Assert.Equal(12, radar.Cell(All with { Horizon = Horizon.Future }, "c1").DemandLevelSum);
    }

    [Fact]
    public void Supply_counts_sessions_whose_exit_level_reaches_the_needed_level_in_the_town_or_online()
    {
        var levels = People(6, [1, 2, 3], town: "Unna", now: 3).Concat(People(6, [4, 5, 6], town: "Hamm", now: 3)).ToList();
        SupplySession[] supply =
        [
            new(1, "c1", 1, 3, "Unna"), new(2, "c1", 2, 4, "Hamm"), new(3, "c1", 0, 2, "Unna"), new(4, "c1", 1, 3, null), new(5, "c2", 1, 4, "Unna"),
        ];
        var radar = DemandRadar.Build(levels, supply, Rule);
        Assert.Equal(3, radar.Cell(All, "c1").SupplySessions);
        Assert.Equal(2, radar.Cell(All with { Town = "Unna" }, "c1").SupplySessions);
        Assert.Equal(2, radar.Cell(All with { Town = "Hamm" }, "c1").SupplySessions);
    }

    [Fact]
    public void Under_supplied_competencies_are_ranked_by_demand_and_only_from_published_cells()
    {
        var levels = People(6, [1, 2, 3], competency: "a", actual: 2, now: 3)
            .Concat(People(6, [1, 2, 3], competency: "b", actual: 0, now: 3))
            .Concat(People(6, [1, 2, 3], competency: "c", actual: 0, now: 4))
            .Concat(People(2, [1, 2], competency: "d", actual: 0, now: 4)).ToList();
        var radar = DemandRadar.Build(levels, [new SupplySession(1, "c", 0, 4, "Dortmund")], Rule);
        var ranking = radar.UnderSupplied(All, ["a", "b", "c", "d"]);
        Assert.Equal(["b", "a"], ranking.Select(c => c.CompetencyKey));
    }

    [Fact]
    public void Supply_only_counts_sessions_that_start_below_the_needed_level_and_are_in_the_region()
    {
        var levels = People(6, [1, 2, 3], town: "Unna", now: 3).ToList();
        SupplySession[] supply = [new(1, "c1", 3, 4, "Unna"), new(2, "c1", 1, 3, "Essen"), new(3, "c1", 2, 3, "Kamen"), new(4, "c1", 2, 3, "Dortmund")];
        var radar = DemandRadar.Build(levels, supply, Rule);
        Assert.Equal(2, radar.Cell(All, "c1").SupplySessions);
        Assert.Equal(1, radar.Cell(All with { District = "Kreis Unna" }, "c1").SupplySessions);
    }

    [Fact]
    public void Kreis_Unna_adds_up_its_towns_for_all_families()
    {
        var levels = People(6, [1, 2, 3], town: "Unna").Concat(People(6, [4, 5, 6], town: "Kamen")).Concat(People(6, [7, 8, 9], town: "Dortmund")).ToList();
        var radar = DemandRadar.Build(levels, [], Rule);
        Assert.Equal(12, radar.Cell(All with { District = "Kreis Unna" }, "c1").Persons);
        Assert.Equal(18, radar.Cell(All, "c1").Persons);
        Assert.Throws<ArgumentException>(() => radar.Cells(new DemandQuery(Horizon.Now, "logistik", District: "Kreis Unna"), ["c1"]));
    }

    [Fact]
    public void People_outside_the_region_count_in_the_totals_but_never_on_their_own()
    {
        var levels = People(6, [1, 2, 3], town: "Dortmund").Concat(People(6, [4, 5, 6], town: "Essen")).ToList();
        var radar = DemandRadar.Build(levels, [], Rule);
        Assert.Equal(12, radar.Cell(All, "c1").Persons);
        Assert.True(radar.Cell(All with { Town = "Essen" }, "c1").Suppressed);
    }

    [Fact]
    public void A_role_filter_needs_its_family() =>
        Assert.Throws<ArgumentException>(() => DemandRadar.Build([], [], Rule).Cells(new DemandQuery(Horizon.Now, RoleKey: "lager"), ["c1"]));

    [Fact]
    public void Duplicate_levels_of_one_person_count_once()
    {
        var levels = People(5, [1, 2, 3]).ToList();
        levels.Add(levels[0]);
        Assert.Equal(5, DemandRadar.Build(levels, [], Rule).Cell(All, "c1").Persons);
    }
}
