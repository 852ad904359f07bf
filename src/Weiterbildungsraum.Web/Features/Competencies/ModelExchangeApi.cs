using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Competencies;

public sealed record VersionResponse(int Number, string Status, DateTime CreatedAt, DateTime? PublishedAt, string ChangeNote);

public sealed record ChangeResponse(string Kind, string? RoleId, string? CompetencyId, string Description);

/// <summary>A whole model as JSON (docs/competency-model-json.md): export, import as a draft, publish, compare.</summary>
public static class ModelExchangeApi
{
    private const long MaxModelBytes = 10 * 1024 * 1024;

    public static IEndpointRouteBuilder MapModelExchange(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/competency-model", Export).AllowAnonymous().RequireRateLimiting(ApiRateLimits.Policy)
            .WithTags("Kompetenzmodell").WithSummary("Das aktuelle veröffentlichte Kompetenzmodell als JSON");
        var curation = app.MapGroup("/api/v1/competency-model").WithTags("Kompetenzmodell pflegen")
            .RequireAuthorization(Policies.Coordinator).RequireRateLimiting(ApiRateLimits.Policy).DisableAntiforgery();
        curation.MapGet("/versions", ListVersions).WithSummary("Alle Versionen");
        curation.MapPost("/drafts", ImportDraft).WithSummary("Ein ganzes Modell als neuen Entwurf hochladen (wird vorher vollständig geprüft)");
        curation.MapPost("/versions/{number:int}/publish", Publish).WithSummary("Einen Entwurf veröffentlichen; veröffentlichte Versionen ändern sich nie");
        curation.MapGet("/versions/{number:int}/changes", Changes).WithSummary("Was sich gegenüber einer früheren Version geändert hat");
        return app;
    }

    public static async Task<Results<Ok<ModelContent>, ProblemHttpResult>> Export(AppDbContext db, CancellationToken ct)
    {
        var model = await ModelVersions.LoadAsync(db, await CurrentModel.VersionIdAsync(db, ct), ct);
        return model is null ? TypedResults.Problem(statusCode: 404, title: "Kein veröffentlichtes Modell") : TypedResults.Ok(model);
    }

    public static async Task<Ok<List<VersionResponse>>> ListVersions(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.FrameworkVersions.AsNoTracking().OrderBy(v => v.Number)
            .Select(v => new VersionResponse(v.Number, v.Status.ToString(), v.CreatedAt, v.PublishedAt, v.ChangeNote)).ToListAsync(ct));

    public static async Task<Results<Created<VersionResponse>, ProblemHttpResult>> ImportDraft(HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        if (request.ContentLength > MaxModelBytes)
            return TypedResults.Problem(statusCode: 413, title: "Datei zu groß", detail: "Ein Modell darf höchstens 10 MB groß sein.");
        ModelContent? model;
        try
        {
            model = await JsonSerializer.DeserializeAsync<ModelContent>(request.Body, ContentJson.Options, ct);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem(statusCode: 400, title: "Ungültiges Modell",
                detail: $"{e.Path ?? "$"} (Zeile {(e.LineNumber ?? 0) + 1}): {e.Message}");
        }
        if (model?.Framework is null || model.Competencies is null || model.Families is null)
            return TypedResults.Problem(statusCode: 400, title: "Ungültiges Modell", detail: "Erwartet werden „framework“, „competencies“ und „families“.");

        var errors = new List<ContentError>();
        ModelRules.Check(model, errors);
        if (errors.Count > 0)
            return TypedResults.Problem(statusCode: 400, title: "Das Modell enthält Fehler", detail: string.Join("\n", errors.Take(50)),
                extensions: new Dictionary<string, object?> { ["errors"] = errors.Select(e => new { e.File, e.Path, e.Reason }).ToList() });

        var framework = await db.Frameworks.Include(f => f.Versions).SingleOrDefaultAsync(f => f.Key == model.Framework.Key, ct);
        if (framework is null)
            return TypedResults.Problem(statusCode: 400, title: "Unbekanntes Modell", detail: $"framework.key „{model.Framework.Key}“ gibt es nicht.");
        var number = framework.Versions.Max(v => v.Number) + 1;
        var version = ModelSeeder.Build(model, VersionStatus.Draft, number, DateTime.UtcNow, $"Hochgeladen von {request.HttpContext.User.Identity?.Name}.");
        framework.Versions.Add(version);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/competency-model/versions/{number}",
            new VersionResponse(number, version.Status.ToString(), version.CreatedAt, null, version.ChangeNote));
    }

    public static async Task<Results<Ok<VersionResponse>, ProblemHttpResult>> Publish(int number, AppDbContext db, CancellationToken ct)
    {
        var version = await db.FrameworkVersions.SingleOrDefaultAsync(v => v.Number == number, ct);
        if (version is null) return TypedResults.Problem(statusCode: 404, title: "Version nicht gefunden");
        if (version.Status == VersionStatus.Published)
            return TypedResults.Problem(statusCode: 409, title: "Schon veröffentlicht", detail: $"Version {number} ist veröffentlicht und ändert sich nicht mehr.");
        version.Status = VersionStatus.Published;
        version.PublishedAt = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new VersionResponse(version.Number, version.Status.ToString(), version.CreatedAt, version.PublishedAt, version.ChangeNote));
    }

    public static async Task<Results<Ok<List<ChangeResponse>>, ProblemHttpResult>> Changes(int number, int? from, AppDbContext db, CancellationToken ct)
    {
        var versions = await db.FrameworkVersions.AsNoTracking().Select(v => new { v.Id, v.Number }).ToListAsync(ct);
        var target = versions.SingleOrDefault(v => v.Number == number);
        var source = versions.SingleOrDefault(v => v.Number == (from ?? number - 1));
        if (target is null || source is null)
            return TypedResults.Problem(statusCode: 404, title: "Version nicht gefunden", detail: $"Version {number} oder {from ?? number - 1} gibt es nicht.");
        var before = await ModelVersions.LoadAsync(db, source.Id, ct);
        var after = await ModelVersions.LoadAsync(db, target.Id, ct);
        var changes = ModelDiff.Compare(ModelVersions.Snapshot(before!), ModelVersions.Snapshot(after!));
        return TypedResults.Ok(changes.Select(c => new ChangeResponse(c.Kind.ToString(), c.RoleKey, c.CompetencyKey, c.Description)).ToList());
    }
}
