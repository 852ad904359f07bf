using Weiterbildungsraum.Domain.Funding;
using static Weiterbildungsraum.Domain.Tests.Funding.Programmes;

namespace Weiterbildungsraum.Domain.Tests.Funding;

public class FundingEstimatorTests
{
    private static ProgrammeEstimate Estimate(FundingProgrammeRules programme, CourseFacts course, int? size, PersonFacts person) =>
        Assert.Single(FundingEstimator.Estimate(course, size, person, [programme], Today).Programmes);

    [Theory]
    [InlineData(1, 100, 75)]
    [InlineData(49, 100, 75)]
    [InlineData(50, 50, 50)]
    [InlineData(499, 50, 50)]
    [InlineData(500, 25, 25)]
    [InlineData(20000, 25, 25)]
    public void Paragraph_82_rates_follow_the_company_size_band(int employees, int courseRate, int wageRate)
    {
        var result = Estimate(Paragraph82, Course(price: 4000), employees, Employee());
        Assert.True(result.Eligible);
        Assert.Equal(courseRate, result.Rate);
        Assert.Equal(wageRate, result.WageSubsidyRate);
        Assert.Equal(4000m * courseRate / 100, result.AmountCovered);
        Assert.Equal(4000m - result.AmountCovered, result.RemainingCost);
    }

    [Theory]
    [InlineData(120, false)]
    [InlineData(121, true)]
    public void Paragraph_82_needs_more_than_120_hours(int hours, bool eligible)
    {
        var result = Estimate(Paragraph82, Course(hours: hours), 30, Employee());
        Assert.Equal(eligible, result.Eligible);
        if (!eligible) Assert.Contains(result.Reasons, r => r.Contains("nicht länger als 120 Stunden"));
    }

    [Fact]
    public void Paragraph_82_and_Bildungsgutschein_need_AZAV()
    {
        Assert.False(Estimate(Paragraph82, Course(azav: false), 30, Employee()).Eligible);
        var voucher = Estimate(Bildungsgutschein, Course(azav: false), null, new PersonFacts(EmploymentStatus: EmploymentStatus.JobSeeking));
        Assert.False(voucher.Eligible);
        Assert.Contains(voucher.Reasons, r => r.Contains("AZAV"));
    }

    [Fact]
    public void Bildungsgutschein_covers_the_full_course_for_job_seekers_only()
    {
        var seeker = Estimate(Bildungsgutschein, Course(price: 3200), null, new PersonFacts(EmploymentStatus: EmploymentStatus.JobSeeking));
        Assert.Equal((true, 3200m, 0m), (seeker.Eligible, seeker.AmountCovered, seeker.RemainingCost));
        Assert.False(Estimate(Bildungsgutschein, Course(), null, Employee()).Eligible);
    }

    [Fact]
    public void Paragraph_82_without_company_size_says_what_is_missing()
    {
        var result = Estimate(Paragraph82, Course(), null, Employee());
        Assert.False(result.Eligible);
        Assert.Contains("Angabe zur Betriebsgröße fehlt.", result.Reasons);
    }

    [Fact]
    public void Bildungsscheck_pays_half_up_to_500_euros()
    {
        Assert.Equal(300m, Estimate(Bildungsscheck, Course(price: 600, hours: 20, azav: false), null, Employee()).AmountCovered);
        Assert.Equal(500m, Estimate(Bildungsscheck, Course(price: 2000), null, Employee()).AmountCovered);
    }

    [Theory]
    [InlineData(50_000, false, true)]
    [InlineData(50_001, false, false)]
    [InlineData(100_000, true, true)]
    [InlineData(100_001, true, false)]
    public void Bildungsscheck_has_an_income_limit_doubled_when_jointly_assessed(int income, bool jointly, bool eligible) =>
        Assert.Equal(eligible, Estimate(Bildungsscheck, Course(price: 800), null, Employee(income) with { JointlyAssessed = jointly }).Eligible);

    [Fact]
    public void Bildungsscheck_cap_holds_across_two_courses_in_one_year()
    {
        var ledger = new FundingLedger();
        var first = ledger.EstimateAndRecord("p1", Course(price: 800, startInDays: 10), null, Employee(), [Bildungsscheck], Today);
        var second = ledger.EstimateAndRecord("p1", Course(price: 600, startInDays: 90), null, Employee(), [Bildungsscheck], Today);
        var third = ledger.EstimateAndRecord("p1", Course(price: 400, startInDays: 120), null, Employee(), [Bildungsscheck], Today);
        Assert.Equal(400m, first.Best!.AmountCovered);
        Assert.Equal(100m, second.Best!.AmountCovered);
        Assert.Null(third.Best);
        Assert.Contains(third.Programmes[0].Reasons, r => r.Contains("ausgeschöpft"));
        var nextYear = ledger.EstimateAndRecord("p1", Course(price: 400, startInDays: 320), null, Employee(), [Bildungsscheck], Today);
        Assert.Equal(200m, nextYear.Best!.AmountCovered);
        var someoneElse = ledger.EstimateAndRecord("p2", Course(price: 400, startInDays: 90), null, Employee(), [Bildungsscheck], Today);
        Assert.Equal(200m, someoneElse.Best!.AmountCovered);
    }

    [Fact]
    public void Amounts_already_used_this_year_reduce_the_cap()
    {
        var person = Employee() with { UsedThisYear = new Dictionary<string, decimal> { ["bildungsscheck-nrw"] = 450 } };
        var result = Estimate(Bildungsscheck, Course(price: 1000), null, person);
        Assert.Equal(50m, result.AmountCovered);
    }

    [Fact]
    public void A_programme_does_not_apply_before_its_valid_from_date()
    {
        var early = FundingEstimator.Estimate(new CourseFacts(800, 20, false, new DateOnly(2026, 1, 20)), CompanyFacts.Unknown, Employee(), [Bildungsscheck], new DateOnly(2026, 1, 5));
        Assert.False(early.Programmes[0].Eligible);
        Assert.Contains(early.Programmes[0].Reasons, r => r.Contains("Gilt erst ab 01.02.2026"));
        var onTheDay = FundingEstimator.Estimate(new CourseFacts(800, 20, false, new DateOnly(2026, 2, 1)), CompanyFacts.Unknown, Employee(), [Bildungsscheck], new DateOnly(2026, 1, 5));
        Assert.True(onTheDay.Programmes[0].Eligible);
    }

    [Fact]
    public void A_programme_ends_after_its_valid_until_date()
    {
        var ended = Bildungsscheck with { ValidUntil = new DateOnly(2026, 3, 31) };
        Assert.True(Estimate(ended, Course(price: 800, startInDays: 29), null, Employee()).Eligible);
        Assert.False(Estimate(ended, Course(price: 800, startInDays: 30), null, Employee()).Eligible);
    }

    [Fact]
    public void Bildungsscheck_must_be_applied_for_at_least_one_day_before_the_start()
    {
        Assert.Contains("Antrag spätestens am 02.03.2026 stellen.", Estimate(Bildungsscheck, Course(price: 800, startInDays: 1), null, Employee()).Hints);
        var tooLate = Estimate(Bildungsscheck, Course(price: 800, startInDays: 0), null, Employee());
        Assert.False(tooLate.Eligible);
    }

    [Fact]
    public void The_best_programme_is_the_one_that_covers_most_and_they_are_not_added_up()
    {
        var estimate = FundingEstimator.Estimate(Course(price: 4000), 30, Employee(), All, Today);
        Assert.Equal("sgb3-82", estimate.Best!.Programme.Key);
        Assert.Equal(0m, estimate.PriceAfterFunding);
        Assert.True(estimate.Programmes.Single(p => p.Programme.Key == "bildungsscheck-nrw").Eligible);
        Assert.False(estimate.Programmes.Single(p => p.Programme.Key == "sgb3-81").Eligible);
    }

    [Fact]
    public void Unknown_person_facts_make_person_conditions_unmet_with_a_reason()
    {
        var result = Estimate(Bildungsscheck, Course(price: 800), null, new PersonFacts());
        Assert.False(result.Eligible);
        Assert.Contains("Angabe zur Beschäftigung fehlt.", result.Reasons);
        Assert.Contains("Angabe zum zu versteuernden Einkommen fehlt.", result.Reasons);
    }
}
