using Weiterbildungsraum.Domain.Funding;
using static Weiterbildungsraum.Domain.Tests.Funding.Programmes;

namespace Weiterbildungsraum.Domain.Tests.Funding;

/// <summary>§ 82 SGB III as of April 2024: size bands and the special rates computed from rules as data.</summary>
public class Paragraph82SpecialRatesTests
{
    private static ProgrammeEstimate Estimate(CompanyFacts company, PersonFacts person, CourseFacts? course = null) =>
        Assert.Single(FundingEstimator.Estimate(course ?? Course(price: 4000), company, person, [Paragraph82], Today).Programmes);

    [Theory]
    [InlineData(10, 100, 75)]
    [InlineData(49, 100, 75)]
    [InlineData(50, 100, 50)]
    [InlineData(250, 100, 50)]
    [InlineData(499, 100, 50)]
    [InlineData(500, 25, 25)]
    [InlineData(5000, 25, 25)]
    public void From_45_the_employer_share_is_waived_below_500_employees(int employees, int courseRate, int wageRate)
    {
        var result = Estimate(new CompanyFacts(employees), Employee() with { Age = 45 });
        Assert.True(result.Eligible);
        Assert.Equal((courseRate, wageRate), ((int)result.Rate, (int)result.WageSubsidyRate!));
        Assert.Equal(4000m * courseRate / 100, result.AmountCovered);
    }

    [Theory]
    [InlineData(120, 100)]
    [InlineData(499, 100)]
    [InlineData(500, 25)]
    public void Severe_disability_counts_like_age_45(int employees, int courseRate)
    {
        var result = Estimate(new CompanyFacts(employees), Employee() with { SeverelyDisabled = true });
        Assert.Equal(courseRate, result.Rate);
        Assert.Equal(4000m * courseRate / 100, result.AmountCovered);
    }

    [Fact]
    public void At_44_the_band_rate_holds()
    {
        var result = Estimate(new CompanyFacts(120), Employee() with { Age = 44 });
        Assert.Equal(50, result.Rate);
        Assert.DoesNotContain(result.Reasons, r => r.Contains("Sonderregel 45+"));
    }

    [Theory]
    [InlineData(30)]
    [InlineData(200)]
    [InlineData(2000)]
    public void Without_qualification_a_qualification_course_is_paid_fully_in_every_size(int employees)
    {
        var result = Estimate(new CompanyFacts(employees), Employee() with { HasVocationalQualification = false },
            Course(price: 4000) with { LeadsToQualification = true });
        Assert.Equal((100m, 100m, 4000m), (result.Rate, result.WageSubsidyRate!.Value, result.AmountCovered));
        Assert.Contains(result.Reasons, r => r.StartsWith("Sonderregel ohne Abschluss.", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_qualification_another_course_keeps_the_band_rate_and_says_why()
    {
        var result = Estimate(new CompanyFacts(2000), Employee() with { HasVocationalQualification = false });
        Assert.Equal((25m, 25m), (result.Rate, result.WageSubsidyRate!.Value));
        Assert.Contains(result.Hints, h => h.Contains("Berufsabschluss führt"));
    }

    [Theory]
    [InlineData(20, 100, 80)]
    [InlineData(100, 55, 55)]
    [InlineData(800, 30, 30)]
    public void A_collective_agreement_adds_five_points_capped_at_100(int employees, int courseRate, int wageRate)
    {
        var result = Estimate(new CompanyFacts(employees, CollectiveAgreement: true), Employee());
        Assert.Equal((courseRate, wageRate), ((int)result.Rate, (int)result.WageSubsidyRate!));
        Assert.Equal(4000m * courseRate / 100, result.AmountCovered);
    }

    [Fact]
    public void Floors_apply_before_points_so_age_45_with_an_agreement_stays_at_100()
    {
        var result = Estimate(new CompanyFacts(100, CollectiveAgreement: true), Employee() with { Age = 50 });
        Assert.Equal((100m, 55m), (result.Rate, result.WageSubsidyRate!.Value));
    }

    [Fact]
    public void An_unknown_agreement_or_age_changes_nothing()
    {
        var result = Estimate(new CompanyFacts(100), Employee() with { Age = null });
        Assert.Equal((50m, 50m), (result.Rate, result.WageSubsidyRate!.Value));
    }

    [Fact]
    public void A_training_network_rate_applies_when_the_programme_data_has_one()
    {
        var withNetwork = Paragraph82 with
        {
            Adjustments = [.. Paragraph82.Adjustments!, new RateAdjustment(SpecialRuleTriggers.TrainingNetwork, "Verbund.", CourseCostPoints: 10)],
        };
        var inNetwork = Assert.Single(FundingEstimator.Estimate(Course(price: 1000), new CompanyFacts(800, TrainingNetwork: true), Employee(), [withNetwork], Today).Programmes);
        var alone = Assert.Single(FundingEstimator.Estimate(Course(price: 1000), new CompanyFacts(800, TrainingNetwork: false), Employee(), [withNetwork], Today).Programmes);
        Assert.Equal((35m, 25m), (inNetwork.Rate, alone.Rate));
    }

    [Fact]
    public void Special_rates_never_make_an_ineligible_course_eligible()
    {
        var result = Estimate(new CompanyFacts(30), Employee() with { Age = 50 }, Course(hours: 80));
        Assert.False(result.Eligible);
        Assert.Equal(0, result.AmountCovered);
    }
}
