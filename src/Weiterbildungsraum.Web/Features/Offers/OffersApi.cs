using Microsoft.AspNetCore.Http.HttpResults;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Offers;

public static class OffersApi
{
    public static IEndpointRouteBuilder MapOffers(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Angebote").AllowAnonymous().RequireRateLimiting(Operations.ApiRateLimits.Policy);
        api.MapGet("/offers/{id:int}", GetOffer).WithSummary("Ein veröffentlichtes Angebot mit allen Angaben");
        app.MapGet("/angebote/{id:int}/termine/{sessionId:int}.ics", GetSessionCalendar).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<Ok<OfferDetails>, ProblemHttpResult>> GetOffer(int id, AppDbContext db, CancellationToken ct) =>
        await OfferDetailsQuery.LoadAsync(db, id, ct) is { } offer
            ? TypedResults.Ok(offer)
            : TypedResults.Problem(statusCode: 404, title: "Angebot nicht gefunden", detail: $"Es gibt kein veröffentlichtes Angebot mit der Nummer {id}.");

    public static async Task<Results<FileContentHttpResult, NotFound>> GetSessionCalendar(int id, int sessionId, HttpRequest request, AppDbContext db, CancellationToken ct)
    {
        var offer = await OfferDetailsQuery.LoadAsync(db, id, ct);
        var session = offer?.Sessions.FirstOrDefault(s => s.Id == sessionId);
        if (offer is null || session is null) return TypedResults.NotFound();
        var ics = SessionCalendar.Ics(offer, session, $"{request.Scheme}://{request.Host}/angebote/{id}");
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", $"angebot-{id}-termin-{sessionId}.ics");
    }
}
