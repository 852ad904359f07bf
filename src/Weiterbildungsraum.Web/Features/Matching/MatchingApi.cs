using Weiterbildungsraum.Domain.Geo;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Weiterbildungsraum.Domain.Matching;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Matching;

public sealed record ClosedGapResponse(string CompetencyId, string Name, int From, int To, int Weight, double Points, double Confidence, bool Automatic);

public sealed record SessionResponse(int SessionId, DateOnly Start, DateOnly End, string Format, string Town);

public sealed record MissingPrerequisiteResponse(string CompetencyId, string Name, int Actual, int EntryLevel, int? SuggestedOfferId, string? SuggestedTitle);

public sealed record RecommendationItemResponse(
    int OfferId, string Title, double Score, IReadOnlyList<ClosedGapResponse> Closes, double Focus, SessionResponse NextSession, double? DistanceKm,
    decimal Price, decimal? PriceAfterFunding, string? FundingProgramme, bool MissingPrerequisite,
    IReadOnlyList<MissingPrerequisiteResponse> Prerequisites, IReadOnlyList<string> Reasons);

/// <summary>The first step of a path; Listed says whether it is among the items of the same answer.</summary>
public sealed record FirstStepResponse(int OfferId, string Title, SessionResponse Session, bool Listed);

public sealed record NextStepResponse(
    int OfferId, string Title, double Score, IReadOnlyList<ClosedGapResponse> Closes, double Focus, SessionResponse NextSession, double? DistanceKm,
    decimal Price, decimal? PriceAfterFunding, string? FundingProgramme, FirstStepResponse After, IReadOnlyList<string> Reasons);

public sealed record UncoveredResponse(string CompetencyId, string Name, int Actual, int Target, int Weight);

public sealed record RecommendationsResponse(
    string RoleId, string Horizon, int Fit, IReadOnlyList<RecommendationItemResponse> Items, IReadOnlyList<NextStepResponse> NextSteps,
    IReadOnlyList<UncoveredResponse> Uncovered, string Disclaimer);

public sealed record PathStepResponse(int OfferId, string Title, SessionResponse Session, double? DistanceKm, decimal Price, IReadOnlyList<ClosedGapResponse> Closes);

public sealed record UnmetResponse(string CompetencyId, string Name, int ReachedLevel, int Target, int Weight, string Reason);

public sealed record LearningPathResponse(string RoleId, string Horizon, decimal TotalCost, DateOnly? Finish, IReadOnlyList<PathStepResponse> Steps, IReadOnlyList<UnmetResponse> Uncovered);

public static class MatchingApi
{
    public static IEndpointRouteBuilder MapMatching(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Empfehlungen").AllowAnonymous().RequireRateLimiting(ApiRateLimits.Policy);
        api.MapPost("/recommendations", Recommend).WithSummary("Passende Angebote zu den Lücken einer Rolle, nach Nutzen geordnet und begründet");
        api.MapPost("/learning-path", LearningPath).WithSummary("Ein Lernpfad, der die Lücken innerhalb eines Budgets schließt, und was offen bleibt");
        return app;
    }

    public static async Task<Results<Ok<RecommendationsResponse>, ValidationProblem, ProblemHttpResult>> Recommend(
        RecommendationRequest request, AppDbContext db, PlaceDirectory places, ClaimsPrincipal user, CancellationToken ct)
    {
        var (person, denied) = await PersonAsync(request, db, user, "Empfehlungen aus Einschätzungen berechnet", ct);
        if (denied is not null) return denied;
        var (result, errors, roleMissing) = await PersonalRecommendations.ComputeAsync(db, places, request, ct, person);
        if (roleMissing) return RoleNotFound(request.RoleId);
        if (result is null) return TypedResults.ValidationProblem(errors, title: "Die Angaben sind unvollständig oder ungültig.");
        await UnmetNeedsRecorder.RecordAsync(db, result, request, places, person, ct);
        var items = result.Recommendations.Items.Select(i => new RecommendationItemResponse(
            i.Offer.Id, i.Offer.Title, i.Score, i.Closes.Select(Closed).ToList(), Math.Round(i.Focus, 2), Session(i.NextRun.Session), Km(i.NextRun.DistanceKm),
            i.Offer.Price, i.Funding?.PriceAfterFunding, i.Funding?.ProgrammeName, i.HasMissingPrerequisite,
            i.MissingPrerequisites.Select(m => new MissingPrerequisiteResponse(m.CompetencyKey, m.Name, m.Actual, m.EntryLevel, m.SuggestedOfferId, m.SuggestedTitle)).ToList(),
            i.Reasons)).ToList();
        var listed = result.Recommendations.Items.Select(i => i.Offer.Id).ToHashSet();
        var nextSteps = result.Recommendations.NextSteps.Select(n => new NextStepResponse(
            n.Offer.Id, n.Offer.Title, n.Score, n.Closes.Select(Closed).ToList(), Math.Round(n.Focus, 2), Session(n.Run.Session), Km(n.Run.DistanceKm),
            n.Offer.Price, n.Funding?.PriceAfterFunding, n.Funding?.ProgrammeName,
            new FirstStepResponse(n.After.Id, n.After.Title, Session(n.AfterRun), listed.Contains(n.After.Id)), n.Reasons)).ToList();
        var uncovered = result.Recommendations.Uncovered.Select(g => new UncoveredResponse(g.CompetencyKey, g.Name, g.Actual, g.Target, g.Weight)).ToList();
        return TypedResults.Ok(new RecommendationsResponse(result.Role.Id, Horizon(result), result.Analysis.Fit, items, nextSteps, uncovered, Funding.FundingApi.Disclaimer));
    }

    public static async Task<Results<Ok<LearningPathResponse>, ValidationProblem, ProblemHttpResult>> LearningPath(
        RecommendationRequest request, AppDbContext db, PlaceDirectory places, ClaimsPrincipal user, CancellationToken ct)
    {
        var (person, denied) = await PersonAsync(request, db, user, "Lernpfad aus Einschätzungen berechnet", ct);
        if (denied is not null) return denied;
        var (result, errors, roleMissing) = await PersonalRecommendations.ComputeAsync(db, places, request, ct, person);
        if (roleMissing) return RoleNotFound(request.RoleId);
        if (result is null) return TypedResults.ValidationProblem(errors, title: "Die Angaben sind unvollständig oder ungültig.");
        var path = result.Path;
        return TypedResults.Ok(new LearningPathResponse(result.Role.Id, Horizon(result), path.TotalCost, path.Finish,
            path.Steps.Select(s => new PathStepResponse(s.Offer.Id, s.Offer.Title, Session(s.Session), Km(s.DistanceKm), s.Offer.Price, s.Closes.Select(Closed).ToList())).ToList(),
            path.Unmet.Select(u => new UnmetResponse(u.CompetencyKey, u.Name, u.ReachedLevel, u.Target, u.Weight, u.Reason == UnmetReason.Budget ? "budget" : "noOffer")).ToList()));
    }

    private static async Task<(PersonContext? Person, ProblemHttpResult? Denied)> PersonAsync(
        RecommendationRequest request, AppDbContext db, ClaimsPrincipal user, string purpose, CancellationToken ct)
    {
        if (request.PersonId is not { } personId) return (null, null);
        if (!string.IsNullOrWhiteSpace(request.RoleId))
            return (null, TypedResults.Problem(statusCode: 400, title: "Rolle oder Person",
                detail: "Bitte entweder roleId mit ratings oder personId angeben; die Rolle einer Person ist die ihr zugewiesene."));
        var (outcome, context) = await PersonAccess.LoadAsync(db, user, personId, purpose, ct);
        return outcome switch
        {
            PersonAccessOutcome.Allowed => (context, null),
            PersonAccessOutcome.NotSignedIn => (null, TypedResults.Problem(statusCode: 401, title: "Anmeldung nötig",
                detail: "Empfehlungen aus gespeicherten Einschätzungen gibt es nur nach der Anmeldung.")),
            PersonAccessOutcome.Forbidden => (null, TypedResults.Problem(statusCode: 403, title: "Keine Berechtigung",
                detail: "Gespeicherte Einschätzungen anderer Personen dürfen nur die Person selbst und die Personalverantwortlichen ihres Betriebs verwenden.")),
            PersonAccessOutcome.NoRole => (null, TypedResults.Problem(statusCode: 409, title: "Keine Rolle zugewiesen",
                detail: $"Der Person {personId} ist keine Rolle zugewiesen; ohne Rolle gibt es kein Soll zum Vergleich.")),
            _ => (null, TypedResults.Problem(statusCode: 404, title: "Person nicht gefunden", detail: $"Es gibt keine Person mit der Kennung {personId}.")),
        };
    }

    private static ProblemHttpResult RoleNotFound(string? roleId) =>
        TypedResults.Problem(statusCode: 404, title: "Rolle nicht gefunden", detail: $"Es gibt keine Rolle mit der Kennung „{roleId}“.");

    private static string Horizon(PersonalRecommendationResult result) => result.Horizon == Domain.Assessments.Horizon.Now ? "now" : "future";

    private static ClosedGapResponse Closed(ClosedGap c) => new(c.CompetencyKey, c.Name, c.From, c.To, c.Weight, Math.Round(c.Points, 1), c.Confidence, c.IsAutomatic);

    private static SessionResponse Session(CandidateSession s) => new(s.Id, s.Start, s.End, s.Format.ToString().ToLowerInvariant(), s.Town);

    private static double? Km(double? km) => km is { } d ? Math.Round(d, 1) : null;
}
