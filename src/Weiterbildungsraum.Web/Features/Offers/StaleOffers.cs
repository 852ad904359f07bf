using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Offers;

/// <summary>Finds published offers due for the stale warning (OfferVisibility) and records it through the writer.</summary>
public static class StaleOffers
{
    public static async Task<IReadOnlyList<int>> WarnAsync(AppDbContext db, OfferWriter writer, DateTime now, int? providerId = null, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(now);
        var cutoff = today.AddMonths(-OfferVisibility.StaleAfterMonths).AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var due = await db.Offers
            .Where(o => o.IsPublished && o.UpdatedAt < cutoff && (o.StaleWarningSentAt == null || o.StaleWarningSentAt < o.UpdatedAt))
            .Where(o => providerId == null || o.ProviderId == providerId)
            .Select(o => o.Id).ToListAsync(ct);
        return await writer.RecordStaleWarningsAsync(due, ct);
    }
}

/// <summary>Once at start and then daily: records stale warnings so the four weeks to hiding start to run.</summary>
public sealed class StaleOfferWatch(IServiceScopeFactory scopes, TimeProvider clock, ILogger<StaleOfferWatch> log) : BackgroundService
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
                var warned = await StaleOffers.WarnAsync(db, scope.ServiceProvider.GetRequiredService<OfferWriter>(), clock.GetUtcNow().UtcDateTime, ct: stoppingToken);
                if (warned.Count > 0) log.LogInformation("{Count} veraltete Angebote markiert.", warned.Count);
            }
            catch (Exception e) when (e is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                // The database may not be migrated yet at the first tick; the next tick tries again.
                log.LogDebug(e, "Prüfung veralteter Angebote übersprungen.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
