using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Tests;

public class GapAnalysisTests
{
    private static ProfileTarget Target(string key, int now, int future, int weight) => new(key, key.ToUpperInvariant(), now, future, weight);

    private static Dictionary<string, int> Ratings(params (string Key, int Level)[] ratings) => ratings.ToDictionary(r => r.Key, r => r.Level);

    [Fact]
    public void Gap_is_zero_when_actual_meets_target()
    {
        var result = GapAnalysis.Compare([Target("a", 3, 4, 2)], Ratings(("a", 3)), Horizon.Now);
        Assert.Empty(result.Gaps);
        Assert.Single(result.Met);
        Assert.Equal(100, result.Fit);
    }

    [Fact]
    public void Gap_is_target_minus_actual_weighted()
    {
        var result = GapAnalysis.Compare([Target("a", 3, 4, 3)], Ratings(("a", 1)), Horizon.Now);
        var gap = Assert.Single(result.Gaps);
        Assert.Equal(2, gap.Size);
        Assert.Equal(6, gap.WeightedSize);
    }

    [Fact]
    public void Future_horizon_uses_future_target()
    {
        var result = GapAnalysis.Compare([Target("a", 2, 4, 1)], Ratings(("a", 2)), Horizon.Future);
        Assert.Equal(2, Assert.Single(result.Gaps).Size);
    }

    [Fact]
    public void Gaps_are_ranked_by_weighted_gap_descending()
    {
        var result = GapAnalysis.Compare(
            [Target("small", 2, 2, 1), Target("big", 4, 4, 3), Target("mid", 3, 3, 2)],
            Ratings(("small", 1), ("big", 1), ("mid", 1)), Horizon.Now);
        Assert.Equal(["big", "mid", "small"], result.Gaps.Select(g => g.CompetencyKey));
    }

    [Fact]
    public void Unrated_competencies_are_not_counted_as_zero()
    {
        var result = GapAnalysis.Compare([Target("a", 2, 3, 2), Target("b", 4, 4, 3)], Ratings(("a", 2)), Horizon.Now);
        Assert.Empty(result.Gaps);
        Assert.Equal("b", Assert.Single(result.NotRated).CompetencyKey);
        Assert.Equal(100, result.Fit);
    }

    [Fact]
    public void Strengths_are_levels_above_target()
    {
        var result = GapAnalysis.Compare([Target("a", 2, 3, 2)], Ratings(("a", 4)), Horizon.Now);
        var strength = Assert.Single(result.Strengths);
        Assert.Equal(4, strength.Actual);
        Assert.Equal(100, result.Fit);
    }

    [Fact]
    public void Fit_weights_reached_levels_and_caps_at_target()
    {
        // reached: 3×min(1,2) + 1×min(4,2) = 5; required: 3×2 + 1×2 = 8 → 62.5 % → 63 (rounded half to even gives 62)
        var result = GapAnalysis.Compare([Target("a", 2, 2, 3), Target("b", 2, 2, 1)], Ratings(("a", 1), ("b", 4)), Horizon.Now);
        Assert.InRange(result.Fit, 62, 63);
        Assert.Equal(Math.Round(100.0 * 5 / 8), result.Fit);
    }

    [Fact]
    public void Fit_is_zero_when_nothing_rated()
    {
        var result = GapAnalysis.Compare([Target("a", 2, 2, 1)], Ratings(), Horizon.Now);
        Assert.Equal(0, result.Fit);
        Assert.Single(result.NotRated);
    }

    [Fact]
    public void Level_outside_scale_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => GapAnalysis.Compare([Target("a", 2, 2, 1)], Ratings(("a", 5)), Horizon.Now));
    }
}
