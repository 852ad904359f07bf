using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Funding;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Funding;

public sealed record PersonFactsRequest(
    int? Age = null,
    bool? HasVocationalQualification = null,
    bool? SeverelyDisabled = null,
    string? EmploymentStatus = null,
    decimal? TaxableIncome = null,
    bool JointlyAssessed = false,
    Dictionary<string, decimal>? UsedThisYear = null);

/// <param name="CollectiveAgreement">A works or collective agreement provides for training (special rates of § 82 SGB III).</param>
/// <param name="TrainingNetwork">The course runs in a Weiterbildungsverbund of several companies.</param>
/// <param name="LeadsToQualification">
/// Whether the course leads to a vocational qualification (Berufsabschluss). Left out, the offer's own statement counts;
/// given, it overrides the offer for a what-if calculation, and the response says which value was used.
/// </param>
public sealed record FundingEstimateRequest(int? OfferId, int? CompanySize, PersonFactsRequest? Person,
    bool? CollectiveAgreement = null, bool? TrainingNetwork = null, bool? LeadsToQualification = null);

public sealed record ProgrammeEstimateResponse(
    string Key, string Name, bool Eligible, decimal Rate, decimal? WageSubsidyRate, decimal AmountCovered, decimal RemainingCost,
    IReadOnlyList<string> Reasons, IReadOnlyList<string> Hints, DateOnly ValidFrom, DateOnly? ValidUntil, string Source, string Note);

/// <param name="LeadsToQualification">What the estimate assumed: the request's value if given, else the offer's.</param>
/// <param name="OfferLeadsToQualification">What the provider states for the offer.</param>
public sealed record FundingEstimateResponse(
    int OfferId, string Title, decimal Price, decimal PriceAfterFunding, string? BestProgramme, DateOnly? CourseStart,
    IReadOnlyList<ProgrammeEstimateResponse> Programmes, string Disclaimer, bool LeadsToQualification, bool OfferLeadsToQualification);

public static class FundingApi
{
    public const string Disclaimer = "Orientierung, keine Entscheidung: Ob und wie viel gefördert wird, entscheidet die Agentur für Arbeit, das Jobcenter oder die Förderstelle des Landes.";

    public static IEndpointRouteBuilder MapFunding(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/funding").WithTags("Förderung").AllowAnonymous().RequireRateLimiting(ApiRateLimits.Policy);
        api.MapPost("/estimate", Estimate).WithSummary("Welche Förderprogramme passen zu einem Angebot, einem Betrieb und einer Person – mit Beträgen und Gründen");
        return app;
    }

    public static async Task<Results<Ok<FundingEstimateResponse>, ValidationProblem, ProblemHttpResult>> Estimate(
        FundingEstimateRequest request, AppDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (request.OfferId is null) errors["offerId"] = ["Bitte die Kennung des Angebots (offerId) angeben."];
        if (request.CompanySize is < 1 or > 1_000_000) errors["companySize"] = ["Die Betriebsgröße (companySize) muss zwischen 1 und 1.000.000 Beschäftigten liegen."];
        var facts = PersonFactsParser.Parse(request.Person, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors, title: "Die Angaben sind unvollständig oder ungültig.");

        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        var offer = await db.Offers.AsNoTracking().Where(o => o.Id == request.OfferId && o.IsPublished)
            .Select(o => new
            {
                o.Id, o.Title, o.Price, o.Hours, o.Azav, o.LeadsToQualification,
                Start = o.Sessions.Where(s => s.StartDate >= today && !s.IsClosedGroupRun).OrderBy(s => s.StartDate).Select(s => (DateOnly?)s.StartDate).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (offer is null)
            return TypedResults.Problem(statusCode: 404, title: "Angebot nicht gefunden", detail: $"Es gibt kein veröffentlichtes Angebot mit der Kennung {request.OfferId}.");

        var leadsToQualification = request.LeadsToQualification ?? offer.LeadsToQualification;
        var course = new CourseFacts(offer.Price, offer.Hours, offer.Azav, offer.Start, leadsToQualification);
        var programmes = FundingCatalogue.On(await FundingCatalogue.LoadAsync(db, ct), offer.Start ?? today);
        var estimate = FundingEstimator.Estimate(course, new CompanyFacts(request.CompanySize, request.CollectiveAgreement, request.TrainingNetwork),
            facts, programmes, today);
        return TypedResults.Ok(new FundingEstimateResponse(offer.Id, offer.Title, offer.Price, estimate.PriceAfterFunding,
            estimate.Best?.Programme.Key, offer.Start, estimate.Programmes.Select(ToResponse).ToList(), Disclaimer,
            leadsToQualification, offer.LeadsToQualification));
    }

    public static ProgrammeEstimateResponse ToResponse(ProgrammeEstimate e) => new(
        e.Programme.Key, e.Programme.Name, e.Eligible, e.Rate, e.WageSubsidyRate, e.AmountCovered, e.RemainingCost,
        e.Reasons, e.Hints, e.Programme.ValidFrom, e.Programme.ValidUntil, e.Programme.Source, e.Programme.Note);
}
