using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers.Import;

namespace Weiterbildungsraum.Web.Features.Offers;

/// <summary>Bulk import for providers' systems, with an API token of the provider (scope offers:import).</summary>
public static class OfferImportApi
{
    public sealed record ProblemItem(string Severity, string File, string Location, string Field, string Message);

    public sealed record SkippedItem(string Location, string ExternalId, string Title, IReadOnlyList<string> Reasons);

    public sealed record ImportResponse(
        bool DryRun, bool Applied, string Format, int Offers, int Created, int Updated, int Unchanged, int Unpublished, string Summary,
        IReadOnlyList<ProblemItem> Problems, bool Partial, int Skipped, IReadOnlyList<SkippedItem> SkippedOffers);

    public static IEndpointRouteBuilder MapOfferImport(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/offers").WithTags("Angebote importieren").RequireAuthorization(ApiTokenSetup.ImportPolicy)
            .RequireRateLimiting(Operations.ApiRateLimits.Policy);
        group.MapPost("/import", ImportAsync)
            .WithSummary("Angebote importieren (open-Qcat-XML, CSV-Vorlage oder schema.org-JSON-LD)")
            .WithDescription("Body: die Datei. dryRun=true prüft nur. Fehler antworten mit 422 und jedem Problem (Datei, Zeile/Pfad, Feld, Grund). "
                + "partial=true übernimmt die fehlerfreien Angebote und lässt die fehlerhaften aus (skippedOffers); Fehler der Datei selbst verhindern weiter alles.")
            .WithMetadata(new RequestSizeLimitAttribute(ImportFormats.MaxBytes + 1024 * 1024), new Site.InputGuards.ChecksOwnText());
        return app;
    }

    public static async Task<Results<Ok<ImportResponse>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, ClaimsPrincipal user, OfferImporter importer, bool? dryRun, bool? unpublishMissing, string? fileName, bool? partial, CancellationToken ct)
    {
        var organisationId = int.Parse(user.FindFirstValue(ApiTokenAuthenticationHandler.OrganisationClaim)!, CultureInfo.InvariantCulture);
        var content = await ImportFormats.ReadLimitedAsync(request.Body, ct);
        if (content is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Datei zu groß",
                detail: $"Die Datei ist größer als {ImportFormats.MaxBytes / 1024 / 1024} MB. Bitte in mehrere Dateien teilen.");
        if (content.Length == 0)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Leere Anfrage", detail: "Der Body enthält keine Datei.");
        var name = fileName ?? "upload" + ExtensionFor(request.ContentType);
        var report = await importer.RunAsync(new ImportRequest(name, content, dryRun ?? false, unpublishMissing ?? false, organisationId, Partial: partial ?? false), ct);
        var response = new ImportResponse(report.DryRun, report.Applied, report.Format, report.Offers, report.Created, report.Updated, report.Unchanged,
            report.Unpublished, report.Summary, [.. report.Problems.Select(p => new ProblemItem(Severity(p.Severity), p.File, p.Location, p.Field, p.Message))],
            report.Partial, report.Skipped.Count, [.. report.Skipped.Select(s => new SkippedItem(s.Location, s.ExternalId, s.Title, s.Reasons))]);
        if (report.Blocked)
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Import nicht möglich", detail: report.Summary,
                extensions: new Dictionary<string, object?> { ["report"] = response });
        return TypedResults.Ok(response);
    }

    private static string ExtensionFor(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/xml" or "text/xml" => ".xml",
        "application/json" or "application/ld+json" => ".json",
        "text/csv" => ".csv",
        "text/html" => ".html",
        _ => "",
    };

    private static string Severity(ProblemSeverity s) => s switch
    {
        ProblemSeverity.Error => "Fehler",
        ProblemSeverity.Warning => "Warnung",
        _ => "Hinweis",
    };
}
