using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Tests;

public class CurrentLevelTests
{
    private static readonly DateTime Day = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    private static Rating R(int level, RatingSource source, int day) => new("k", level, source, Day.AddDays(day));

    [Fact]
    public void Agreed_level_wins_over_newer_manager_and_self_ratings()
    {
        var current = CurrentLevel.Decide([R(2, RatingSource.Agreed, 1), R(4, RatingSource.Manager, 5), R(1, RatingSource.Self, 9)]);
        Assert.Equal(2, current!.Level);
    }

    [Fact]
    public void Newest_manager_rating_counts_when_nothing_agreed()
    {
        var current = CurrentLevel.Decide([R(2, RatingSource.Manager, 1), R(3, RatingSource.Manager, 5), R(4, RatingSource.Self, 9)]);
        Assert.Equal(3, current!.Level);
    }

    [Fact]
    public void Self_rating_counts_when_it_is_all_there_is()
    {
        var current = CurrentLevel.Decide([R(1, RatingSource.Self, 1), R(2, RatingSource.Self, 3)]);
        Assert.Equal(2, current!.Level);
    }

    [Fact]
    public void No_ratings_means_no_level()
    {
        Assert.Null(CurrentLevel.Decide([]));
    }

    [Fact]
    public void Levels_of_many_competencies_follow_the_same_rule_as_Decide()
    {
        var random = new Random(7);
        var sources = Enum.GetValues<RatingSource>();
        var ratings = Enumerable.Range(0, 400)
            .Select(_ => new Rating($"k{random.Next(12)}", random.Next(5), sources[random.Next(sources.Length)], Day.AddHours(random.Next(10_000))))
            .ToList();
        var levels = CurrentLevel.Levels(ratings);
        foreach (var group in ratings.GroupBy(r => r.CompetencyKey))
            Assert.Equal(CurrentLevel.Decide(group)!.Level, levels[group.Key]);
        Assert.Equal(ratings.Select(r => r.CompetencyKey).Distinct().Count(), levels.Count);
    }
}
