using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Offers.Provider;

/// <summary>The provider area: profile status, own offers with status, stale warnings, publish and unpublish.</summary>
[Authorize(Policy = Policies.Provider)]
public sealed class ProviderHomeModel(AppDbContext db, OfferWriter writer, TimeProvider clock) : PageModel
{
    public enum OfferStatus { Published, Draft, Stale, Hidden }

    public sealed record Row(int Id, string ExternalId, string Title, OfferStatus Status, DateOnly? NextSession, DateTime UpdatedAt, DateOnly? HiddenFrom, bool IsPublished);

    public sealed record Org(int Id, string Name, bool IsApproved, string Town, bool IsPublicProfile);

    [BindProperty(SupportsGet = true)] public int? OrgId { get; set; }
    public IReadOnlyList<Org> Organisations { get; private set; } = [];
    public Org? Current { get; private set; }
    public IReadOnlyList<Row> Offers { get; private set; } = [];
    public int UnreadEnquiries { get; private set; }
    public int OpenAutomaticLinks { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var ids = await ProviderAccess.OrganisationIdsAsync(db, User, ct);
        Organisations = await db.Organisations.Where(o => ids.Contains(o.Id)).OrderBy(o => o.Name)
            .Select(o => new Org(o.Id, o.Name, o.IsApproved, o.Town, o.IsPublicProfile)).ToListAsync(ct);
        if (OrgId is { } requested && !ids.Contains(requested)) return NotFound();
        Current = Organisations.FirstOrDefault(o => o.Id == (OrgId ?? ids.FirstOrDefault()));
        if (Current is null) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        await StaleOffers.WarnAsync(db, writer, now, Current.Id, ct);
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(now));
        var offers = await db.Offers.AsNoTracking().Where(o => o.ProviderId == Current.Id).OrderBy(o => o.Title)
            .Select(o => new { o.Id, o.ExternalId, o.Title, o.IsPublished, o.UpdatedAt, o.StaleWarningSentAt, Next = o.Sessions.Where(s => s.EndDate >= today).Min(s => (DateOnly?)s.StartDate) })
            .ToListAsync(ct);
        Offers = [.. offers.Select(o => new Row(o.Id, o.ExternalId, o.Title,
            !o.IsPublished ? OfferStatus.Draft
            : !OfferVisibility.IsPublic(true, o.UpdatedAt, o.StaleWarningSentAt, today) ? OfferStatus.Hidden
            : OfferVisibility.IsStale(DateOnly.FromDateTime(o.UpdatedAt), today) ? OfferStatus.Stale
            : OfferStatus.Published,
            o.Next, o.UpdatedAt, OfferVisibility.HiddenFrom(o.UpdatedAt, o.StaleWarningSentAt), o.IsPublished))];
        UnreadEnquiries = await db.Enquiries.CountAsync(e => e.Offer.ProviderId == Current.Id && e.ReadAt == null, ct);
        OpenAutomaticLinks = await db.OfferCompetencies.CountAsync(c => c.Source == LinkSource.Automatic && c.Offer.ProviderId == Current.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, bool publish, CancellationToken ct)
    {
        if (await ProviderAccess.OwnOfferAsync(db, User, id, ct) is not { } offer) return NotFound();
        offer.IsPublished = publish;
        await writer.SaveAsync(offer, ct);
        TempData["Message"] = publish ? $"„{offer.Title}“ ist veröffentlicht." : $"„{offer.Title}“ ist jetzt ein Entwurf und öffentlich nicht mehr sichtbar.";
        return RedirectToPage(new { orgId = offer.ProviderId });
    }

    public static string German(OfferStatus status) => status switch
    {
        OfferStatus.Published => "veröffentlicht",
        OfferStatus.Draft => "Entwurf",
        OfferStatus.Stale => "veraltet",
        OfferStatus.Hidden => "veraltet – ausgeblendet",
        _ => status.ToString(),
    };
}
