using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Offers.Linking;

/// <summary>
/// After start, and whenever another model version becomes the current one, links the stored offers that are due
/// (<see cref="StoredOfferLinking"/>). Every instance checks; the version stamps keep two instances from writing the same offer twice.
/// </summary>
public sealed class StoredOfferLinkingWorker(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<StoredOfferLinkingWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Linking:CheckSeconds", 30.0));
        using var timer = new PeriodicTimer(interval);
        int? linkedFor = null;
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var versionId = await CurrentModel.VersionIdAsync(scope.ServiceProvider.GetRequiredService<Data.AppDbContext>(), stoppingToken);
                if (versionId == linkedFor) continue;
                var result = await scope.ServiceProvider.GetRequiredService<StoredOfferLinking>().RunAsync(stoppingToken);
                linkedFor = versionId;
                if (result.Read > 0)
                    logger.LogInformation("Kompetenzen automatisch zugeordnet: {Changed} von {Read} Angeboten geändert.", result.Changed, result.Read);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Automatische Kompetenz-Zuordnung gespeicherter Angebote fehlgeschlagen; nächster Versuch in {Seconds} s.", interval.TotalSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
