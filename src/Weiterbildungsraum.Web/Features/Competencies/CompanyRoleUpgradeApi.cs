using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Competencies;

public sealed record TargetResponse(int TargetNow, int TargetFuture, int Weight);

public sealed record UpgradeItemResponse(
    string CompetencyId, string Name, string Step, bool Own, TargetResponse? Company, TargetResponse? Origin, TargetResponse? Newer,
    TargetResponse? Result, TargetResponse? Alternative, IReadOnlyList<int> ChangedLevels);

public sealed record UpgradePlanResponse(
    int CompanyRoleId, string Name, string? RoleId, int FromVersion, int ToVersion, bool UpToDate, bool RoleRemoved, Guid RoleVersion,
    IReadOnlyList<ChangeResponse> Changes, IReadOnlyList<UpgradeItemResponse> Items);

/// <summary>Choices: competency id → "company" (keep the company's values) or "regio" (take the newer version's).</summary>
public sealed record UpgradeRequest(int ToVersion, Guid? RoleVersion, Dictionary<string, string>? Choices);

public sealed record UpgradeResponse(int CompanyRoleId, int FromVersion, int ToVersion, int Added, int Removed, int Updated, int Kept);

/// <summary>Moving a company role to the newest REGIO version over the API: the same plan and rules as the page.</summary>
public static class CompanyRoleUpgradeApi
{
    public static IEndpointRouteBuilder MapCompanyRoleUpgrades(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/company-roles").WithTags("Rollen im Unternehmen")
            .RequireAuthorization(Policies.CompanyHR).RequireRateLimiting(ApiRateLimits.Policy);
        api.MapGet("/{id:int}/upgrade", Plan).WithSummary("Was sich für eine Rolle des Unternehmens in der neuesten Modellversion ändert (mit Konflikten)");
        api.MapPost("/{id:int}/upgrade", Apply).WithSummary("Die Rolle auf die neueste Modellversion umstellen; Konflikte per „choices“ entscheiden");
        return app;
    }

    public static async Task<Results<Ok<UpgradePlanResponse>, ProblemHttpResult>> Plan(int id, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (await LoadAsync(db, user, id, ct) is not { } view) return NotFound(id);
        return TypedResults.Ok(new UpgradePlanResponse(view.Role.Id, view.Role.Name, view.Role.SourceRole?.Key, view.FromVersion, view.ToVersion,
            view.UpToDate, view.RoleGone && !view.UpToDate, view.Role.Version,
            view.Changes.Select(c => new ChangeResponse(c.Kind.ToString(), c.RoleKey, c.CompetencyKey, c.Description)).ToList(),
            view.Plan.Select(i => new UpgradeItemResponse(i.Key, i.Name, i.Step.ToString(), i.Own, T(i.Company), T(i.Origin), T(i.Newer),
                T(i.Result), T(i.Alternative), i.ChangedLevels)).ToList()));
    }

    /// <summary>Reads the body itself, so that the access rule answers first and a malformed body gets a problem naming the field.</summary>
    public static async Task<Results<Ok<UpgradeResponse>, ProblemHttpResult>> Apply(int id, HttpRequest http, ClaimsPrincipal user, AppDbContext db, CancellationToken ct)
    {
        if (await LoadAsync(db, user, id, ct) is not { } view) return NotFound(id);
        UpgradeRequest? request;
        try
        {
            request = await http.ReadFromJsonAsync<UpgradeRequest>(ct);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return TypedResults.Problem(statusCode: 400, title: "Ungültige Anfrage",
                detail: e is JsonException json ? $"{json.Path ?? "$"}: {json.Message}" : "Erwartet wird JSON: {\"toVersion\": 2, \"choices\": {\"kompetenz\": \"company\" | \"regio\"}}.");
        }
        if (request is null) return TypedResults.Problem(statusCode: 400, title: "Ungültige Anfrage", detail: "Der Inhalt fehlt.");
        if (view.UpToDate)
            return TypedResults.Problem(statusCode: 409, title: "Schon auf dem neuesten Stand", detail: $"Die Rolle folgt schon Version {view.FromVersion}.");
        if (view.RoleGone)
            return TypedResults.Problem(statusCode: 409, title: "Rolle entfällt", detail: $"Die REGIO-Rolle gibt es in Version {view.ToVersion} nicht mehr.");
        if (request.ToVersion != view.ToVersion)
            return TypedResults.Problem(statusCode: 409, title: "Andere Version", detail: $"„toVersion“ ist {request.ToVersion}, die neueste veröffentlichte Version ist {view.ToVersion}.");
        if (request.RoleVersion is { } expected && expected != view.Role.Version)
            return TypedResults.Problem(statusCode: 409, title: "Rolle inzwischen geändert", detail: "„roleVersion“ passt nicht mehr; bitte den Plan neu abrufen.");
        var unknown = request.Choices?.Keys.FirstOrDefault(k => view.Conflicts.All(c => c.Key != k));
        if (unknown is not null)
            return TypedResults.Problem(statusCode: 400, title: "Ungültiges Feld „choices“", detail: $"Für „{unknown}“ gibt es keinen Konflikt.");
        var (choices, missing) = CompanyRoleUpgrades.ReadChoices(view, request.Choices);
        if (missing is not null)
            return TypedResults.Problem(statusCode: 400, title: "Ungültiges Feld „choices“",
                detail: $"Für „{missing}“ ({view.Conflicts.First(c => c.Name == missing).Key}) fehlt die Wahl „company“ oder „regio“.");
        try
        {
            var outcome = await CompanyRoleUpgrades.ApplyAsync(db, view, choices, ct);
            return TypedResults.Ok(new UpgradeResponse(view.Role.Id, view.FromVersion, view.ToVersion, outcome.Added, outcome.Removed, outcome.Updated, outcome.Kept));
        }
        catch (DbUpdateConcurrencyException)
        {
            return TypedResults.Problem(statusCode: 409, title: "Rolle inzwischen geändert", detail: "Bitte den Plan neu abrufen.");
        }
    }

    private static async Task<RoleUpgradeView?> LoadAsync(AppDbContext db, ClaimsPrincipal user, int id, CancellationToken ct) =>
        await CompanyScope.OrganisationIdAsync(db, user, ct) is { } organisationId ? await CompanyRoleUpgrades.LoadAsync(db, organisationId, id, ct) : null;

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: 404, title: "Rolle nicht gefunden", detail: $"Eine aus dem REGIO-Modell übernommene Rolle {id} gibt es in Ihrem Unternehmen nicht.");

    private static TargetResponse? T(TargetSnapshot? t) => t is null ? null : new(t.TargetNow, t.TargetFuture, t.Weight);
}
