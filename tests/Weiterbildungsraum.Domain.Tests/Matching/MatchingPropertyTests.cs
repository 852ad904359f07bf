using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Matching;

namespace Weiterbildungsraum.Domain.Tests.Matching;

/// <summary>Properties that hold for any person, offers and constraints (300 random regions each).</summary>
public class MatchingPropertyTests
{
    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 300));

    [Theory, MemberData(nameof(Seeds))]
    public void Recommendations_never_break_a_constraint_and_only_close_real_gaps(int seed)
    {
        var region = new RandomRegion(seed);
        var gaps = region.Gaps();
        var constraints = region.Constraints();
        var result = Recommender.Recommend(gaps, constraints, region.Offers(60), Build.Today, limit: 100);
        var open = gaps.Where(g => g.Size > 0).ToDictionary(g => g.CompetencyKey);

        foreach (var item in result.Items)
        {
            AssertRunFits(item.Offer, item.NextRun.Session, constraints);
            Assert.All(item.Closes, c =>
            {
                Assert.True(open.TryGetValue(c.CompetencyKey, out var gap), $"{c.CompetencyKey} hat keine Lücke.");
                Assert.Equal(gap.Actual, c.From);
                Assert.InRange(c.To, c.From + 1, gap.Target);
            });
            Assert.NotEmpty(item.Closes);
            Assert.True(item.Score > 0);
            Assert.Equal(item.Score, OfferValue.Round(item.Closes.Sum(c => c.Points) * OfferValue.Weighting(item.Focus)));
            Assert.InRange(item.Focus, 0, 1);
            Assert.Equal(item.Closes.Count, item.Reasons.Count(r => r.StartsWith("Schließt die Lücke")));
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Second_steps_close_gaps_only_after_a_listed_first_step_and_start_after_it_ends(int seed)
    {
        var region = new RandomRegion(seed);
        var gaps = region.Gaps();
        var constraints = region.Constraints();
        var result = Recommender.Recommend(gaps, constraints, region.Offers(60), Build.Today, limit: 100, nextSteps: 100);
        var open = gaps.Where(g => g.Size > 0).ToDictionary(g => g.CompetencyKey);
        var listed = result.Items.ToDictionary(i => i.Offer.Id);

        foreach (var next in result.NextSteps)
        {
            Assert.False(listed.ContainsKey(next.Offer.Id), $"Angebot {next.Offer.Id} ist Ergebnis und zweiter Schritt zugleich.");
            Assert.True(listed.TryGetValue(next.After.Id, out var first), $"Der erste Schritt {next.After.Id} schließt heute keine Lücke.");
            AssertRunFits(next.Offer, next.Run.Session, constraints);
            AssertRunFits(first.Offer, next.AfterRun, constraints);
            Assert.True(next.Run.Session.Start > next.AfterRun.End, $"Schritt {next.Offer.Id} beginnt vor dem Ende von {next.After.Id}.");
            Assert.True(next.Score > 0);
            Assert.All(next.Closes, c =>
            {
                var reached = first.Closes.FirstOrDefault(f => f.CompetencyKey == c.CompetencyKey)?.To ?? open[c.CompetencyKey].Actual;
                Assert.Equal(reached, c.From);
                Assert.InRange(c.To, c.From + 1, open[c.CompetencyKey].Target);
            });
        }
        Assert.Equal(result.NextSteps.Count, result.NextSteps.Select(n => n.Offer.Id).Distinct().Count());
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Recommendations_are_ordered_by_score_date_distance_price(int seed)
    {
        var region = new RandomRegion(seed);
        var result = Recommender.Recommend(region.Gaps(), region.Constraints(), region.Offers(60), Build.Today, limit: 100);
        foreach (var (a, b) in result.Items.Zip(result.Items.Skip(1)))
        {
            var key = (a.Score, b.Score) switch { var (x, y) when x != y => x > y ? -1 : 1, _ => 0 };
            if (key == 0) key = a.NextRun.Session.Start.CompareTo(b.NextRun.Session.Start);
            if (key == 0) key = (a.NextRun.DistanceKm ?? 0).CompareTo(b.NextRun.DistanceKm ?? 0);
            if (key == 0) key = a.Offer.Price.CompareTo(b.Offer.Price);
            Assert.True(key <= 0, $"Angebot {a.Offer.Id} steht vor {b.Offer.Id}, obwohl es schlechter ist.");
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void A_learning_path_respects_level_order_dates_budget_and_constraints(int seed)
    {
        var region = new RandomRegion(seed);
        var gaps = region.Gaps();
        var constraints = region.Constraints();
        var budget = region.Budget();
        var offers = region.Offers(40);
        var path = LearningPathPlanner.Plan(gaps, constraints, offers, Build.Today, budget);

        if (budget is { } limit) Assert.True(path.TotalCost <= limit, $"Kosten {path.TotalCost} über Budget {limit}.");
        Assert.Equal(path.Steps.Count, path.Steps.Select(s => s.Offer.Id).Distinct().Count());
        var level = gaps.Where(g => g.Size > 0).ToDictionary(g => g.CompetencyKey, g => (g.Actual, Ends: DateOnly.MinValue, g.Target));
        foreach (var step in path.Steps)
        {
            AssertRunFits(step.Offer, step.Session, constraints);
            foreach (var c in step.Closes)
            {
                var (reached, ends, target) = level[c.CompetencyKey];
                Assert.Equal(reached, c.From);
                Assert.True(c.To <= target);
                var taught = step.Offer.Teaches.Where(t => t.CompetencyKey == c.CompetencyKey).Max(t => t.ExitLevel);
                Assert.True(taught >= c.To);
                Assert.Contains(step.Offer.Teaches, t => t.CompetencyKey == c.CompetencyKey && t.EntryLevel <= c.From + 1);
                Assert.True(step.Session.Start > ends, $"Schritt {step.Offer.Id} beginnt vor dem Ende des vorigen Schritts.");
                level[c.CompetencyKey] = (c.To, step.Session.End, target);
            }
        }
        foreach (var (key, (reached, _, target)) in level)
            Assert.Equal(reached < target, path.Unmet.Any(u => u.CompetencyKey == key && u.ReachedLevel == reached));
    }

    private static void AssertRunFits(CandidateOffer offer, CandidateSession session, SearchConstraints constraints)
    {
        Assert.Contains(session, offer.Sessions);
        Assert.True(session.Start >= Build.Today);
        if (constraints.From is { } from) Assert.True(session.Start >= from);
        if (constraints.To is { } to) Assert.True(session.Start <= to);
        if (constraints.Formats is { Count: > 0 } formats) Assert.Contains(session.Format, formats);
        if (constraints.MaxPrice is { } max) Assert.True(offer.Price <= max);
        if (constraints.Language is { } language) Assert.Equal(language, offer.Language);
        if (constraints.Audience == Audience.Individual) Assert.NotEqual(LearningFormat.Inhouse, session.Format);
        if (constraints is { Origin: { } origin, RadiusKm: { } radius } && session.NeedsTravel)
            Assert.True(session.Location is { } at && at.DistanceKmTo(origin) <= radius, $"Termin {session.Id} liegt außerhalb des Umkreises.");
    }
}

public class OfferIndexTests
{
    [Theory, MemberData(nameof(MatchingPropertyTests.Seeds), MemberType = typeof(MatchingPropertyTests))]
    public void Recommendations_over_the_index_equal_those_over_all_offers(int seed)
    {
        var region = new RandomRegion(seed);
        var gaps = region.Gaps();
        var constraints = region.Constraints();
        var offers = region.Offers(60);
        var all = Recommender.Recommend(gaps, constraints, offers, Build.Today, limit: 100);
        var indexed = Recommender.Recommend(gaps, constraints, new OfferIndex(offers).Touching(gaps), Build.Today, limit: 100);
        Assert.Equal(all.Items.Select(i => (i.Offer.Id, i.Score)), indexed.Items.Select(i => (i.Offer.Id, i.Score)));
        Assert.Equal(all.NextSteps.Select(n => (n.Offer.Id, n.After.Id, n.Score)), indexed.NextSteps.Select(n => (n.Offer.Id, n.After.Id, n.Score)));
        Assert.Equal(all.Uncovered, indexed.Uncovered);
    }
}
