using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

public sealed record DraftItem(string Key, string Name, Guid Version);

public sealed record DraftFamilyItem(string Key, string Name, Guid Version, IReadOnlyList<DraftItem> Roles);

public sealed record DraftResponse(int Number, int BasedOn, DateTime CreatedAt, string ChangeNote, IReadOnlyList<DraftFamilyItem> Families, IReadOnlyList<DraftItem> Competencies);

public sealed record CompetencyRequest(
    string? Key, string? Name, string? Category, Dictionary<string, string>? Levels, string? Description = null,
    List<string>? Tags = null, List<string>? EscoUris = null, Guid? Version = null);

public sealed record CompetencyResponse(
    string Key, string Name, string Category, IReadOnlyDictionary<string, string> Levels, string Description,
    IReadOnlyList<string> Tags, IReadOnlyList<string> EscoUris, Guid Version);

public sealed record FamilyRequest(string? Key, string? Name, string? Description = null, int? Order = null, Guid? Version = null);

public sealed record FamilyResponse(string Key, string Name, string Description, int Order, IReadOnlyList<string> Roles, Guid Version);

public sealed record ProfileEntryRequest(string? Competency, int TargetNow, int TargetFuture, int Weight);

public sealed record RoleRequest(
    string? Key, string? Name, string? Family, List<ProfileEntryRequest>? Profile, string? Description = null,
    string? Kldb = null, string? EscoOccupationUri = null, Guid? Version = null);

public sealed record RoleResponse(
    string Key, string Name, string Family, IReadOnlyList<ProfileEntryRequest> Profile, string Description, string? Kldb, string? EscoOccupationUri, Guid Version);

/// <summary>The body is required (an empty object will do), so that an empty POST never opens or publishes anything by accident.</summary>
public sealed record PublishRequest(string? ChangeNote = null);

public sealed record OpenDraftRequest(string? ChangeNote = null);

public sealed record CsvProblemResponse(string File, int Line, string Field, string Reason);

public sealed record CsvImportResponse(bool Applied, int Created, int Updated, int Unchanged, string Summary, IReadOnlyList<CsvProblemResponse> Problems);

/// <summary>Editing the REGIO model item by item in a draft (the same rules as the coordinators' pages). Changes need the item's stamp ("version").</summary>
public static class ModelEditingApi
{
    public static IEndpointRouteBuilder MapModelEditing(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/competency-model").WithTags("Kompetenzmodell bearbeiten")
            .RequireAuthorization(Policies.Coordinator).RequireRateLimiting(ApiRateLimits.Policy).DisableAntiforgery();
        api.MapGet("/draft", GetDraft).WithSummary("Der offene Entwurf mit allen Einträgen und ihren Versionsstempeln");
        api.MapPost("/draft", OpenDraft).WithSummary("Einen Entwurf aus der veröffentlichten Version anlegen oder den offenen weiterverwenden (Body: {} oder {\"changeNote\": …})");
        api.MapGet("/draft/changes", DraftChanges).WithSummary("Was der Entwurf gegenüber der veröffentlichten Version ändert");
        api.MapPost("/draft/publish", PublishDraft).WithSummary("Den Entwurf prüfen und veröffentlichen (Body: {} oder {\"changeNote\": …})");

        api.MapGet("/draft/competencies/{key}", GetCompetency).WithSummary("Eine Kompetenz des Entwurfs");
        api.MapPost("/draft/competencies", CreateCompetency).WithSummary("Eine Kompetenz anlegen");
        api.MapPut("/draft/competencies/{key}", UpdateCompetency).WithSummary("Eine Kompetenz ändern (mit Versionsstempel)");
        api.MapDelete("/draft/competencies/{key}", DeleteCompetency).WithSummary("Eine Kompetenz entfernen, auch aus allen Profilen (?version=…)");

        api.MapGet("/draft/families/{key}", GetFamily).WithSummary("Eine Jobfamilie des Entwurfs");
        api.MapPost("/draft/families", CreateFamily).WithSummary("Eine Jobfamilie anlegen");
        api.MapPut("/draft/families/{key}", UpdateFamily).WithSummary("Eine Jobfamilie ändern (mit Versionsstempel)");
        api.MapDelete("/draft/families/{key}", DeleteFamily).WithSummary("Eine leere Jobfamilie entfernen (?version=…)");

        api.MapGet("/draft/roles/{key}", GetRole).WithSummary("Eine Rolle des Entwurfs mit Anforderungsprofil");
        api.MapPost("/draft/roles", CreateRole).WithSummary("Eine Rolle mit Anforderungsprofil anlegen");
        api.MapPut("/draft/roles/{key}", UpdateRole).WithSummary("Eine Rolle samt Anforderungsprofil ändern (mit Versionsstempel)");
        api.MapDelete("/draft/roles/{key}", DeleteRole).WithSummary("Eine Rolle entfernen (?version=…)");

        api.MapGet("/versions/{number:int}/competencies.csv", ExportCsv).WithSummary("Die Kompetenzen einer Version als CSV (docs/competency-csv.md)");
        api.MapPost("/draft/competencies.csv", ImportCsv).WithSummary("Kompetenzen aus CSV in den Entwurf übernehmen; erst vollständig geprüft, dann alles oder nichts (dryRun=true prüft nur)")
            .WithMetadata(new Site.InputGuards.ChecksOwnText());
        return app;
    }

    public static async Task<Results<Ok<DraftResponse>, ProblemHttpResult>> GetDraft(AppDbContext db, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return NoDraft();
        return TypedResults.Ok(await DescribeAsync(db, draft, ct));
    }

    public static async Task<Results<Ok<DraftResponse>, Created<DraftResponse>, ProblemHttpResult>> OpenDraft(HttpContext http, AppDbContext db, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync<OpenDraftRequest>(http.Request, ct);
        if (request is null) return problem!;
        if (await ModelDrafts.OpenOrCreateAsync(db, http.User.Identity?.Name, request.ChangeNote, ct) is not { } opened)
            return TypedResults.Problem(statusCode: 404, title: "Kein veröffentlichtes Modell", detail: "Ein Entwurf entsteht aus der veröffentlichten Version; es gibt keine.");
        var response = await DescribeAsync(db, opened.Draft, ct);
        return opened.Created ? TypedResults.Created("/api/v1/competency-model/draft", response) : TypedResults.Ok(response);
    }

    public static async Task<Results<Ok<List<ChangeResponse>>, ProblemHttpResult>> DraftChanges(AppDbContext db, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return NoDraft();
        var changes = await ModelDrafts.ChangesAsync(db, draft, ct);
        return TypedResults.Ok(changes.Select(c => new ChangeResponse(c.Kind.ToString(), c.RoleKey, c.CompetencyKey, c.Description)).ToList());
    }

    public static async Task<Results<Ok<VersionResponse>, ValidationProblem, ProblemHttpResult>> PublishDraft(HttpRequest http, AppDbContext db, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync<PublishRequest>(http, ct);
        if (request is null) return problem!;
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return NoDraft();
        var result = await ModelDrafts.PublishAsync(db, draft.Number, request.ChangeNote, ct);
        if (result.Outcome != EditOutcome.Saved) return result.Outcome == EditOutcome.Invalid ? Invalid(result) : Problem(result);
        var version = await db.FrameworkVersions.AsNoTracking().SingleAsync(v => v.Id == draft.Id, ct);
        return TypedResults.Ok(new VersionResponse(version.Number, version.Status.ToString(), version.CreatedAt, version.PublishedAt, version.ChangeNote));
    }

    public static async Task<Results<Ok<CompetencyResponse>, ProblemHttpResult>> GetCompetency(string key, AppDbContext db, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return NoDraft();
        var item = await DraftCompetencies.FindAsync(db, draft, key, ct);
        return item is null ? Missing($"Die Kompetenz „{key}“ gibt es im Entwurf nicht.") : TypedResults.Ok(Describe(item));
    }

    public static async Task<Results<Created<CompetencyResponse>, ValidationProblem, ProblemHttpResult>> CreateCompetency(HttpRequest http, AppDbContext db, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync<CompetencyRequest>(http, ct);
        if (request is null) return problem!;
        var (result, saved) = await SaveCompetencyAsync(null, request, db, ct);
        if (saved is null) return result.Outcome == EditOutcome.Invalid ? Invalid(result) : Problem(result);
        return TypedResults.Created($"/api/v1/competency-model/draft/competencies/{saved.Key}", saved);
    }

    public static async Task<Results<Ok<CompetencyResponse>, ValidationProblem, ProblemHttpResult>> UpdateCompetency(string key, HttpRequest http, AppDbContext db, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync<CompetencyRequest>(http, ct);
        if (request is null) return problem!;
        var (result, saved) = await SaveCompetencyAsync(key, request, db, ct);
        if (saved is null) return result.Outcome == EditOutcome.Invalid ? Invalid(result) : Problem(result);
        return TypedResults.Ok(saved);
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteCompetency(string key, Guid? version, AppDbContext db, CancellationToken ct) =>
        Deleted(await DraftCompetencies.DeleteAsync(db, key, version, ct));

    public static async Task<Results<Ok<FamilyResponse>, ProblemHttpResult>> GetFamily(string key, AppDbContext db, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return NoDraft();
        var family = await DraftFamilies.FindAsync(db, draft, key, ct);
        return family is null ? Missing($"Die Jobfamilie „{key}“ gibt es im Entwurf nicht.")
            : TypedResults.Ok(new FamilyResponse(family.Key, family.Name, family.Description, family.SortOrder, [.. family.Roles.Select(r => r.Key).Order()], family.Version));
    }

    public static async Task<Results<Created<FamilyResponse>, ValidationProblem, ProblemHttpResult>> CreateFamily(HttpRequest http, AppDbContext db, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync<FamilyRequest>(http, ct);
        if (request is null) return problem!;
        var result = await DraftFamilies.SaveAsync(db, null, new(request.Key ?? "", request.Name ?? "", request.Description ?? "", request.Order ?? 0), null, ct);
        if (result.Outcome != EditOutcome.Saved) return result.Outcome == EditOutcome.Invalid ? Invalid(result) : Problem(result);
        return TypedResults.Created($"/api/v1/competency-model/draft/families/{request.Key}", await FamilyAsync(db, request.Key!, ct));
    }

    public static async Task<Results<Ok<FamilyResponse>, ValidationProblem, ProblemHttpResult>> UpdateFamily(string key, HttpRequest http, AppDbContext db, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync<FamilyRequest>(http, ct);
        if (request is null) return problem!;
        var result = await DraftFamilies.SaveAsync(db, key, new(key, request.Name ?? "", request.Description ?? "", request.Order ?? 0), request.Version, ct);
        if (result.Outcome != EditOutcome.Saved) return result.Outcome == EditOutcome.Invalid ? Invalid(result) : Problem(result);
        return TypedResults.Ok(await FamilyAsync(db, key, ct));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteFamily(string key, Guid? version, AppDbContext db, CancellationToken ct) =>
        Deleted(await DraftFamilies.DeleteAsync(db, key, version, ct));

    public static async Task<Results<Ok<RoleResponse>, ProblemHttpResult>> GetRole(string key, AppDbContext db, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return NoDraft();
        var role = await DraftRoles.FindAsync(db, draft, key, ct);
        return role is null ? Missing($"Die Rolle „{key}“ gibt es im Entwurf nicht.") : TypedResults.Ok(Describe(role));
    }

    public static async Task<Results<Created<RoleResponse>, ValidationProblem, ProblemHttpResult>> CreateRole(HttpRequest http, AppDbContext db, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync<RoleRequest>(http, ct);
        if (request is null) return problem!;
        var result = await DraftRoles.SaveAsync(db, null, ContentOf(request, request.Key ?? ""), null, ct);
        if (result.Outcome != EditOutcome.Saved) return result.Outcome == EditOutcome.Invalid ? Invalid(result) : Problem(result);
        return TypedResults.Created($"/api/v1/competency-model/draft/roles/{request.Key}", await RoleAsync(db, request.Key!, ct));
    }

    public static async Task<Results<Ok<RoleResponse>, ValidationProblem, ProblemHttpResult>> UpdateRole(string key, HttpRequest http, AppDbContext db, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync<RoleRequest>(http, ct);
        if (request is null) return problem!;
        var result = await DraftRoles.SaveAsync(db, key, ContentOf(request, key), request.Version, ct);
        if (result.Outcome != EditOutcome.Saved) return result.Outcome == EditOutcome.Invalid ? Invalid(result) : Problem(result);
        return TypedResults.Ok(await RoleAsync(db, key, ct));
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> DeleteRole(string key, Guid? version, AppDbContext db, CancellationToken ct) =>
        Deleted(await DraftRoles.DeleteAsync(db, key, version, ct));

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportCsv(int number, AppDbContext db, CancellationToken ct)
    {
        var csv = await CompetencyCsvExchange.ExportAsync(db, number, ct);
        return csv is null ? Missing($"Version {number} gibt es nicht.")
            : TypedResults.File(CompetencyCsvExchange.Bytes(csv), "text/csv; charset=utf-8", $"kompetenzen-version-{number}.csv");
    }

    public static async Task<Results<Ok<CsvImportResponse>, ProblemHttpResult>> ImportCsv(HttpRequest request, AppDbContext db, bool? dryRun, string? fileName, CancellationToken ct)
    {
        if (request.ContentLength > CompetencyCsvExchange.MaxBytes)
            return TypedResults.Problem(statusCode: 413, title: "Datei zu groß", detail: $"Eine Kompetenzliste darf höchstens {CompetencyCsvExchange.MaxBytes / 1024 / 1024} MB groß sein.");
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length > CompetencyCsvExchange.MaxBytes)
            return TypedResults.Problem(statusCode: 413, title: "Datei zu groß", detail: $"Eine Kompetenzliste darf höchstens {CompetencyCsvExchange.MaxBytes / 1024 / 1024} MB groß sein.");
        var report = await CompetencyCsvExchange.ImportAsync(db, fileName ?? "upload.csv", buffer.ToArray(), !(dryRun ?? false), ct);
        if (report is null) return NoDraft();
        var response = new CsvImportResponse(report.Applied, report.Created, report.Updated, report.Unchanged, report.Summary,
            [.. report.Problems.Select(p => new CsvProblemResponse(p.File, p.Line, p.Field, p.Reason))]);
        if (report.HasErrors)
            return TypedResults.Problem(statusCode: 422, title: "Die Kompetenzliste enthält Fehler", detail: report.Summary,
                extensions: new Dictionary<string, object?> { ["problems"] = response.Problems });
        return TypedResults.Ok(response);
    }

    private static async Task<(EditResult Result, CompetencyResponse? Saved)> SaveCompetencyAsync(string? key, CompetencyRequest request, AppDbContext db, CancellationToken ct)
    {
        var (content, errors) = ContentOf(request, key ?? request.Key ?? "");
        if (errors.Count > 0) return (EditResult.Invalid([.. errors, .. CompetencyRules.Check(content).Where(e => e.Field != "category")]), null);
        var result = await DraftCompetencies.SaveAsync(db, key, content, request.Version, ct);
        if (result.Outcome != EditOutcome.Saved) return (result, null);
        var draft = await ModelDrafts.OpenAsync(db, ct);
        var item = await DraftCompetencies.FindAsync(db, draft!, content.Key, ct);
        return (result, Describe(item!));
    }

    /// <summary>The request as domain content; a category or level the domain cannot even hold is reported here.</summary>
    private static (CompetencyContent Content, List<FieldError> Errors) ContentOf(CompetencyRequest r, string key)
    {
        var errors = new List<FieldError>();
        if (!CompetencyCategoryNames.TryParse(r.Category, out var category))
            errors.Add(new("category", string.IsNullOrWhiteSpace(r.Category) ? "Die Kategorie fehlt."
                : $"Unbekannte Kategorie „{r.Category}“; erlaubt: {string.Join(", ", Enum.GetNames<CompetencyCategory>())}."));
        foreach (var extra in (r.Levels ?? []).Keys.Where(k => k is not ("1" or "2" or "3" or "4")))
            errors.Add(new($"levels.{extra}", "Beschrieben werden nur die Stufen 1–4; Stufe 0 heißt immer „keine“."));
        var levels = Enumerable.Range(1, 4).Select(l => r.Levels?.GetValueOrDefault(l.ToString()) ?? "").ToList();
        return (new CompetencyContent(key, r.Name ?? "", r.Description ?? "", category, r.Tags ?? [], levels, r.EscoUris ?? []), errors);
    }

    private static RoleContent ContentOf(RoleRequest r, string key) => new(key, r.Name ?? "", r.Description ?? "", r.Kldb, r.EscoOccupationUri, r.Family ?? "",
        [.. (r.Profile ?? []).Select(p => new TargetInput(p.Competency ?? "", p.TargetNow, p.TargetFuture, p.Weight))]);

    private static async Task<DraftResponse> DescribeAsync(AppDbContext db, DraftSummary draft, CancellationToken ct)
    {
        var families = await db.JobFamilies.AsNoTracking().Where(f => f.VersionId == draft.Id).OrderBy(f => f.SortOrder).ThenBy(f => f.Key)
            .Select(f => new DraftFamilyItem(f.Key, f.Name, f.Version, f.Roles.OrderBy(r => r.Key).Select(r => new DraftItem(r.Key, r.Name, r.Version)).ToList()))
            .ToListAsync(ct);
        var competencies = await db.Competencies.AsNoTracking().Where(c => c.VersionId == draft.Id).OrderBy(c => c.Key)
            .Select(c => new DraftItem(c.Key, c.Name, c.Version)).ToListAsync(ct);
        return new DraftResponse(draft.Number, draft.PublishedNumber, draft.CreatedAt, draft.ChangeNote, families, competencies);
    }

    private static CompetencyResponse Describe(Competency c) => new(c.Key, c.Name, c.Category.ToString(),
        new Dictionary<string, string> { ["1"] = c.Level1, ["2"] = c.Level2, ["3"] = c.Level3, ["4"] = c.Level4 }, c.Description, c.Tags, c.EscoUris, c.Version);

    private static RoleResponse Describe(Role r) => new(r.Key, r.Name, r.Family.Key,
        [.. r.Profile.OrderBy(p => p.Competency.Key).Select(p => new ProfileEntryRequest(p.Competency.Key, p.TargetNow, p.TargetFuture, p.Weight))],
        r.Description, r.KldbCode, r.EscoOccupationUri, r.Version);

    private static async Task<FamilyResponse> FamilyAsync(AppDbContext db, string key, CancellationToken ct)
    {
        var family = await DraftFamilies.FindAsync(db, (await ModelDrafts.OpenAsync(db, ct))!, key, ct);
        return new FamilyResponse(family!.Key, family.Name, family.Description, family.SortOrder, [.. family.Roles.Select(r => r.Key).Order()], family.Version);
    }

    private static async Task<RoleResponse> RoleAsync(AppDbContext db, string key, CancellationToken ct) =>
        Describe((await DraftRoles.FindAsync(db, (await ModelDrafts.OpenAsync(db, ct))!, key, ct))!);

    /// <summary>
    /// Reads the JSON body by hand rather than by parameter binding: a typed body would make routing turn
    /// away other content types before authorization, and bad JSON gets a German problem naming the place.
    /// </summary>
    private static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken ct) where T : class
    {
        if (!request.HasJsonContentType())
            return (null, TypedResults.Problem(statusCode: 415, title: "JSON erwartet", detail: "Bitte den Body als application/json senden (mindestens {})."));
        try
        {
            var value = await request.ReadFromJsonAsync<T>(StrictJson(request), ct);
            return value is null ? (null, TypedResults.Problem(statusCode: 400, title: "Body fehlt", detail: "Erwartet wird ein JSON-Objekt.")) : (value, null);
        }
        catch (JsonException e)
        {
            return (null, TypedResults.Problem(statusCode: 400, title: "Ungültiges JSON",
                detail: $"{e.Path ?? "$"} (Zeile {(e.LineNumber ?? 0) + 1}): Der Body ist kein gültiges JSON oder ein Feld hat den falschen Typ."));
        }
    }

    private static JsonSerializerOptions? strictJson;

    /// <summary>
    /// The application's JSON settings, but an unknown field is an error: these bodies change the model, so a misspelt
    /// field or a body meant for another endpoint must not pass as "{}" and open or publish a draft.
    /// </summary>
    private static JsonSerializerOptions StrictJson(HttpRequest request) => strictJson ??= new JsonSerializerOptions(
        request.HttpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static ProblemHttpResult NoDraft() =>
        TypedResults.Problem(statusCode: 409, title: "Kein offener Entwurf", detail: "Bitte zuerst mit POST /api/v1/competency-model/draft einen Entwurf anlegen.");

    private static ProblemHttpResult Missing(string detail) => TypedResults.Problem(statusCode: 404, title: "Nicht gefunden", detail: detail);

    private static Results<NoContent, ValidationProblem, ProblemHttpResult> Deleted(EditResult result) =>
        result.Outcome switch
        {
            EditOutcome.Saved => TypedResults.NoContent(),
            EditOutcome.Invalid => Invalid(result),
            _ => Problem(result),
        };

    /// <summary>Invalid input → 400 naming each field.</summary>
    private static ValidationProblem Invalid(EditResult result) => TypedResults.ValidationProblem(
        result.Errors.GroupBy(e => e.Field.Length == 0 ? "$" : e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()),
        title: "Eingaben ungültig", detail: string.Join(" ", result.Errors.Select(e => e.Reason)));

    /// <summary>No draft or a stale stamp → 409 (with the current stamp); a missing item → 404.</summary>
    private static ProblemHttpResult Problem(EditResult result) => result.Outcome switch
    {
        EditOutcome.NotFound => Missing(result.Errors[0].Reason),
        EditOutcome.NoDraft => NoDraft(),
        _ => TypedResults.Problem(statusCode: 409, title: "Konflikt", detail: result.Errors[0].Reason,
            extensions: new Dictionary<string, object?> { ["currentVersion"] = result.Version }),
    };
}
