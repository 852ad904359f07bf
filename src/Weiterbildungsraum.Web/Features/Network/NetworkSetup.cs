using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Network;

public sealed class EventOptions
{
    /// <summary>Days after an event's end until its registrations are deleted.</summary>
    public int DeleteRegistrationsAfterDays { get; set; } = 30;
}

public static class NetworkSetup
{
    public static IServiceCollection AddNetwork(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EventOptions>(configuration.GetSection("Events"));
        services.AddSingleton<EventMail>();
        services.AddHostedService<EventRegistrationCleanup>();
        return services;
    }
}

/// <summary>Once a day, deletes registrations of events that are over for longer than Events:DeleteRegistrationsAfterDays.</summary>
public sealed class EventRegistrationCleanup(IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<EventOptions> options,
    ILogger<EventRegistrationCleanup> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(24), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var deleted = await EventRegistrations.DeleteExpiredAsync(db, clock.GetUtcNow().UtcDateTime, options.Value.DeleteRegistrationsAfterDays, stoppingToken);
                if (deleted > 0) log.LogInformation("{Count} Anmeldungen zu vergangenen Veranstaltungen gelöscht.", deleted);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                // The database may not be migrated yet at the first tick; the next tick tries again.
                log.LogDebug(e, "Löschen alter Anmeldungen übersprungen.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
