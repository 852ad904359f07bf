using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

public sealed record EscoConceptResponse(string Uri, string Kind, string Label, IReadOnlyList<string> AltLabels, string Description, IReadOnlyList<string> Collections);

public static class EscoApi
{
    public static IEndpointRouteBuilder MapEsco(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/esco").WithTags("ESCO").AllowAnonymous().RequireRateLimiting(ApiRateLimits.Policy);
        api.MapGet("/concepts", Search).WithSummary("ESCO-Begriffe nach Bezeichnung oder alternativer Bezeichnung suchen (Autovervollständigung)");
        return app;
    }

    public static async Task<Results<Ok<List<EscoConceptResponse>>, ProblemHttpResult>> Search(AppDbContext db, string? q, string? kind, int? limit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
            return TypedResults.Problem(statusCode: 400, title: "Ungültiger Parameter „q“", detail: "Bitte mindestens zwei Zeichen eingeben.");
        EscoKind? filter = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!Enum.TryParse<EscoKind>(kind, ignoreCase: true, out var parsed))
                return TypedResults.Problem(statusCode: 400, title: "Ungültiger Parameter „kind“", detail: $"Erlaubt: {string.Join(", ", Enum.GetNames<EscoKind>())}.");
            filter = parsed;
        }
        var results = await FindAsync(db, q, filter, Math.Clamp(limit ?? 20, 1, 100), ct);
        return TypedResults.Ok(results.Select(c => new EscoConceptResponse(c.Uri, c.Kind.ToString(), c.PreferredLabel, c.AltLabels, c.Description, c.Collections)).ToList());
    }

    /// <summary>Concepts whose label contains the term, shortest labels first, then those found by an alternative label.</summary>
    public static async Task<List<EscoConcept>> FindAsync(AppDbContext db, string q, EscoKind? filter, int take, CancellationToken ct)
    {
        var term = q.Trim().ToLower();
        var query = db.EscoConcepts.AsNoTracking().Where(c => c.PreferredLabel.ToLower().Contains(term));
        if (filter is { } f) query = query.Where(c => c.Kind == f);
        var results = await query.OrderBy(c => c.PreferredLabel.Length).Take(take).ToListAsync(ct);
        if (results.Count < take)
        {
            // Alternative labels are a list column; matching them in memory keeps the query the same on both databases.
            var rest = await db.EscoConcepts.AsNoTracking()
                .Where(c => (filter == null || c.Kind == filter) && !c.PreferredLabel.ToLower().Contains(term))
                .Select(c => new { c.Uri, c.AltLabels }).ToListAsync(ct);
            var uris = rest.Where(c => c.AltLabels.Any(l => l.Contains(term, StringComparison.OrdinalIgnoreCase))).Select(c => c.Uri).Take(take - results.Count).ToList();
            results.AddRange(await db.EscoConcepts.AsNoTracking().Where(c => uris.Contains(c.Uri)).ToListAsync(ct));
        }
        return results;
    }
}
