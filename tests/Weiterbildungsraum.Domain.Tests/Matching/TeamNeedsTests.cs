using Weiterbildungsraum.Domain.Matching;
using static Weiterbildungsraum.Domain.Tests.Matching.Build;

namespace Weiterbildungsraum.Domain.Tests.Matching;

public class TeamNeedsTests
{
    private static readonly EmployeeGaps[] Team =
    [
        new(1, "Ana", [Gap("a", 1, 3, 2), Gap("b", 0, 1)]),
        new(2, "Ben", [Gap("a", 1, 3, 2), Gap("b", 1, 1)]),
        new(3, "Cem", [Gap("a", 2, 3, 2)]),
    ];

    [Fact]
    public void Team_gaps_count_people_and_levels_per_competency()
    {
        var gaps = TeamNeeds.Aggregate(Team);
        Assert.Equal(("a", 3, 5, 10), (gaps[0].CompetencyKey, gaps[0].People, gaps[0].TotalLevels, gaps[0].TotalWeighted));
        Assert.Equal(("b", 1), (gaps[1].CompetencyKey, gaps[1].People));
    }

    [Fact]
    public void Shared_needs_group_people_with_the_same_competency_level_and_target()
    {
        var shared = Assert.Single(TeamNeeds.Shared(Team));
        Assert.Equal(("a", 1, 3), (shared.CompetencyKey, shared.From, shared.To));
        Assert.Equal([1, 2], shared.PersonIds);
        Assert.False(shared.SuggestsInhouse);
    }

    [Fact]
    public void Many_people_with_one_need_suggest_an_inhouse_run()
    {
        var team = Enumerable.Range(1, SharedNeed.InhouseFrom).Select(i => new EmployeeGaps(i, $"P{i}", [Gap("a", 0, 2)]));
        Assert.True(Assert.Single(TeamNeeds.Shared(team)).SuggestsInhouse);
    }
}
