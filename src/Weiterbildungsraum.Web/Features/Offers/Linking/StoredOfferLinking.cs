using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Offers.Linking;

/// <summary>
/// Links the stored offers the linker has not read for the current model version: those nobody has decided on (no link
/// from a file or the provider), and those linked automatically against an older version. In batches, each saved on its own,
/// so a catalogue of 100,000 offers holds no long lock and an interrupted run goes on where it stopped.
/// </summary>
public sealed class StoredOfferLinking(AppDbContext db, LinkerCache linkers, OfferWriter writer, ILogger<StoredOfferLinking> logger)
{
    public const int BatchSize = 500;

    public sealed record Result(int Read, int Changed);

    /// <summary>Offers linked by people only (migrated, seeded, curated) stay as they are until someone changes their text.</summary>
    public static IQueryable<Offer> Due(AppDbContext db, int versionId) =>
        db.Offers.Where(o => o.LinkedModelVersionId != versionId
            && (o.LinkedModelVersionId != null || !o.Competencies.Any(c => c.Source != LinkSource.Automatic)));

    public async Task<Result> RunAsync(CancellationToken ct = default)
    {
        var versionId = await Competencies.CurrentModel.VersionIdAsync(db, ct);
        if (versionId == 0 || !await Due(db, versionId).AnyAsync(ct)) return new Result(0, 0);
        var linker = await linkers.GetAsync(db, ct);
        int read = 0, changed = 0, lastId = 0;
        while (true)
        {
            var batch = await Due(db, linker.VersionId).Where(o => o.Id > lastId).OrderBy(o => o.Id).Take(BatchSize)
                .Include(o => o.Competencies).Include(o => o.RemovedCompetencies).AsSplitQuery().ToListAsync(ct);
            if (batch.Count == 0) break;
            lastId = batch[^1].Id;
            read += batch.Count;
            var found = OfferLinkRows.LinkAll(batch.Select(o => (o, OfferLinkRows.TextOf(o))), linker, ct);
            var relinked = new List<Offer>();
            var same = new List<int>();
            foreach (var (offer, links) in found)
            {
                var desired = OfferLinks.WithAutomatic(OfferLinkRows.Read(offer), links, OfferLinkRows.Removed(offer));
                if (OfferLinks.Same(OfferLinkRows.Read(offer), desired)) same.Add(offer.Id);
                else
                {
                    OfferLinkRows.Write(offer, desired);
                    offer.LinkedModelVersionId = linker.VersionId;
                    relinked.Add(offer);
                }
            }
            try
            {
                await writer.SaveLinksAsync(relinked, ct);
                changed += relinked.Count;
            }
            catch (DbUpdateException e)
            {
                // Edited (or linked by another instance) meanwhile: those offers stay due and are read again on the next pass.
                logger.LogInformation("Kompetenz-Zuordnung: {Count} Angebote wurden inzwischen geändert und beim nächsten Durchlauf zugeordnet ({Reason}).", relinked.Count, e.InnerException?.Message ?? e.Message);
            }
            // The model version is recorded without a new version stamp: nothing a form shows has changed.
            await db.Offers.Where(o => same.Contains(o.Id)).ExecuteUpdateAsync(s => s.SetProperty(o => o.LinkedModelVersionId, linker.VersionId), ct);
            db.ChangeTracker.Clear();
        }
        return new Result(read, changed);
    }
}
