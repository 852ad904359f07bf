namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>Every few seconds: reindex offers changed since the last pass; every sixth pass also compare all ids; reload the synonyms when ESCO or the model changed.</summary>
public sealed class OfferIndexCatchUp(OfferIndex index, IConfiguration configuration, ILogger<OfferIndexCatchUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Search:CatchUpSeconds", 2.0));
        using var timer = new PeriodicTimer(interval);
        var pass = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!index.IsReady) continue;
            try
            {
                await index.CatchUpAsync(compareAll: ++pass % 6 == 0, stoppingToken);
                await index.RefreshVocabularyAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Nachführen des Suchindex fehlgeschlagen; nächster Versuch in {Seconds} s.", interval.TotalSeconds);
            }
        }
    }
}
