using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Offers.Provider;

/// <summary>The inbox: enquiries about the offers of the user's organisations, newest first.</summary>
[Authorize(Policy = Policies.Provider)]
public sealed class EnquiriesModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public sealed record Item(int Id, int OfferId, string OfferTitle, string Name, string Email, string? Organisation, string Message, DateTime CreatedAt, bool IsRead);

    public IReadOnlyList<Item> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var ids = await ProviderAccess.OrganisationIdsAsync(db, User, ct);
        Items = await db.Enquiries.AsNoTracking().Where(e => ids.Contains(e.Offer.ProviderId))
            .OrderBy(e => e.ReadAt != null).ThenByDescending(e => e.CreatedAt).Take(200)
            .Select(e => new Item(e.Id, e.OfferId, e.Offer.Title, e.Name, e.Email, e.OrganisationName, e.Message, e.CreatedAt, e.ReadAt != null))
            .ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostReadAsync(int id, CancellationToken ct)
    {
        var ids = await ProviderAccess.OrganisationIdsAsync(db, User, ct);
        var enquiry = await db.Enquiries.SingleOrDefaultAsync(e => e.Id == id && ids.Contains(e.Offer.ProviderId), ct);
        if (enquiry is null) return NotFound();
        enquiry.ReadAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return RedirectToPage();
    }
}
