using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Domain.Tests.Demand;

public class UnmetDemandTests
{
    private static readonly AnonymityRule Rule = new(3, 2);
    private static readonly DateOnly March = new(2026, 3, 1);

    private static UnmetDemandRecord R(string key, int level, string town, int count, DateOnly? month = null) => new(key, level, town, month ?? March, count);

    [Fact]
    public void A_competency_is_shown_only_from_the_threshold_on()
    {
        var summary = UnmetDemand.Summarise([R("a", 2, "Unna", 2), R("b", 3, "Hamm", 3)], null, March, Rule);
        var row = Assert.Single(summary.Rows);
        Assert.Equal(("b", 3), (row.CompetencyKey, row.Requests));
        Assert.Equal(1, summary.HiddenCompetencies);
    }

    [Fact]
    public void Counts_add_up_across_towns_levels_and_months_for_the_region()
    {
        var summary = UnmetDemand.Summarise([R("a", 2, "Unna", 2), R("a", 3, "Hamm", 1), R("a", 3, "Hamm", 1, March.AddMonths(1))], null, March, Rule);
        var row = Assert.Single(summary.Rows);
        Assert.Equal((4, 3, 3, March.AddMonths(1)), (row.Requests, row.MostSoughtLevel, row.HighestLevel, row.LastMonth));
    }

    [Fact]
    public void A_town_filter_counts_only_that_town_and_keeps_the_threshold()
    {
        var records = new[] { R("a", 2, "Unna", 4), R("a", 2, "Hamm", 2) };
        Assert.Equal(4, Assert.Single(UnmetDemand.Summarise(records, "Unna", March, Rule).Rows).Requests);
        var hamm = UnmetDemand.Summarise(records, "Hamm", March, Rule);
        Assert.Empty(hamm.Rows);
        Assert.Equal(1, hamm.HiddenCompetencies);
    }

    [Fact]
    public void Months_before_the_window_do_not_count()
    {
        var summary = UnmetDemand.Summarise([R("a", 2, "Unna", 5, March.AddMonths(-1)), R("a", 2, "Unna", 1)], null, March.AddDays(10), Rule);
        Assert.Empty(summary.Rows);
    }

    [Fact]
    public void A_postcode_point_counts_for_the_nearest_region_town_and_far_places_for_none()
    {
        Assert.Equal("Unna", UnmetDemand.NearestTown(51.5347, 7.6889));
        Assert.Null(UnmetDemand.NearestTown(52.52, 13.40));
    }
}
