using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Offers;

/// <summary>Told after offers changed in the database (saved, imported, published, flagged stale), e.g. to update a search index.</summary>
public interface IOfferChangeNotifier
{
    Task OffersChangedAsync(IReadOnlyCollection<int> offerIds, CancellationToken ct);
}

public sealed class NoOfferChangeNotifier : IOfferChangeNotifier
{
    public Task OffersChangedAsync(IReadOnlyCollection<int> offerIds, CancellationToken ct) => Task.CompletedTask;
}

/// <summary>Every write of offers goes through here: it stamps the update time, saves in one transaction and then notifies.</summary>
public sealed class OfferWriter(AppDbContext db, IOfferChangeNotifier notifier, TimeProvider clock)
{
    /// <summary>Saves all pending changes of the context atomically; the given offers count as updated by their provider.</summary>
    public async Task SaveAsync(IReadOnlyCollection<Offer> changed, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var offer in changed)
        {
            if (db.Entry(offer).State == EntityState.Added) offer.CreatedAt = now;
            offer.UpdatedAt = now;
            offer.StaleWarningSentAt = null;
        }
        await db.SaveChangesAsync(ct);
        if (changed.Count > 0) await notifier.OffersChangedAsync(changed.Select(o => o.Id).ToList(), ct);
    }

    public Task SaveAsync(Offer offer, CancellationToken ct = default) => SaveAsync([offer], ct);

    /// <summary>
    /// Saves changed competency links (a review, the linker): not an update of the offer's facts, so its date and stale state stay;
    /// its version changes, so a form opened before sees the conflict.
    /// </summary>
    public async Task SaveLinksAsync(IReadOnlyCollection<Offer> changed, CancellationToken ct = default)
    {
        foreach (var offer in changed)
            if (db.Entry(offer).State == EntityState.Unchanged) db.Entry(offer).Property(o => o.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        if (changed.Count > 0) await notifier.OffersChangedAsync(changed.Select(o => o.Id).ToList(), ct);
    }

    /// <summary>Records the stale warning for offers that need one; returns their ids. Not an update by the provider.</summary>
    public async Task<IReadOnlyList<int>> RecordStaleWarningsAsync(IReadOnlyCollection<int> offerIds, CancellationToken ct = default)
    {
        if (offerIds.Count == 0) return [];
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Offers.Where(o => offerIds.Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.StaleWarningSentAt, now), ct);
        await notifier.OffersChangedAsync(offerIds, ct);
        return offerIds.ToList();
    }
}
