using Weiterbildungsraum.Domain.Matching;
using static Weiterbildungsraum.Domain.Tests.Matching.Build;

namespace Weiterbildungsraum.Domain.Tests.Matching;

/// <summary>In-house runs come to a company: they fit HR planning for its employees, never an individual asking for herself.</summary>
public class AudienceTests
{
    private static readonly CandidateOffer InhouseOnly =
        Offer(1, 900, [Teaches("a", 0, 2)], Session(11, 10, format: LearningFormat.Inhouse), Session(12, 40, format: LearningFormat.Inhouse));

    [Fact]
    public void An_in_house_only_offer_is_recommended_to_company_HR_but_not_to_an_individual()
    {
        var individual = Recommender.Recommend([Gap("a", 0, 2)], SearchConstraints.None, [InhouseOnly], Today);
        Assert.Empty(individual.Items);
        Assert.Equal("a", Assert.Single(individual.Uncovered).CompetencyKey);

        var company = Recommender.Recommend([Gap("a", 0, 2)], SearchConstraints.ForCompany, [InhouseOnly], Today);
        Assert.Equal(1, Assert.Single(company.Items).Offer.Id);
        Assert.Contains(company.Items[0].Reasons, r => r.Contains("im Betrieb"));
    }

    [Fact]
    public void An_individual_asking_for_in_house_runs_still_gets_none()
    {
        var constraints = new SearchConstraints(Formats: new HashSet<LearningFormat> { LearningFormat.Inhouse });
        Assert.Empty(Recommender.Recommend([Gap("a", 0, 2)], constraints, [InhouseOnly], Today).Items);
    }

    [Fact]
    public void An_individual_is_offered_the_next_run_that_is_not_in_house()
    {
        var mixed = Offer(1, 900, [Teaches("a", 0, 2)], Session(11, 10, format: LearningFormat.Inhouse), Session(12, 40));
        var individual = Assert.Single(Recommender.Recommend([Gap("a", 0, 2)], SearchConstraints.None, [mixed], Today).Items);
        Assert.Equal(12, individual.NextRun.Session.Id);
        var company = Assert.Single(Recommender.Recommend([Gap("a", 0, 2)], SearchConstraints.ForCompany, [mixed], Today).Items);
        Assert.Equal(11, company.NextRun.Session.Id);
    }

    [Fact]
    public void A_learning_path_for_an_individual_has_no_in_house_step()
    {
        var open = Offer(2, 1500, [Teaches("a", 0, 2)], Session(21, 20));
        var individual = LearningPathPlanner.Plan([Gap("a", 0, 2)], SearchConstraints.None, [InhouseOnly, open], Today);
        Assert.Equal([2], individual.Steps.Select(s => s.Offer.Id));
        var company = LearningPathPlanner.Plan([Gap("a", 0, 2)], SearchConstraints.ForCompany, [InhouseOnly, open], Today);
        Assert.Equal([1], company.Steps.Select(s => s.Offer.Id));
    }
}
