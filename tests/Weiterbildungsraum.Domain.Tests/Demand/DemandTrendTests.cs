using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Domain.Tests.Demand;

public class DemandTrendTests
{
    private static readonly AnonymityRule Rule = AnonymityRule.Default;
    private static readonly DemandQuery All = new(Horizon.Now);
    private static int nextPerson = 10_000;

    private static IEnumerable<QuarterGap> Gaps(string quarter, IEnumerable<int> people, int gap = 2, string town = "Dortmund", string role = "lager") =>
        people.Select(p => new QuarterGap(quarter, p, 1 + p % 3, town, "logistik", role, gap, gap + 1));

    private static int[] NewPeople(int n) => Enumerable.Range(0, n).Select(_ => Interlocked.Increment(ref nextPerson)).ToArray();

    [Fact]
    public void Each_quarter_counts_everyone_with_a_gap_at_its_end()
    {
        var first = NewPeople(6);
        var later = NewPeople(7);
        var gaps = Gaps("2026-Q1", first).Concat(Gaps("2026-Q2", first.Concat(later))).ToList();
        var trend = DemandTrend.Build(gaps, ["2026-Q1", "2026-Q2"], Rule).For(All);
        Assert.Equal(["2026-Q1", "2026-Q2"], trend.Select(t => t.Quarter));
        Assert.Equal(6, trend[0].Persons);
        Assert.Equal(13, trend[1].Persons);
        Assert.Equal(26, trend[1].DemandLevelSum);
        Assert.Equal(39, DemandTrend.Build(gaps, ["2026-Q1", "2026-Q2"], Rule).For(All with { Horizon = Horizon.Future })[1].DemandLevelSum);
    }

    [Fact]
    public void A_quarter_that_differs_from_another_by_one_person_is_hidden()
    {
        var people = NewPeople(12);
        // One person closed her gap in Q2: Q1 − Q2 would be that one person.
        var gaps = Gaps("2026-Q1", people).Concat(Gaps("2026-Q2", people.Skip(1))).ToList();
        var trend = DemandTrend.Build(gaps, ["2026-Q1", "2026-Q2"], Rule).For(All);
        Assert.False(trend[0].Suppressed);
        Assert.True(trend[1].Suppressed);
        Assert.Null(trend[1].Persons);
    }

    [Fact]
    public void A_small_quarter_is_hidden()
    {
        var gaps = Gaps("2026-Q1", NewPeople(3)).ToList();
        var trend = DemandTrend.Build(gaps, ["2026-Q1"], Rule).For(All);
        Assert.True(trend.Single().Suppressed);
    }

    [Fact]
    public void The_last_moment_of_a_quarter_is_its_snapshot()
    {
        Assert.Equal(new DateTime(2026, 6, 30, 23, 59, 59, DateTimeKind.Utc), DemandTrend.EndOf("2026-Q2").AddTicks(-9_999_999));
        Assert.Equal("2026-Q4", DemandTrend.QuarterOf(DemandTrend.EndOf("2026-Q4")));
    }

    [Fact]
    public void A_town_minus_its_roles_in_one_quarter_does_not_reveal_a_single_person()
    {
        var gaps = Gaps("2026-Q1", NewPeople(9), role: "lager").Concat(Gaps("2026-Q1", NewPeople(1), role: "dispo")).ToList();
        var trend = DemandTrend.Build(gaps, ["2026-Q1"], Rule);
        var family = trend.For(new DemandQuery(Horizon.Now, "logistik"))[0];
        var role = trend.For(new DemandQuery(Horizon.Now, "logistik", "lager"))[0];
        Assert.True(family.Suppressed || role.Suppressed);
    }
}
