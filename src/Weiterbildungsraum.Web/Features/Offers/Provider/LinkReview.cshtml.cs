using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers.Linking;

namespace Weiterbildungsraum.Web.Features.Offers.Provider;

/// <summary>
/// /anbieter/zuordnungen: every automatic link of the provider's offers, grouped by offer, filtered and paged; the provider confirms or
/// removes them in bulk. Only the user's own offers are touched, and only in the version the page showed.
/// </summary>
[Authorize(Policy = Policies.Provider)]
public sealed class LinkReviewModel(AppDbContext db, OfferWriter writer, LinkerCache linkers, TimeProvider clock) : PageModel
{
    public const int OffersPerPage = 20;
    public const double Unsure = 0.5;

    public sealed record LinkRow(int Id, string Key, string Name, int EntryLevel, int ExitLevel, double? Confidence, IReadOnlyList<string> Evidence);
    public sealed record OfferRow(int Id, string Title, string ExternalId, Guid Version, IReadOnlyList<LinkRow> Links);

    public sealed class LinkChoice
    {
        public int Id { get; set; }
        public bool Selected { get; set; }
    }

    public sealed class OfferVersion
    {
        public int Id { get; set; }
        public Guid Version { get; set; }
    }

    [BindProperty(SupportsGet = true)] public int? OrgId { get; set; }
    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    [BindProperty(SupportsGet = true, Name = "kompetenz")] public string? Competency { get; set; }
    /// <summary>"unsicher": below <see cref="Unsure"/>; "sicher": from there on.</summary>
    [BindProperty(SupportsGet = true, Name = "sicherheit")] public string? Certainty { get; set; }
    [BindProperty(SupportsGet = true, Name = "seite")] public int PageNumber { get; set; } = 1;
    [BindProperty] public List<LinkChoice> Links { get; set; } = [];
    [BindProperty] public List<OfferVersion> Versions { get; set; } = [];

    public string ProviderName { get; private set; } = "";
    public IReadOnlyList<OfferRow> Offers { get; private set; } = [];
    public IReadOnlyList<(string Key, string Name)> CompetencyChoices { get; private set; } = [];
    public int OfferCount { get; private set; }
    public int LinkCount { get; private set; }
    public int PageCount => Math.Max(1, (OfferCount + OffersPerPage - 1) / OffersPerPage);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ProviderAccess.CurrentAsync(db, User, OrgId, ct) is not { } orgId) return NotFound();
        OrgId = orgId;
        await LoadAsync(orgId, ct);
        return Page();
    }

    public Task<IActionResult> OnPostConfirmAsync(CancellationToken ct) => DecideAsync(Links.Where(l => l.Selected), confirm: true, ct);

    public Task<IActionResult> OnPostConfirmShownAsync(CancellationToken ct) => DecideAsync(Links, confirm: true, ct);

    public Task<IActionResult> OnPostRemoveAsync(CancellationToken ct) => DecideAsync(Links.Where(l => l.Selected), confirm: false, ct);

    private async Task<IActionResult> DecideAsync(IEnumerable<LinkChoice> chosen, bool confirm, CancellationToken ct)
    {
        if (await ProviderAccess.CurrentAsync(db, User, OrgId, ct) is not { } orgId) return NotFound();
        OrgId = orgId;
        var linkIds = chosen.Select(l => l.Id).Distinct().ToList();
        if (linkIds.Count == 0)
        {
            ModelState.AddModelError(string.Empty, "Bitte wählen Sie mindestens eine Zuordnung aus.");
            await LoadAsync(orgId, ct);
            return Page();
        }
        // Another provider's link ids find nothing here: the offer must belong to an organisation the user works for.
        var ownOrganisations = await ProviderAccess.OrganisationIdsAsync(db, User, ct);
        var offerIds = await db.OfferCompetencies.Where(c => linkIds.Contains(c.Id) && ownOrganisations.Contains(c.Offer.ProviderId))
            .Select(c => c.OfferId).Distinct().ToListAsync(ct);
        var offers = await db.Offers.Include(o => o.Competencies).Include(o => o.RemovedCompetencies).AsSplitQuery()
            .Where(o => offerIds.Contains(o.Id)).ToListAsync(ct);
        var shown = Versions.GroupBy(v => v.Id).ToDictionary(g => g.Key, g => g.First().Version);
        var stale = offers.Where(o => !shown.TryGetValue(o.Id, out var v) || v != o.Version).ToList();
        var changed = new List<Offer>();
        var count = 0;
        foreach (var offer in offers.Except(stale))
        {
            db.Entry(offer).Property(o => o.Version).OriginalValue = shown[offer.Id];
            foreach (var link in offer.Competencies.Where(c => linkIds.Contains(c.Id) && c.Source == LinkSource.Automatic).ToList())
            {
                if (confirm) link.Source = LinkSource.Confirmed;
                else OfferLinkRows.Remove(offer, link.CompetencyKey, clock.GetUtcNow().UtcDateTime);
                count++;
            }
            changed.Add(offer);
        }
        try
        {
            await writer.SaveLinksAsync(changed, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "Angebote wurden gerade an anderer Stelle geändert; nichts wurde gespeichert. Bitte prüfen Sie die Zuordnungen erneut.");
            await LoadAsync(orgId, ct);
            return Page();
        }
        var done = confirm ? $"{count} {(count == 1 ? "Zuordnung" : "Zuordnungen")} bestätigt." : $"{count} {(count == 1 ? "Zuordnung" : "Zuordnungen")} entfernt; sie werden nicht wieder automatisch zugeordnet.";
        TempData["Message"] = stale.Count == 0 ? done
            : $"{done} {stale.Count} {(stale.Count == 1 ? "Angebot wurde" : "Angebote wurden")} inzwischen an anderer Stelle geändert; deren Zuordnungen sind unverändert – bitte prüfen Sie sie erneut.";
        return RedirectToPage(new { orgId, q = Query, kompetenz = Competency, sicherheit = Certainty, seite = PageNumber });
    }

    private IQueryable<OfferCompetency> Open(int orgId)
    {
        var links = db.OfferCompetencies.Where(c => c.Source == LinkSource.Automatic && c.Offer.ProviderId == orgId);
        if (!string.IsNullOrWhiteSpace(Competency)) links = links.Where(c => c.CompetencyKey == Competency);
        if (Certainty == "unsicher") links = links.Where(c => c.Confidence == null || c.Confidence < Unsure);
        if (Certainty == "sicher") links = links.Where(c => c.Confidence >= Unsure);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var words = Query.Trim().ToLower();
            links = links.Where(c => c.Offer.Title.ToLower().Contains(words) || c.Offer.ExternalId.ToLower().Contains(words));
        }
        return links;
    }

    private async Task LoadAsync(int orgId, CancellationToken ct)
    {
        ProviderName = await db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).SingleAsync(ct);
        var linker = await linkers.GetAsync(db, ct);
        var open = Open(orgId);
        LinkCount = await open.CountAsync(ct);
        var offerIds = open.Select(c => c.OfferId);
        var offers = db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id));
        OfferCount = await offers.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await offers.OrderBy(o => o.Title).ThenBy(o => o.Id).Skip((PageNumber - 1) * OffersPerPage).Take(OffersPerPage)
            .Select(o => new { o.Id, o.Title, o.ExternalId, o.Version }).ToListAsync(ct);
        var ids = page.Select(o => o.Id).ToList();
        var links = await open.AsNoTracking().Where(c => ids.Contains(c.OfferId))
            .Select(c => new { c.Id, c.OfferId, c.CompetencyKey, c.EntryLevel, c.ExitLevel, c.Confidence, c.Evidence }).ToListAsync(ct);
        Offers = [.. page.Select(o => new OfferRow(o.Id, o.Title, o.ExternalId, o.Version, [.. links.Where(l => l.OfferId == o.Id)
            .OrderByDescending(l => l.Confidence).ThenBy(l => l.CompetencyKey)
            .Select(l => new LinkRow(l.Id, l.CompetencyKey, linker.NameOf(l.CompetencyKey), l.EntryLevel, l.ExitLevel, l.Confidence, l.Evidence))]))];
        var keys = await db.OfferCompetencies.AsNoTracking().Where(c => c.Source == LinkSource.Automatic && c.Offer.ProviderId == orgId)
            .Select(c => c.CompetencyKey).Distinct().ToListAsync(ct);
        CompetencyChoices = [.. keys.Select(k => (k, linker.NameOf(k))).OrderBy(c => c.Item2, StringComparer.CurrentCulture)];
    }

    public string PageUrl(int page) => Url.Page("/Offers/Provider/LinkReview", new { orgId = OrgId, q = Query, kompetenz = Competency, sicherheit = Certainty, seite = page })!;
}
