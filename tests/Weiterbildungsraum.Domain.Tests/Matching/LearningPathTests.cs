using Weiterbildungsraum.Domain.Matching;
using static Weiterbildungsraum.Domain.Tests.Matching.Build;

namespace Weiterbildungsraum.Domain.Tests.Matching;

public class LearningPathTests
{
    [Fact]
    public void Steps_follow_level_order_and_the_later_step_starts_after_the_earlier_ends()
    {
        var second = Offer(1, 300, [Teaches("a", 2, 3)], Session(11, 5), Session(12, 60));
        var first = Offer(2, 300, [Teaches("a", 0, 2)], Session(21, 10, days: 20));
        var path = LearningPathPlanner.Plan([Gap("a", 0, 3)], SearchConstraints.None, [second, first], Today);
        Assert.Equal([2, 1], path.Steps.Select(s => s.Offer.Id));
        Assert.Equal(12, path.Steps[1].Session.Id);
        Assert.Empty(path.Unmet);
    }

    [Fact]
    public void The_cheaper_combination_wins_when_both_close_the_gap()
    {
        var expensive = Offer(1, 2000, [Teaches("a", 0, 2), Teaches("b", 0, 2)]);
        var cheapA = Offer(2, 200, [Teaches("a", 0, 2)]);
        var cheapB = Offer(3, 300, [Teaches("b", 0, 2)]);
        var path = LearningPathPlanner.Plan([Gap("a", 0, 2), Gap("b", 0, 2)], SearchConstraints.None, [expensive, cheapA, cheapB], Today);
        Assert.Equal([2, 3], path.Steps.Select(s => s.Offer.Id).Order());
        Assert.Equal(500m, path.TotalCost);
    }

    [Fact]
    public void Steps_made_redundant_by_a_later_choice_are_dropped()
    {
        var small = Offer(1, 100, [Teaches("a", 0, 1)]);
        var both = Offer(2, 150, [Teaches("a", 0, 2), Teaches("b", 0, 2)]);
        var path = LearningPathPlanner.Plan([Gap("a", 0, 2), Gap("b", 0, 2)], SearchConstraints.None, [small, both], Today);
        Assert.Equal([2], path.Steps.Select(s => s.Offer.Id));
    }

    [Fact]
    public void What_the_budget_does_not_cover_is_listed_as_unmet_for_budget()
    {
        var path = LearningPathPlanner.Plan([Gap("a", 0, 2), Gap("b", 0, 1)], SearchConstraints.None,
            [Offer(1, 400, [Teaches("a", 0, 2)]), Offer(2, 300, [Teaches("b", 0, 1)])], Today, budget: 500);
        Assert.True(path.TotalCost <= 500);
        var unmet = Assert.Single(path.Unmet);
        Assert.Equal(UnmetReason.Budget, unmet.Reason);
    }

    [Fact]
    public void What_no_offer_covers_is_listed_as_unmet_demand()
    {
        var path = LearningPathPlanner.Plan([Gap("a", 1, 4, 3), Gap("b", 0, 1)], SearchConstraints.None, [Offer(1, 100, [Teaches("a", 1, 2)])], Today);
        var unmet = Assert.Single(path.Unmet, u => u.CompetencyKey == "a");
        Assert.Equal((2, 4, UnmetReason.NoOffer), (unmet.ReachedLevel, unmet.Target, unmet.Reason));
        Assert.Contains(path.Unmet, u => u.CompetencyKey == "b" && u.ReachedLevel == 0);
    }

    [Fact]
    public void A_prerequisite_step_is_planned_before_an_advanced_offer()
    {
        var advanced = Offer(1, 100, [Teaches("a", 3, 4)], Session(11, 90));
        var basics = Offer(2, 500, [Teaches("a", 0, 3)], Session(21, 10));
        var path = LearningPathPlanner.Plan([Gap("a", 0, 4)], SearchConstraints.None, [advanced, basics], Today);
        Assert.Equal([2, 1], path.Steps.Select(s => s.Offer.Id));
        Assert.Equal(Today.AddDays(92), path.Finish);
    }
}
