using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Funding;
using Weiterbildungsraum.Domain.Matching;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Funding;

namespace Weiterbildungsraum.Web.Features.Matching;

public sealed record PersonalRecommendationResult(
    RoleSummary Role, Horizon Horizon, GapAnalysisResult Analysis, RecommendationResult Recommendations, LearningPathResult Path);

/// <summary>
/// What a person-based request knows: the role the person is assigned, the Ist the reader may see, the employer's size and
/// town, the person's age, and whom the recommendations are for — read by <see cref="PersonAccess"/> after the access check.
/// </summary>
public sealed record PersonContext(RoleSummary Role, IReadOnlyList<ProfileTarget> Targets, IReadOnlyDictionary<string, int> Levels,
    int? CompanySize, string? Town, int? Age, Audience Audience);

/// <summary>From a role and ratings (or a person's assessed Ist) to ranked offers, a learning path and funding hints — for the API and /empfehlungen.</summary>
public static class PersonalRecommendations
{
    public static async Task<(PersonalRecommendationResult? Result, Dictionary<string, string[]> Errors, bool RoleMissing)> ComputeAsync(
        AppDbContext db, PlaceDirectory places, RecommendationRequest request, CancellationToken ct, PersonContext? person = null)
    {
        var errors = new Dictionary<string, string[]>();
        RoleSummary role;
        IReadOnlyList<ProfileTarget> targets;
        IReadOnlyDictionary<string, int> ratings;
        if (person is not null)
        {
            if (request.Ratings is { Count: > 0 }) errors["ratings"] = ["Mit personId werden die gespeicherten Einschätzungen verwendet; bitte keine ratings mitschicken."];
            (role, targets, ratings) = (person.Role, person.Targets, person.Levels);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(request.RoleId))
            {
                errors["roleId"] = ["Bitte eine Rolle (roleId) oder eine Person (personId) angeben."];
                return (null, errors, false);
            }
            var profile = await RoleProfileQuery.LoadAsync(db, request.RoleId.Trim(), ct);
            if (profile is null) return (null, errors, true);
            role = profile.Role;
            targets = profile.Competencies.Select(c => new ProfileTarget(c.Id, c.Name, c.TargetNow, c.TargetFuture, c.Weight)).ToList();
            ratings = RecommendationRequestRules.ParseRatings(request.Ratings, profile.Competencies.Select(c => c.Id).ToHashSet(StringComparer.Ordinal), errors);
        }

        var horizon = RecommendationRequestRules.ParseHorizon(request.Horizon, errors);
        // Only a stored employee read by her company's HR makes the company the audience; no request field can.
        var constraints = RecommendationRequestRules.ParseConstraints(request.Constraints, places, errors) with { Audience = person?.Audience ?? Audience.Individual };
        var facts = PersonFactsParser.Parse(request.Person, errors);
        if (person is not null)
            facts = facts with { Age = facts.Age ?? person.Age, EmploymentStatus = facts.EmploymentStatus ?? (person.CompanySize is null ? null : EmploymentStatus.Employed) };
        var companySize = request.CompanySize ?? person?.CompanySize;
        if (request.CompanySize is < 1 or > 1_000_000) errors["companySize"] = ["Die Betriebsgröße (companySize) muss zwischen 1 und 1.000.000 liegen."];
        if (request.Budget is < 0) errors["budget"] = ["Das Budget (budget) darf nicht negativ sein."];
        if (request.Limit is < 1 or > 100) errors["limit"] = ["Die Anzahl (limit) muss zwischen 1 und 100 liegen."];
        if (errors.Count > 0) return (null, errors, false);

        var analysis = GapAnalysis.Compare(targets, ratings, horizon!.Value);
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        var offers = await CandidateOffers.LoadAsync(db, places, analysis.Gaps.Select(g => g.CompetencyKey).ToList(), today, ct);
        var programmes = await FundingCatalogue.LoadAsync(db, ct);

        var recommendations = Recommender.Recommend(analysis.Gaps, constraints, offers, today, request.Limit ?? 20,
            offer => Hint(offer, companySize, facts, programmes, today));
        var path = LearningPathPlanner.Plan(analysis.Gaps, constraints, offers, today, request.Budget);
        return (new PersonalRecommendationResult(role, horizon.Value, analysis, recommendations, path), errors, false);
    }

    public static FundingHint? Hint(CandidateOffer offer, int? companySize, PersonFacts facts, IReadOnlyList<FundingProgrammeRules> programmes, DateOnly today)
    {
        var start = offer.Sessions.Where(s => s.Start >= today).Select(s => (DateOnly?)s.Start).Min();
        var estimate = FundingEstimator.Estimate(new CourseFacts(offer.Price, offer.Hours, offer.Azav, start, offer.LeadsToQualification), companySize, facts,
            FundingCatalogue.On(programmes, start ?? today), today);
        return estimate.Best is { } best ? new FundingHint(best.RemainingCost, best.Programme.Name) : null;
    }
}
