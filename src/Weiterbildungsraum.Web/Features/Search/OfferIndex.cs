using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>
/// Keeps the search index in step with the database. Write paths call <see cref="ReindexOfferAsync"/> (or
/// <see cref="Remove"/>) after SaveChanges; a background catch-up (<see cref="OfferIndexCatchUp"/>) picks up what
/// other instances or other code changed, by Offer.UpdatedAt and by comparing ids, so every instance converges.
/// </summary>
public sealed class OfferIndex(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<OfferIndex> logger) : IDisposable
{
    /// <summary>Changes committed by another instance may carry an UpdatedAt a little older than our watermark.</summary>
    private static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim writes = new(1, 1);
    private SearchIndexStore? store;
    private OfferSearcher? searcher;
    private SearchSynonyms.Stamp? synonymsOf;

    public string IndexPath { get; } = Path.GetFullPath(configuration["Search:IndexPath"] ?? Path.Combine("data", "search-index"));

    public bool IsReady => searcher is not null;

    public OfferSearcher Searcher => searcher ?? throw new InvalidOperationException("Der Suchindex ist noch nicht geöffnet.");

    /// <summary>Opens the index; builds it from the database when it is missing, damaged or of an older layout.</summary>
    public async Task EnsureReadyAsync(CancellationToken ct = default)
    {
        await writes.WaitAsync(ct);
        try
        {
            store?.Dispose();
            store = SearchIndexStore.Open(IndexPath, out var fresh);
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await LoadSearcherAsync(db, store, ct);
            if (fresh)
            {
                logger.LogInformation("Suchindex unter {Path} fehlt oder ist unbrauchbar; er wird aus der Datenbank neu aufgebaut.", IndexPath);
                await RebuildLockedAsync(db, ct);
            }
        }
        finally
        {
            writes.Release();
        }
        await CatchUpAsync(compareAll: true, ct);
    }

    /// <summary>Releases the index folder (for maintenance and tests); <see cref="EnsureReadyAsync"/> opens it again.</summary>
    public void Close()
    {
        writes.Wait();
        try
        {
            searcher = null;
            store?.Dispose();
            store = null;
        }
        finally
        {
            writes.Release();
        }
    }

    public async Task<int> RebuildAsync(CancellationToken ct = default)
    {
        await writes.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            return await RebuildLockedAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), ct);
        }
        finally
        {
            writes.Release();
        }
    }

    public async Task ReindexOfferAsync(int offerId, CancellationToken ct = default)
    {
        await writes.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var source = new OfferIndexSource(scope.ServiceProvider.GetRequiredService<AppDbContext>());
            var entry = await source.LoadAsync(offerId, await source.CatalogAsync(ct), ct);
            if (entry is null) Store.Delete(offerId);
            else Store.Upsert(entry);
            Store.Commit(Store.IndexedUpTo);
        }
        finally
        {
            writes.Release();
        }
    }

    public void Remove(int offerId)
    {
        writes.Wait();
        try
        {
            Store.Delete(offerId);
            Store.Commit(Store.IndexedUpTo);
        }
        finally
        {
            writes.Release();
        }
    }

    /// <summary>
    /// Reloads the synonyms and the model's words when an ESCO import or a new model version changed them (an import runs
    /// as an operator command beside the server; the catch-up calls this on every pass). Returns whether they changed.
    /// </summary>
    public async Task<bool> RefreshVocabularyAsync(CancellationToken ct = default)
    {
        if (store is null) return false;
        await writes.WaitAsync(ct);
        try
        {
            if (store is not { } current) return false;
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            if (await SearchSynonyms.StampAsync(db, ct) == synonymsOf) return false;
            await LoadSearcherAsync(db, current, ct);
            return true;
        }
        finally
        {
            writes.Release();
        }
    }

    private async Task LoadSearcherAsync(AppDbContext db, SearchIndexStore current, CancellationToken ct)
    {
        var stamp = await SearchSynonyms.StampAsync(db, ct);
        var synonyms = SynonymTable.Load(current.Analyzer, await SearchSynonyms.GroupsAsync(db, ct));
        searcher = new OfferSearcher(current, new OfferQueryBuilder(current, synonyms, await ModelWordsAsync(db, current, ct)), PlaceTable.Directory);
        if (stamp != synonymsOf && synonymsOf is not null)
            logger.LogInformation("Synonyme der Suche neu geladen: {Groups} Gruppen (ESCO-Kompetenzen: {Skills}).", synonyms.GroupCount, stamp.Skills);
        synonymsOf = stamp;
    }

    /// <summary>Reindexes offers changed since the watermark; with <paramref name="compareAll"/> also adds missing and removes vanished ones.</summary>
    public async Task<int> CatchUpAsync(bool compareAll, CancellationToken ct = default)
    {
        if (store is null) return 0;
        await writes.WaitAsync(ct);
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var since = Store.IndexedUpTo == DateTime.MinValue ? DateTime.MinValue : Store.IndexedUpTo - Overlap;
            var changed = await db.Offers.AsNoTracking().Where(o => o.UpdatedAt > since)
                .Select(o => new { o.Id, o.Version, o.UpdatedAt }).ToListAsync(ct);
            var indexed = Store.IndexedVersions();
            var todo = changed.Where(c => !indexed.TryGetValue(c.Id, out var v) || v != c.Version).Select(c => c.Id).ToHashSet();
            var vanished = new List<int>();
            if (compareAll)
            {
                // By version, not only by id: changes that leave UpdatedAt alone (competency links reviewed or linked automatically) converge too.
                var searchable = (await OfferIndexSource.Searchable(db).Select(o => new { o.Id, o.Version }).ToListAsync(ct)).ToDictionary(o => o.Id, o => o.Version);
                todo.UnionWith(searchable.Where(o => !indexed.TryGetValue(o.Key, out var v) || v != o.Value).Select(o => o.Key));
                vanished.AddRange(indexed.Keys.Where(id => !searchable.ContainsKey(id)));
            }
            var watermark = changed.Count == 0 ? Store.IndexedUpTo : new[] { Store.IndexedUpTo, changed.Max(c => c.UpdatedAt) }.Max();
            if (todo.Count == 0 && vanished.Count == 0)
            {
                if (watermark != Store.IndexedUpTo) Store.Commit(watermark);
                return 0;
            }
            var source = new OfferIndexSource(db);
            var catalog = await source.CatalogAsync(ct);
            foreach (var id in todo)
            {
                var entry = await source.LoadAsync(id, catalog, ct);
                if (entry is null) Store.Delete(id);
                else Store.Upsert(entry);
            }
            foreach (var id in vanished) Store.Delete(id);
            Store.Commit(watermark);
            logger.LogInformation("Suchindex nachgeführt: {Changed} Angebote neu indexiert, {Removed} entfernt.", todo.Count, vanished.Count);
            return todo.Count + vanished.Count;
        }
        finally
        {
            writes.Release();
        }
    }

    private SearchIndexStore Store => store ?? throw new InvalidOperationException("Der Suchindex ist noch nicht geöffnet.");

    private async Task<int> RebuildLockedAsync(AppDbContext db, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        var watermark = await db.Offers.MaxAsync(o => (DateTime?)o.UpdatedAt, ct) ?? DateTime.MinValue;
        var source = new OfferIndexSource(db);
        var catalog = await source.CatalogAsync(ct);
        Store.DeleteAll();
        var count = 0;
        await foreach (var entry in source.AllAsync(catalog, ct))
        {
            Store.Add(entry);
            count++;
        }
        Store.Commit(watermark);
        logger.LogInformation("Suchindex aufgebaut: {Count} Angebote in {Seconds:0.0} s.", count, (DateTime.UtcNow - started).TotalSeconds);
        return count;
    }

    /// <summary>The analysed words of the competency model: compound parts that may not occur on their own in any offer.</summary>
    private static async Task<HashSet<string>> ModelWordsAsync(AppDbContext db, SearchIndexStore store, CancellationToken ct)
    {
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var texts = await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId).Select(c => c.Name + " " + c.Description).ToListAsync(ct);
        var roles = await CurrentModel.Roles(db, versionId).Select(r => r.Name).ToListAsync(ct);
        return texts.Concat(roles).SelectMany(t => GermanSearchAnalyzer.Terms(store.Analyzer, SearchIndexStore.Fields.All, t)).Select(t => t.Term)
            .Where(t => t.Length >= 4).ToHashSet(StringComparer.Ordinal);
    }

    public void Dispose()
    {
        store?.Dispose();
        writes.Dispose();
    }
}
