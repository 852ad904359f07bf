using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>Reads offers from the database in the shape the index takes. Only published offers of approved providers are searchable.</summary>
public sealed class OfferIndexSource(AppDbContext db)
{
    public sealed record CompetencyCatalog(IReadOnlyDictionary<string, string> Names, IReadOnlyDictionary<string, List<KeyName>> Families, IReadOnlySet<string> Transversal);

    public static IQueryable<Offer> Searchable(AppDbContext db)
    {
        // OfferVisibility.IsPublic in SQL: a warned, still stale offer disappears HiddenAfterWarningDays after the warning.
        var hiddenIfWarnedBefore = DateTime.UtcNow.Date.AddDays(1 - OfferVisibility.HiddenAfterWarningDays);
        return db.Offers.Where(o => o.IsPublished && o.Provider.IsApproved
            && !(o.StaleWarningSentAt != null && o.StaleWarningSentAt >= o.UpdatedAt && o.StaleWarningSentAt < hiddenIfWarnedBefore));
    }

    public async Task<CompetencyCatalog> CatalogAsync(CancellationToken ct = default)
    {
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var competencies = await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId)
            .Select(c => new { c.Key, c.Name, c.Tags }).ToListAsync(ct);
        var links = await db.RoleProfileEntries.AsNoTracking().Where(e => e.Role.Family.VersionId == versionId)
            .Select(e => new { e.Competency.Key, Family = e.Role.Family.Key, FamilyName = e.Role.Family.Name }).Distinct().ToListAsync(ct);
        var families = links.GroupBy(l => l.Key).ToDictionary(g => g.Key,
            g => g.Select(l => new KeyName(l.Family, l.FamilyName)).DistinctBy(f => f.Key).OrderBy(f => f.Name).ToList());
        return new CompetencyCatalog(competencies.ToDictionary(c => c.Key, c => c.Name), families,
            competencies.Where(c => c.Tags.Contains(Domain.Competencies.CompetencyTags.Transversal)).Select(c => c.Key).ToHashSet());
    }

    public async Task<OfferIndexEntry?> LoadAsync(int offerId, CompetencyCatalog catalog, CancellationToken ct = default)
    {
        var offer = await Searchable(db).AsNoTracking().AsSplitQuery()
            .Include(o => o.Provider).Include(o => o.Sessions.Where(s => !s.IsClosedGroupRun)).Include(o => o.Competencies)
            .SingleOrDefaultAsync(o => o.Id == offerId, ct);
        return offer is null ? null : ToEntry(offer, catalog);
    }

    /// <summary>All searchable offers in batches, for a rebuild.</summary>
    public async IAsyncEnumerable<OfferIndexEntry> AllAsync(CompetencyCatalog catalog, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        const int batch = 500;
        var lastId = 0;
        while (true)
        {
            var offers = await Searchable(db).AsNoTracking().AsSplitQuery()
                .Include(o => o.Provider).Include(o => o.Sessions.Where(s => !s.IsClosedGroupRun)).Include(o => o.Competencies)
                .Where(o => o.Id > lastId).OrderBy(o => o.Id).Take(batch).ToListAsync(ct);
            foreach (var offer in offers) yield return ToEntry(offer, catalog);
            if (offers.Count < batch) yield break;
            lastId = offers[^1].Id;
            db.ChangeTracker.Clear();
        }
    }

    public static OfferIndexEntry ToEntry(Offer o, CompetencyCatalog catalog)
    {
        var competencies = o.Competencies.OrderByDescending(c => c.ExitLevel).ThenBy(c => c.CompetencyKey)
            .Select(c => new KeyName(c.CompetencyKey, catalog.Names.GetValueOrDefault(c.CompetencyKey, c.CompetencyKey))).ToList();
        // Cross-cutting competencies (teamwork, data protection) are needed everywhere; they place an offer in a family only when it teaches nothing else.
        var specific = o.Competencies.Where(c => !catalog.Transversal.Contains(c.CompetencyKey)).ToList();
        var families = (specific.Count > 0 ? specific : o.Competencies)
            .SelectMany(c => catalog.Families.GetValueOrDefault(c.CompetencyKey) ?? []).DistinctBy(f => f.Key).ToList();
        var sessions = o.Sessions.Where(s => !s.IsClosedGroupRun).OrderBy(s => s.StartDate).Select(s =>
        {
            var point = s.Format == OfferFormat.Online ? null : PlaceTable.Directory.Locate(s.Postcode, s.Town);
            return new SessionFacts(s.Id, s.StartDate, s.EndDate, s.Format, s.Town, s.Postcode, point?.Latitude, point?.Longitude, s.StartTime);
        }).ToList();
        var facts = new OfferFacts(o.Id, o.Title, o.ProviderId, o.Provider.Name, o.Hours, o.Price, o.Azav, o.TimeModel,
            FundingRoutes.For(o.Azav, o.BildungsgutscheinApproved, o.Hours, o.FundingNotes), competencies, families, sessions, o.Version, o.UpdatedAt);
        return new OfferIndexEntry(facts, o.Summary, HtmlText.Plain(o.Content), o.TargetGroup, $"{o.Qualification} {o.ExaminingBody}");
    }
}

/// <summary>The text of sanitised HTML, for indexing.</summary>
public static class HtmlText
{
    public static string Plain(string html) =>
        System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "));
}
