using Weiterbildungsraum.Domain.Matching;
using static Weiterbildungsraum.Domain.Tests.Matching.Build;

namespace Weiterbildungsraum.Domain.Tests.Matching;

public class RecommenderTests
{
    [Fact]
    public void Value_is_weight_times_levels_closed_capped_at_the_target()
    {
        var result = Recommender.Recommend([Gap("a", 1, 3, weight: 3)], SearchConstraints.None, [Offer(1, 100, [Teaches("a", 1, 4)])], Today);
        var item = Assert.Single(result.Items);
        var closed = Assert.Single(item.Closes);
        Assert.Equal((1, 3), (closed.From, closed.To));
        Assert.Equal(6, item.Score);
        Assert.Contains(item.Reasons, r => r.Contains("von Stufe 1 auf 3"));
    }

    [Fact]
    public void Offers_are_ranked_by_value_across_several_gaps()
    {
        var gaps = new[] { Gap("a", 0, 2, 1), Gap("b", 1, 3, 3) };
        var offers = new[] { Offer(1, 100, [Teaches("a", 0, 2)]), Offer(2, 100, [Teaches("b", 1, 3)]), Offer(3, 100, [Teaches("a", 0, 1), Teaches("b", 1, 2)]) };
        var result = Recommender.Recommend(gaps, SearchConstraints.None, offers, Today);
        Assert.Equal([2, 3, 1], result.Items.Select(i => i.Offer.Id));
        Assert.Equal([6.0, 4.0, 2.0], result.Items.Select(i => i.Score));
    }

    [Fact]
    public void Offers_teaching_only_what_is_met_are_not_recommended()
    {
        var result = Recommender.Recommend([Gap("a", 2, 3)], SearchConstraints.None, [Offer(1, 50, [Teaches("a", 0, 2)]), Offer(2, 50, [Teaches("z", 0, 4)])], Today);
        Assert.Empty(result.Items);
        Assert.Equal("a", Assert.Single(result.Uncovered).CompetencyKey);
    }

    [Fact]
    public void An_offer_closing_one_gap_and_starting_too_high_on_another_is_listed_with_the_prerequisite()
    {
        var mixed = Offer(1, 300, [Teaches("a", 3, 4), Teaches("b", 0, 1)]);
        var basics = Offer(2, 200, [Teaches("a", 1, 2)]);
        var result = Recommender.Recommend([Gap("a", 1, 4, 2), Gap("b", 0, 1)], SearchConstraints.None, [mixed, basics], Today);
        var marked = result.Items.Single(i => i.Offer.Id == 1);
        var missing = Assert.Single(marked.MissingPrerequisites);
        Assert.Equal(("a", 3, 2), (missing.CompetencyKey, missing.EntryLevel, missing.SuggestedOfferId));
        Assert.Equal("b", Assert.Single(marked.Closes).CompetencyKey);
        Assert.Contains(marked.Reasons, r => r.StartsWith("Voraussetzung fehlt"));
    }

    [Fact]
    public void Entry_level_one_above_the_person_is_no_missing_prerequisite()
    {
        var result = Recommender.Recommend([Gap("a", 1, 3)], SearchConstraints.None, [Offer(1, 300, [Teaches("a", 2, 3)])], Today);
        Assert.False(Assert.Single(result.Items).HasMissingPrerequisite);
    }

    [Fact]
    public void Ties_go_to_the_earlier_run()
    {
        var result = Recommender.Recommend([Gap("a", 0, 1)], SearchConstraints.None,
            [Offer(1, 100, [Teaches("a", 0, 1)], Session(1, 30)), Offer(2, 500, [Teaches("a", 0, 1)], Session(2, 10))], Today);
        Assert.Equal([2, 1], result.Items.Select(i => i.Offer.Id));
    }

    [Fact]
    public void Ties_on_date_go_to_the_nearer_run_then_the_cheaper()
    {
        var constraints = new SearchConstraints(Origin: Dortmund);
        var offers = new[]
        {
            Offer(1, 100, [Teaches("a", 0, 1)], Session(1, 10, at: Hamm)),
            Offer(2, 300, [Teaches("a", 0, 1)], Session(2, 10, at: Dortmund)),
            Offer(3, 200, [Teaches("a", 0, 1)], Session(3, 10, at: Dortmund)),
        };
        var result = Recommender.Recommend([Gap("a", 0, 1)], constraints, offers, Today);
        Assert.Equal([3, 2, 1], result.Items.Select(i => i.Offer.Id));
    }

    [Fact]
    public void Radius_excludes_far_runs_but_not_online_runs()
    {
        var constraints = new SearchConstraints(Origin: Dortmund, RadiusKm: 50);
        var offers = new[]
        {
            Offer(1, 100, [Teaches("a", 0, 1)], Session(1, 10, at: Cologne)),
            Offer(2, 100, [Teaches("a", 0, 1)], Session(2, 10, format: LearningFormat.Online)),
            Offer(3, 100, [Teaches("a", 0, 1)], Session(3, 10, at: Hamm)),
        };
        var result = Recommender.Recommend([Gap("a", 0, 1)], constraints, offers, Today);
        Assert.Equal([2, 3], result.Items.Select(i => i.Offer.Id).Order());
        Assert.InRange(result.Items.Single(i => i.Offer.Id == 3).NextRun.DistanceKm!.Value, 20, 35);
    }

    [Fact]
    public void Past_runs_never_count_as_next_session()
    {
        var result = Recommender.Recommend([Gap("a", 0, 1)], SearchConstraints.None,
            [Offer(1, 100, [Teaches("a", 0, 1)], Session(1, -5), Session(2, 20))], Today);
        Assert.Equal(2, Assert.Single(result.Items).NextRun.Session.Id);
    }

    [Fact]
    public void Funding_hint_appears_among_the_reasons()
    {
        var result = Recommender.Recommend([Gap("a", 0, 1)], SearchConstraints.None, [Offer(1, 1000, [Teaches("a", 0, 1)])], Today,
            funding: o => new FundingHint(o.Price / 2, "Bildungsscheck"));
        var item = Assert.Single(result.Items);
        Assert.Equal(500m, item.Funding!.PriceAfterFunding);
        Assert.Contains(item.Reasons, r => r.Contains("Bildungsscheck") && r.Contains("500,00 €"));
    }
}
