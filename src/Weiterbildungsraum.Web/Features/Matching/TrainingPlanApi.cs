using Microsoft.AspNetCore.Http.HttpResults;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Matching;

public sealed record PlanItemResponse(
    int ItemId, string Person, int? OfferId, string Offer, DateOnly? Start, DateOnly? End, string CompetencyId, int From, int To,
    string Status, decimal Cost, decimal CostAfterFunding, string? FundingProgramme);

public sealed record TrainingPlanResponse(int Year, string Name, decimal TotalCost, decimal TotalAfterFunding, IReadOnlyList<PlanItemResponse> Items);

public static class TrainingPlanApi
{
    public static IEndpointRouteBuilder MapTrainingPlan(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/organisations").WithTags("Weiterbildungsplan")
            .RequireAuthorization(Policies.CompanyHR).RequireRateLimiting(ApiRateLimits.Policy);
        api.MapGet("/{id:int}/training-plan", Get).WithSummary("Der Weiterbildungsplan eines Jahres – nur für Personalverantwortliche dieses Unternehmens");
        return app;
    }

    public static async Task<Results<Ok<TrainingPlanResponse>, ProblemHttpResult>> Get(int id, int? year, AppDbContext db, HttpContext http, CancellationToken ct)
    {
        // Tenant isolation: another company's plan looks exactly like one that does not exist.
        if (await Tenancy.OrganisationIdAsync(db, http.User, MembershipKind.HR, ct) != id)
            return TypedResults.Problem(statusCode: 404, title: "Plan nicht gefunden", detail: "Für dieses Unternehmen gibt es keinen Plan, den Sie sehen dürfen.");
        var board = await TrainingPlanBoard.LoadAsync(db, id, year ?? DateTime.UtcNow.Year, ct);
        return TypedResults.Ok(new TrainingPlanResponse(board.Year, board.Name, board.TotalCost, board.TotalAfterFunding,
            board.Rows.Select(r => new PlanItemResponse(r.ItemId, r.Person, r.OfferId, r.Offer, r.Start, r.End, r.CompetencyKey, r.FromLevel, r.ToLevel,
                r.Status.ToString().ToLowerInvariant(), r.Cost, r.CostAfterFunding, r.FundingProgramme)).ToList()));
    }
}
