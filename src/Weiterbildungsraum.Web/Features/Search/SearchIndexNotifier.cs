using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>Keeps the search index in step with every offer write of the provider area and the importers.</summary>
public sealed class SearchIndexNotifier(OfferIndex index) : IOfferChangeNotifier
{
    public async Task OffersChangedAsync(IReadOnlyCollection<int> offerIds, CancellationToken ct)
    {
        // Operator commands run beside the server and leave the index to it: its catch-up finds the change by UpdatedAt.
        if (!index.IsReady) return;
        // ReindexOfferAsync drops an offer that is no longer searchable (unpublished, hidden).
        foreach (var id in offerIds) await index.ReindexOfferAsync(id, ct);
    }
}
