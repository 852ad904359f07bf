using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Weiterbildungsraum.Domain.Funding;
using Weiterbildungsraum.Domain.Matching;
using Weiterbildungsraum.Web.Features.Funding;
using Weiterbildungsraum.Web.Features.Matching;

namespace Weiterbildungsraum.Web.Tests.Funding;

public class FundingApiTests(FundingPlatform platform) : IClassFixture<FundingPlatform>
{
    private readonly HttpClient client = platform.CreateClient();

    private static object Employee(int income = 40_000, object? used = null) => new
    {
        age = 35, hasVocationalQualification = true, severelyDisabled = false, employmentStatus = "Employed", taxableIncome = income, usedThisYear = used,
    };

    private async Task<JsonElement> EstimateAsync(object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/funding/estimate", body, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    private static JsonElement Programme(JsonElement estimate, string key) =>
        estimate.GetProperty("programmes").EnumerateArray().Single(p => p.GetProperty("key").GetString() == key);

    [Theory]
    [InlineData(49, 4000)]
    [InlineData(50, 2000)]
    [InlineData(499, 2000)]
    [InlineData(500, 1000)]
    public async Task Paragraph_82_pays_by_company_size(int employees, decimal covered)
    {
        var estimate = await EstimateAsync(new { offerId = platform.Long160, companySize = employees, person = Employee() });
        var p82 = Programme(estimate, "sgb3-82");
        Assert.True(p82.GetProperty("eligible").GetBoolean());
        Assert.Equal(covered, p82.GetProperty("amountCovered").GetDecimal());
        Assert.Equal(4000 - covered, p82.GetProperty("remainingCost").GetDecimal());
        Assert.Equal(new DateOnly(2024, 4, 1), DateOnly.Parse(p82.GetProperty("validFrom").GetString()!));
        Assert.Contains("§ 82 SGB III", p82.GetProperty("source").GetString());
        Assert.Contains("keine Entscheidung", estimate.GetProperty("disclaimer").GetString());
    }

    [Theory]
    [InlineData(120, 50, false, false, 4000)]
    [InlineData(800, 50, false, false, 1000)]
    [InlineData(120, 35, true, false, 2200)]
    [InlineData(800, 35, true, false, 1200)]
    [InlineData(800, 35, false, true, 1000)]
    public async Task Paragraph_82_special_rates_come_from_the_programme_data(int employees, int age, bool agreement, bool qualificationCourse, decimal covered)
    {
        var estimate = await EstimateAsync(new
        {
            offerId = platform.Long160, companySize = employees, collectiveAgreement = agreement, leadsToQualification = qualificationCourse,
            person = new { age, hasVocationalQualification = true, severelyDisabled = false, employmentStatus = "Employed" },
        });
        Assert.Equal(covered, Programme(estimate, "sgb3-82").GetProperty("amountCovered").GetDecimal());
    }

    [Fact]
    public async Task Without_qualification_a_qualification_course_is_paid_fully_also_in_a_large_company()
    {
        var person = new { age = 30, hasVocationalQualification = false, employmentStatus = "Employed" };
        var course = Programme(await EstimateAsync(new { offerId = platform.Long160, companySize = 800, leadsToQualification = true, person }), "sgb3-82");
        Assert.Equal((4000m, 100m), (course.GetProperty("amountCovered").GetDecimal(), course.GetProperty("wageSubsidyRate").GetDecimal()));
        var other = Programme(await EstimateAsync(new { offerId = platform.Long160, companySize = 800, person }), "sgb3-82");
        Assert.Equal(1000m, other.GetProperty("amountCovered").GetDecimal());
        Assert.Contains(other.GetProperty("hints").EnumerateArray(), h => h.GetString()!.Contains("Berufsabschluss"));
    }

    [Fact]
    public async Task The_offer_says_whether_it_leads_to_a_qualification_and_only_then_the_special_rate_applies()
    {
        var person = new { age = 30, hasVocationalQualification = false, employmentStatus = "Employed" };
        var umschulung = await EstimateAsync(new { offerId = platform.Qualification160, companySize = 800, person });
        var course = Programme(umschulung, "sgb3-82");
        Assert.Equal((4000m, 100m), (course.GetProperty("amountCovered").GetDecimal(), course.GetProperty("wageSubsidyRate").GetDecimal()));
        Assert.True(umschulung.GetProperty("leadsToQualification").GetBoolean());
        Assert.True(umschulung.GetProperty("offerLeadsToQualification").GetBoolean());

        var certificate = await EstimateAsync(new { offerId = platform.Long160, companySize = 800, person });
        Assert.Equal(1000m, Programme(certificate, "sgb3-82").GetProperty("amountCovered").GetDecimal());
        Assert.False(certificate.GetProperty("leadsToQualification").GetBoolean());
        Assert.Contains(Programme(certificate, "sgb3-82").GetProperty("hints").EnumerateArray(), h => h.GetString()!.Contains("Berufsabschluss"));

        var qualified = new { age = 30, hasVocationalQualification = true, employmentStatus = "Employed" };
        Assert.Equal(1000m, Programme(await EstimateAsync(new { offerId = platform.Qualification160, companySize = 800, person = qualified }), "sgb3-82")
            .GetProperty("amountCovered").GetDecimal());
    }

    [Fact]
    public async Task An_explicit_value_in_the_request_overrides_the_offer_for_a_what_if()
    {
        var person = new { age = 30, hasVocationalQualification = false, employmentStatus = "Employed" };
        var asIfNot = await EstimateAsync(new { offerId = platform.Qualification160, companySize = 800, leadsToQualification = false, person });
        Assert.Equal(1000m, Programme(asIfNot, "sgb3-82").GetProperty("amountCovered").GetDecimal());
        Assert.Equal((false, true), (asIfNot.GetProperty("leadsToQualification").GetBoolean(), asIfNot.GetProperty("offerLeadsToQualification").GetBoolean()));
    }

    [Fact]
    public async Task The_price_after_funding_of_a_recommendation_follows_the_offers_statement()
    {
        var programmes = await platform.WithDbAsync(db => FundingCatalogue.LoadAsync(db));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var facts = new PersonFacts(Age: 30, HasVocationalQualification: false, EmploymentStatus: EmploymentStatus.Employed);
        CandidateOffer Offer(bool leadsToQualification) => new(1, "Umschulung", 4000, 160, true, "de", [],
            [new CandidateSession(1, today.AddDays(30), today.AddDays(60), LearningFormat.Onsite, null, "Dortmund")], leadsToQualification);
        Assert.Equal(0m, PersonalRecommendations.Hint(Offer(true), 800, facts, programmes, today)!.PriceAfterFunding);
        Assert.Equal(3000m, PersonalRecommendations.Hint(Offer(false), 800, facts, programmes, today)!.PriceAfterFunding);
    }

    [Fact]
    public async Task Paragraph_82_needs_more_than_120_hours_and_AZAV()
    {
        var at120 = Programme(await EstimateAsync(new { offerId = platform.Exactly120, companySize = 30, person = Employee() }), "sgb3-82");
        Assert.False(at120.GetProperty("eligible").GetBoolean());
        Assert.Contains(at120.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("120 Stunden"));
        var noAzav = await EstimateAsync(new { offerId = platform.ShortNoAzav, companySize = 30, person = Employee() });
        Assert.False(Programme(noAzav, "sgb3-82").GetProperty("eligible").GetBoolean());
        var scheck = Programme(noAzav, "bildungsscheck-nrw");
        Assert.True(scheck.GetProperty("eligible").GetBoolean());
        Assert.Equal(400m, scheck.GetProperty("amountCovered").GetDecimal());
        Assert.Equal(400m, noAzav.GetProperty("priceAfterFunding").GetDecimal());
    }

    [Fact]
    public async Task Job_seekers_get_the_Bildungsgutschein_for_AZAV_courses()
    {
        var estimate = await EstimateAsync(new { offerId = platform.Long160, person = new { employmentStatus = "JobSeeking" } });
        Assert.True(Programme(estimate, "sgb3-81").GetProperty("eligible").GetBoolean());
        Assert.Equal(0m, estimate.GetProperty("priceAfterFunding").GetDecimal());
        Assert.Equal("sgb3-81", estimate.GetProperty("bestProgramme").GetString());
    }

    [Fact]
    public async Task What_was_used_this_year_lowers_the_Bildungsscheck()
    {
        var estimate = await EstimateAsync(new { offerId = platform.ShortNoAzav, person = Employee(used: new Dictionary<string, decimal> { ["bildungsscheck-nrw"] = 450 }) });
        Assert.Equal(50m, Programme(estimate, "bildungsscheck-nrw").GetProperty("amountCovered").GetDecimal());
    }

    [Theory]
    [InlineData("""{"companySize": 10}""", "offerId")]
    [InlineData("""{"offerId": 1, "companySize": 0}""", "companySize")]
    [InlineData("""{"offerId": 1, "person": {"employmentStatus": "Rentner"}}""", "person.employmentStatus")]
    [InlineData("""{"offerId": 1, "person": {"age": 7}}""", "person.age")]
    public async Task Bad_input_is_a_problem_naming_the_field(string json, string field)
    {
        var response = await client.PostAsync("/api/v1/funding/estimate", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"Kein Fehler für {field}: {problem}");
    }

    [Fact]
    public async Task Malformed_json_and_unknown_offers_are_4xx_problems()
    {
        var malformed = await client.PostAsync("/api/v1/funding/estimate", new StringContent("{\"offerId\": \"eins\"", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var unknown = await client.PostAsJsonAsync("/api/v1/funding/estimate", new { offerId = 999_999 }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
    }
}
