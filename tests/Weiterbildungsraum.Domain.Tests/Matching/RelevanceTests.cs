using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Matching;
using static Weiterbildungsraum.Domain.Tests.Matching.Build;

namespace Weiterbildungsraum.Domain.Tests.Matching;

/// <summary>What counts: the gaps of the person's own role profile, how much of an offer is about them, and how sure its links are.</summary>
public class RelevanceTests
{
    private static readonly ProfileTarget Warehouse = new("lagerprozesse", "Lagerprozesse steuern", 3, 3, 3);
    private static readonly ProfileTarget Leadership = new("fuehrung", "Mitarbeitende führen", 2, 3, 2);
    private static readonly Dictionary<string, int> Ratings = new() { ["lagerprozesse"] = 1, ["fuehrung"] = 0 };

    [Fact]
    public void Only_gaps_of_the_persons_own_role_profile_count()
    {
        var leadershipCourse = Offer(1, 800, [Teaches("fuehrung", 0, 3)]);
        var warehouseCourse = Offer(2, 800, [Teaches("lagerprozesse", 1, 3)]);

        var worker = GapAnalysis.Compare([Warehouse], Ratings, Horizon.Now).Gaps;
        Assert.Equal([2], Recommender.Recommend(worker, SearchConstraints.None, [leadershipCourse, warehouseCourse], Today).Items.Select(i => i.Offer.Id));

        var teamLead = GapAnalysis.Compare([Warehouse, Leadership], Ratings, Horizon.Now).Gaps;
        Assert.Equal([1, 2], Recommender.Recommend(teamLead, SearchConstraints.None, [leadershipCourse, warehouseCourse], Today).Items.Select(i => i.Offer.Id).Order());
    }

    [Fact]
    public void A_focused_offer_for_a_main_gap_outranks_a_broad_one_that_touches_a_small_gap()
    {
        var gaps = new[] { Gap("main", 0, 1, weight: 3), Gap("small", 0, 4, weight: 1) };
        var focused = Offer(1, 600, [Teaches("main", 0, 1)], Session(11, 60));
        // Four points on the small gap would beat three on the main one; but three quarters of the course are about other things.
        var broad = Offer(2, 600, [Teaches("small", 0, 4), .. Enumerable.Range(1, 6).Select(i => Teaches($"other-{i}", 0, 2))], Session(21, 10));
        var result = Recommender.Recommend(gaps, SearchConstraints.None, [broad, focused], Today);

        Assert.Equal([1, 2], result.Items.Select(i => i.Offer.Id));
        var broadItem = result.Items[1];
        Assert.Equal(0.25, broadItem.Focus);
        Assert.Equal(2.5, broadItem.Score);
        Assert.Contains(broadItem.Reasons, r => r.StartsWith("Etwa 25 % des Angebots betreffen diese Lücken") && r.Contains("Nutzen 2,5 von 4"));
        Assert.DoesNotContain(result.Items[0].Reasons, r => r.StartsWith("Etwa"));
    }

    [Fact]
    public void A_broad_offer_closing_many_of_the_persons_gaps_keeps_its_full_value()
    {
        var gaps = new[] { Gap("a", 0, 2), Gap("b", 0, 2), Gap("c", 0, 2) };
        var programme = Offer(1, 3000, [Teaches("a", 0, 2), Teaches("b", 0, 2), Teaches("c", 0, 2)]);
        var item = Assert.Single(Recommender.Recommend(gaps, SearchConstraints.None, [programme], Today).Items);
        Assert.Equal((1.0, 6.0), (item.Focus, item.Score));
    }

    [Fact]
    public void A_low_confidence_link_counts_less_and_says_it_was_linked_automatically()
    {
        var automatic = Offer(1, 300, [new TaughtCompetency("a", 0, 2, Confidence: 0.5)], Session(11, 5));
        var confirmed = Offer(2, 300, [Teaches("a", 0, 2)], Session(21, 30));
        var result = Recommender.Recommend([Gap("a", 0, 2, weight: 2)], SearchConstraints.None, [automatic, confirmed], Today);

        Assert.Equal([2, 1], result.Items.Select(i => i.Offer.Id));
        Assert.Equal([4.0, 2.0], result.Items.Select(i => i.Score));
        var closed = Assert.Single(result.Items[1].Closes);
        Assert.True(closed.IsAutomatic);
        Assert.Contains(result.Items[1].Reasons, r => r.Contains("automatisch zugeordnet, zu 50 % sicher: 2 statt 4 Punkte"));
        Assert.DoesNotContain(result.Items[0].Reasons, r => r.Contains("automatisch"));
    }

    [Fact]
    public void Of_two_links_to_one_competency_the_one_worth_more_counts()
    {
        var offer = Offer(1, 300, [new TaughtCompetency("a", 0, 3, Confidence: 0.4), Teaches("a", 0, 2)]);
        var item = Assert.Single(Recommender.Recommend([Gap("a", 0, 3)], SearchConstraints.None, [offer], Today).Items);
        var closed = Assert.Single(item.Closes);
        Assert.Equal((2, 1.0), (closed.To, closed.Confidence));
        Assert.Equal(2, item.Score);
    }
}
