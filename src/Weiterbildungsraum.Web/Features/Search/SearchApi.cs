using Microsoft.AspNetCore.Http.HttpResults;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Search;

public static class SearchApi
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddSingleton<OfferIndex>();
        services.AddScoped<Offers.IOfferChangeNotifier, SearchIndexNotifier>();
        services.AddHostedService<OfferIndexCatchUp>();
        return services;
    }

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Angebote").AllowAnonymous().RequireRateLimiting(Operations.ApiRateLimits.Policy);
        api.MapGet("/offers", SearchOffers)
            .WithSummary("Weiterbildungsangebote suchen")
            .WithDescription("Volltextsuche (deutsch, mit Wortzerlegung, Tippfehlertoleranz und Synonymen) mit Filtern und Facetten. "
                + "Orte, Postleitzahlen und Wörter wie „online“, „abends“ oder „Bildungsgutschein“ im Suchtext werden zu Filtern (understood, rückgängig mit literal). "
                + "Standardmäßig nur veröffentlichte Angebote mit einem künftigen Termin.");
        return app;
    }

    public static Results<Ok<OfferSearchResult>, ValidationProblem> SearchOffers(HttpRequest request, OfferIndex index)
    {
        var (search, errors) = OfferSearchRequest.Parse(request.Query);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "Ungültige Suchparameter", detail: "Bitte prüfen Sie die genannten Parameter.");
        return TypedResults.Ok(index.Searcher.SearchKept(search, Today()).WithUndo("/api/v1/offers", request.Query));
    }

    public static DateOnly Today() => DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
}
