using Weiterbildungsraum.Domain.Matching;
using static Weiterbildungsraum.Domain.Tests.Matching.Build;

namespace Weiterbildungsraum.Domain.Tests.Matching;

/// <summary>An offer that closes nothing from today's level is no result; behind a first step it is the second step of a path.</summary>
public class NextStepTests
{
    [Fact]
    public void An_offer_closing_no_gap_before_a_prerequisite_is_not_listed_but_follows_its_first_step()
    {
        var advanced = Offer(1, 300, [Teaches("a", 3, 4)], Session(11, 40));
        var basics = Offer(2, 200, [Teaches("a", 1, 3)], Session(21, 10));
        var result = Recommender.Recommend([Gap("a", 1, 4, 2)], SearchConstraints.None, [advanced, basics], Today);

        Assert.Equal([2], result.Items.Select(i => i.Offer.Id));
        var next = Assert.Single(result.NextSteps);
        Assert.Equal((1, 2), (next.Offer.Id, next.After.Id));
        var closed = Assert.Single(next.Closes);
        Assert.Equal((3, 4), (closed.From, closed.To));
        Assert.Equal(2, next.Score);
        Assert.StartsWith("Zweiter Schritt: Erst „Angebot 2“", next.Reasons[0]);
    }

    [Fact]
    public void The_second_step_takes_a_run_that_starts_after_the_first_step_has_ended()
    {
        var advanced = Offer(1, 300, [Teaches("a", 2, 3)], Session(11, 5), Session(12, 13), Session(13, 60));
        var basics = Offer(2, 200, [Teaches("a", 0, 1)], Session(21, 10, days: 3));
        var result = Recommender.Recommend([Gap("a", 0, 3)], SearchConstraints.None, [advanced, basics], Today);
        var next = Assert.Single(result.NextSteps);
        Assert.Equal(21, next.AfterRun.Id);
        Assert.Equal(12, next.Run.Session.Id);
    }

    [Fact]
    public void Without_a_run_after_the_first_step_there_is_no_second_step()
    {
        var advanced = Offer(1, 300, [Teaches("a", 2, 3)], Session(11, 5));
        var basics = Offer(2, 200, [Teaches("a", 0, 1)], Session(21, 10));
        var result = Recommender.Recommend([Gap("a", 0, 3)], SearchConstraints.None, [advanced, basics], Today);
        Assert.Equal([2], result.Items.Select(i => i.Offer.Id));
        Assert.Empty(result.NextSteps);
    }

    [Fact]
    public void An_offer_needing_a_prerequisite_nobody_offers_is_neither_listed_nor_a_second_step()
    {
        var result = Recommender.Recommend([Gap("a", 0, 4)], SearchConstraints.None, [Offer(1, 300, [Teaches("a", 3, 4)])], Today);
        Assert.Empty(result.Items);
        Assert.Empty(result.NextSteps);
        Assert.Equal("a", Assert.Single(result.Uncovered).CompetencyKey);
    }

    [Fact]
    public void The_first_step_is_the_one_that_makes_the_best_path()
    {
        // A step to level 2 leaves the advanced offer two levels, one to 3 only one; both paths reach 4, so the better-ranked first step wins.
        var advanced = Offer(1, 300, [Teaches("a", 3, 4)], Session(11, 90));
        var toTwo = Offer(2, 100, [Teaches("a", 0, 2)], Session(21, 10));
        var toThree = Offer(3, 100, [Teaches("a", 0, 3)], Session(31, 20));
        var result = Recommender.Recommend([Gap("a", 0, 4)], SearchConstraints.None, [advanced, toTwo, toThree], Today);
        var next = Assert.Single(result.NextSteps);
        Assert.Equal(3, next.After.Id);
        Assert.Equal((3, 4), (next.Closes[0].From, next.Closes[0].To));
    }

    [Fact]
    public void Second_steps_are_ranked_by_what_they_add_and_limited()
    {
        var basics = Offer(1, 100, [Teaches("a", 0, 1), Teaches("b", 0, 1)], Session(11, 5));
        var advancedA = Offer(2, 300, [Teaches("a", 2, 4)], Session(21, 30));
        var advancedB = Offer(3, 300, [Teaches("b", 2, 3)], Session(31, 30));
        var result = Recommender.Recommend([Gap("a", 0, 4, 3), Gap("b", 0, 3)], SearchConstraints.None, [basics, advancedA, advancedB], Today);
        Assert.Equal([2, 3], result.NextSteps.Select(n => n.Offer.Id));
        var limited = Recommender.Recommend([Gap("a", 0, 4, 3), Gap("b", 0, 3)], SearchConstraints.None, [basics, advancedA, advancedB], Today, nextSteps: 1);
        Assert.Equal([2], limited.NextSteps.Select(n => n.Offer.Id));
    }
}
