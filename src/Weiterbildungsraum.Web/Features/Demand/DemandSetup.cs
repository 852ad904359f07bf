using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Demand;

public static class DemandSetup
{
    /// <summary>Reads Demand:MinPersons / Demand:MinOrganisations; the domain refuses values below its floor.</summary>
    public static IServiceCollection AddDemand(this IServiceCollection services, IConfiguration configuration)
    {
        AnonymityRule rule;
        try
        {
            rule = new AnonymityRule(configuration.GetValue("Demand:MinPersons", 5), configuration.GetValue("Demand:MinOrganisations", 3));
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new StartupException($"Demand: {e.Message.Split(" (Parameter")[0]}");
        }
        services.AddSingleton(rule);
        services.AddSingleton<CohortInvitationMail>();
        services.AddSingleton(new DemandRadarCache(TimeSpan.FromSeconds(configuration.GetValue("Demand:CacheSeconds", 300))));
        return services;
    }
}
