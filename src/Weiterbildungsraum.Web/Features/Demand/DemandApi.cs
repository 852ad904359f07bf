using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>A suppressed cell carries its id, name and the flag only — no numbers.</summary>
public sealed record DemandCellResponse(
    string CompetencyId, string Name, bool Suppressed,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Persons,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Organisations,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? DemandLevelSum,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SupplySessions);

public sealed record DemandResponse(string Horizon, string? Family, string? Role, string? Town, int MinPersons, int MinOrganisations, IReadOnlyList<DemandCellResponse> Cells);

public static class DemandApi
{
    public static IEndpointRouteBuilder MapDemand(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Bedarfsradar").RequireAuthorization(Policies.ProviderOrCoordinator).RequireRateLimiting(ApiRateLimits.Policy);
        api.MapGet("/demand", GetDemand)
            .WithSummary("Anonymisierter regionaler Bedarf je Kompetenz gegenüber dem Angebot")
            .WithDescription("Zahlen erscheinen nur, wenn genug Personen aus genug Organisationen dahinterstehen; sonst ist die Zelle „suppressed“ und ohne Zahlen.");
        api.MapGet("/demand/export.csv", ExportCsv).RequireAuthorization(Policies.Coordinator)
            .WithSummary("Der Bedarfsradar als CSV (nur Netzwerk-Koordination)");
        return app;
    }

    public static async Task<Results<Ok<DemandResponse>, ValidationProblem>> GetDemand(
        [FromQuery] string? family, [FromQuery] string? role, [FromQuery] string? town, [FromQuery] string? horizon,
        AppDbContext db, DemandRadarCache cache, AnonymityRule rule, CancellationToken ct)
    {
        var snapshot = await cache.GetAsync(db, rule, ct);
        var (query, errors) = DemandFilter.Resolve(snapshot.Catalog, family, role, town, horizon);
        if (query is null) return TypedResults.ValidationProblem(errors, title: "Ungültiger Filter für den Bedarfsradar");
        return TypedResults.Ok(new DemandResponse(query.Horizon.Key(), query.FamilyKey, query.RoleKey, query.Area(), rule.MinPersons, rule.MinOrganisations,
            Ordered(snapshot, query).Select(c => Response(snapshot.Catalog, c)).ToList()));
    }

    /// <summary>Published cells by demand first, then the suppressed ones by name.</summary>
    public static IEnumerable<DemandCell> Ordered(DemandSnapshot snapshot, DemandQuery query) =>
        snapshot.Radar.Cells(query, snapshot.Catalog.CompetencyKeys(query.FamilyKey, query.RoleKey))
            .OrderBy(c => c.Suppressed).ThenByDescending(c => c.DemandLevelSum).ThenBy(c => snapshot.Catalog.Name(c.CompetencyKey), StringComparer.CurrentCulture);

    private static DemandCellResponse Response(DemandCatalog catalog, DemandCell c) =>
        new(c.CompetencyKey, catalog.Name(c.CompetencyKey), c.Suppressed, c.Persons, c.Organisations, c.DemandLevelSum, c.SupplySessions);

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportCsv(
        [FromQuery] string? family, [FromQuery] string? role, [FromQuery] string? town, [FromQuery] string? horizon,
        AppDbContext db, DemandRadarCache cache, AnonymityRule rule, CancellationToken ct)
    {
        var snapshot = await cache.GetAsync(db, rule, ct);
        var (query, errors) = DemandFilter.Resolve(snapshot.Catalog, family, role, town, horizon);
        if (query is null) return TypedResults.ValidationProblem(errors, title: "Ungültiger Filter für den Bedarfsradar");
        var csv = DemandCsv.Write(Ordered(snapshot, query), snapshot.Catalog, rule);
        return TypedResults.File(csv, "text/csv; charset=utf-8", $"bedarfsradar-{query.Horizon.Key()}-{DateTime.UtcNow:yyyy-MM-dd}.csv");
    }
}
