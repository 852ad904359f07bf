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
}
