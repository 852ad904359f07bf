using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Domain.Tests.Demand;

public class CohortFormationTests
{
    private static readonly DateOnly Start = new(2026, 9, 1);
    private static int nextId;
    private static readonly CohortRules Rules = new(RadiusKm: 25, MinSize: 3, MaxSize: 5, MinOrganisations: 2, MinWindowDays: 5);

    private static OpenNeed Need(int organisation, string town = "Unna", string competency = "ki", int level = 3, int fromDay = 0, int toDay = 60)
    {
        var t = RegionTowns.Find(town)!;
        var id = Interlocked.Increment(ref nextId);
        return new OpenNeed(id, 1000 + id, organisation, competency, level, t.Latitude, t.Longitude, Start.AddDays(fromDay), Start.AddDays(toDay));
    }

    [Fact]
    public void People_of_two_companies_with_the_same_need_form_a_group_with_a_common_window()
    {
        var needs = new[] { Need(1, fromDay: 0), Need(1, fromDay: 10), Need(2, "Kamen", fromDay: 5, toDay: 30) };
        var proposal = Assert.Single(CohortFormation.Propose(needs, RegionTowns.All, Rules));
        Assert.Equal(("ki", 3), (proposal.CompetencyKey, proposal.TargetLevel));
        Assert.Equal(3, proposal.Members.Count);
        Assert.Equal(2, proposal.Organisations);
        Assert.Equal(Start.AddDays(10), proposal.WindowFrom);
        Assert.Equal(Start.AddDays(30), proposal.WindowTo);
        Assert.All(proposal.Members, m => Assert.True(RegionTowns.DistanceKm(m.Latitude, m.Longitude, proposal.Venue.Latitude, proposal.Venue.Longitude) <= 25));
    }

    [Fact]
    public void One_company_alone_is_no_cohort() =>
        Assert.Empty(CohortFormation.Propose([Need(1), Need(1), Need(1), Need(1)], RegionTowns.All, Rules));

    [Fact]
    public void Different_target_levels_or_competencies_are_not_mixed() =>
        Assert.Empty(CohortFormation.Propose([Need(1, level: 2), Need(2, level: 3), Need(3, competency: "sps")], RegionTowns.All, Rules));

    [Fact]
    public void People_beyond_the_radius_of_every_venue_stay_out()
    {
        var rules = Rules with { RadiusKm = 5 };
        var needs = new[] { Need(1, "Selm"), Need(2, "Selm"), Need(3, "Fröndenberg/Ruhr") };
        Assert.Empty(CohortFormation.Propose(needs, RegionTowns.All, rules));
    }

    [Fact]
    public void Without_a_common_window_of_the_minimum_length_there_is_no_group()
    {
        var needs = new[] { Need(1, toDay: 10), Need(2, fromDay: 8, toDay: 20), Need(3, fromDay: 9, toDay: 30) };
        Assert.Empty(CohortFormation.Propose(needs, RegionTowns.All, Rules));
    }

    [Fact]
    public void Large_demand_is_split_into_groups_no_larger_than_the_maximum()
    {
        var needs = Enumerable.Range(0, 11).Select(i => Need(1 + i % 3)).ToList();
        var proposals = CohortFormation.Propose(needs, RegionTowns.All, Rules);
        Assert.Equal([5, 5], proposals.Select(p => p.Members.Count));
        Assert.Equal(10, proposals.SelectMany(p => p.Members).Select(m => m.PersonId).Distinct().Count());
    }

    [Fact]
    public void A_discarded_set_of_needs_is_not_proposed_again_nor_a_smaller_copy_of_it()
    {
        var needs = new[] { Need(1), Need(1), Need(2), Need(3) };
        var first = Assert.Single(CohortFormation.Propose(needs, RegionTowns.All, Rules));
        Assert.Empty(CohortFormation.Propose(needs, RegionTowns.All, Rules, new HashSet<string> { first.NeedSet }));
    }

    [Fact]
    public void A_new_need_changes_the_set_and_the_group_is_proposed_again()
    {
        var needs = new List<OpenNeed> { Need(1), Need(2), Need(3) };
        var rejected = new HashSet<string> { Assert.Single(CohortFormation.Propose(needs, RegionTowns.All, Rules)).NeedSet };
        needs.Add(Need(4));
        var again = Assert.Single(CohortFormation.Propose(needs, RegionTowns.All, Rules, rejected));
        Assert.Equal(4, again.Members.Count);
        Assert.DoesNotContain(again.NeedSet, rejected);
    }

    [Fact]
    public void The_need_set_does_not_depend_on_order() =>
        Assert.Equal(CohortFormation.NeedSet([3, 1, 2]), CohortFormation.NeedSet([2, 3, 1, 1]));

    [Fact]
    public void A_longer_minimum_window_leaves_out_people_whose_time_is_too_short()
    {
        var needs = new[] { Need(1, toDay: 20), Need(2, toDay: 20), Need(3, toDay: 6) };
        Assert.Single(CohortFormation.Propose(needs, RegionTowns.All, Rules));
        Assert.Empty(CohortFormation.Propose(needs, RegionTowns.All, Rules with { MinWindowDays = 10 }));
    }

    [Fact]
    public void Invalid_rules_are_refused() =>
        Assert.Throws<ArgumentException>(() => CohortFormation.Propose([], RegionTowns.All, Rules with { MaxSize = 2 }));
}
