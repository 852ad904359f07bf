using Microsoft.Extensions.DependencyInjection.Extensions;
using Weiterbildungsraum.Domain.Offers.Import;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers.Import;
using Weiterbildungsraum.Web.Features.Offers.Linking;

namespace Weiterbildungsraum.Web.Features.Offers;

public static class OffersSetup
{
    /// <summary>
    /// The provider side of offers: writer (with a replaceable change notifier), importer, competency linking (one linker per model
    /// version, stored offers linked in the background), enquiry mail (through SmtpMail), stale warnings.
    /// </summary>
    public static IServiceCollection AddProviderOffers(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IOfferChangeNotifier, NoOfferChangeNotifier>();
        services.AddScoped<OfferWriter>();
        services.AddScoped<OfferImporter>();
        services.AddSingleton<LinkerCache>();
        services.AddScoped<StoredOfferLinking>();
        services.AddHostedService<StoredOfferLinkingWorker>();
        services.AddSingleton<EnquiryMail>();
        services.AddHostedService<StaleOfferWatch>();
        return services;
    }

    /// <summary>The CSV template at /anbieter/import/vorlage.csv.</summary>
    public static IEndpointRouteBuilder MapProviderDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/anbieter/import/vorlage.csv", () => TypedResults.File(CsvTemplate.File(), "text/csv; charset=utf-8", "angebote-vorlage.csv"))
            .RequireAuthorization(Policies.Provider).ExcludeFromDescription();
        return app;
    }
}
