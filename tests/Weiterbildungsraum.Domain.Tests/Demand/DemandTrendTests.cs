using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Demand;
using static Weiterbildungsraum.Domain.Tests.Demand.DemandData;

namespace Weiterbildungsraum.Domain.Tests.Demand;

public class DemandTrendTests
{
    [Fact]
    public void Each_person_counts_once_in_the_quarter_of_the_latest_assessment()
    {
        var q1 = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        var q2 = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var levels = People(6, [1, 2, 3], competency: "a", at: q1).Concat(People(7, [4, 5, 6], competency: "a", at: q2)).ToList();
        // The first person was re-assessed on another competency in Q2: the person moves to Q2.
        levels.Add(levels[0] with { CompetencyKey = "b", AssessedAt = q2 });
        var trend = DemandRadar.Build(levels, [], AnonymityRule.Default).Trend.For(new DemandQuery(Horizon.Now));
        Assert.Equal(["2026-Q1", "2026-Q2"], trend.Select(t => t.Quarter));
        Assert.Equal(5, trend[0].Persons);
        Assert.Equal(8, trend[1].Persons);
        Assert.Equal(7 * 2 + 2 * 2, trend[1].DemandLevelSum);
    }

    [Fact]
    public void A_small_quarter_is_hidden_together_with_a_neighbour_so_the_total_does_not_reveal_it()
    {
        var q1 = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        var q2 = new DateTime(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var q3 = new DateTime(2026, 8, 1, 0, 0, 0, DateTimeKind.Utc);
        var levels = People(6, [1, 2, 3], at: q1).Concat(People(8, [1, 2, 3], at: q2)).Append(Level(4, at: q3)).ToList();
        var trend = DemandRadar.Build(levels, [], AnonymityRule.Default).Trend.For(new DemandQuery(Horizon.Now));
        Assert.True(trend.Single(t => t.Quarter == "2026-Q3").Suppressed);
        Assert.True(trend.Count(t => t.Suppressed) >= 2);
        Assert.All(trend.Where(t => t.Suppressed), t => Assert.Null(t.Persons));
    }
}
