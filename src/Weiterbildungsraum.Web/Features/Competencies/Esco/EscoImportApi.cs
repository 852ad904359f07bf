using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

public sealed record EscoImportStatusResponse(
    int Id, string State, string StateText, bool Finished, int FilesDone, int FilesTotal, IReadOnlyList<string> Files, string? CurrentFile,
    long RowsRead, int Added, int Updated, int Unchanged, int RelationsAdded, IReadOnlyList<string> Errors, IReadOnlyList<string> IgnoredFiles,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime? FinishedAt);

/// <summary>The progress of ESCO uploads, for the status page's poll and for scripts.</summary>
public static class EscoImportApi
{
    /// <summary>A job nobody has advanced for this long was cut off (e.g. the instance restarted) and blocks nothing.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(30);

    public static IEndpointRouteBuilder MapEscoImports(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/esco/imports").WithTags("ESCO").RequireAuthorization(Policies.Admin).RequireRateLimiting(ApiRateLimits.Policy);
        api.MapGet("/", List).WithSummary("Die letzten ESCO-Importe");
        api.MapGet("/{id:int}", Status).WithSummary("Stand eines ESCO-Imports: Dateien, gelesene Zeilen, Ergebnis, Fehler mit Datei und Zeile");
        return app;
    }

    public static async Task<Ok<List<EscoImportStatusResponse>>> List(AppDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.EscoImportJobs.AsNoTracking().OrderByDescending(j => j.Id).Take(20).ToListAsync(ct)).Select(Response).ToList());

    public static async Task<Results<Ok<EscoImportStatusResponse>, ProblemHttpResult>> Status(int id, AppDbContext db, CancellationToken ct) =>
        await db.EscoImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct) is { } job
            ? TypedResults.Ok(Response(job))
            : TypedResults.Problem(statusCode: 404, title: "Import nicht gefunden", detail: $"Einen ESCO-Import {id} gibt es nicht.");

    public static bool IsFinished(EscoImportJob job) =>
        job.State is EscoImportState.Completed or EscoImportState.Failed || job.UpdatedAt < DateTime.UtcNow - StaleAfter;

    public static string StateText(EscoImportJob job) => job.State switch
    {
        EscoImportState.Completed => "Fertig",
        EscoImportState.Failed => "Fehlgeschlagen",
        _ when IsFinished(job) => "Unterbrochen (keine Rückmeldung seit über 30 Minuten)",
        EscoImportState.Queued => "Wartet auf den Start",
        EscoImportState.Reading => "Liest die Dateien",
        _ => "Speichert in der Datenbank",
    };

    public static EscoImportStatusResponse Response(EscoImportJob j) => new(
        j.Id, j.State.ToString(), StateText(j), IsFinished(j), j.FilesDone, j.Files.Count, j.Files, j.CurrentFile, j.RowsRead,
        j.Added, j.Updated, j.Unchanged, j.RelationsAdded, j.Errors, j.IgnoredFiles, j.CreatedAt, j.UpdatedAt, j.FinishedAt);
}
