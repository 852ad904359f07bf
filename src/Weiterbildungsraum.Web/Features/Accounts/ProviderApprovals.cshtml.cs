using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

[Authorize(Policy = Policies.Coordinator)]
public sealed class ProviderApprovalsModel(AppDbContext db, Offers.IOfferChangeNotifier offers) : PageModel
{
    public sealed record PendingProvider(int Id, string Name, string Town, DateTime RegisteredOn, string? ContactEmail);

    public List<PendingProvider> Pending { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Pending = await db.Organisations.AsNoTracking()
            .Where(o => o.Type == OrganisationType.Provider && !o.IsApproved)
            .OrderBy(o => o.CreatedAt)
            .Select(o => new PendingProvider(o.Id, o.Name, o.Town, o.CreatedAt,
                o.Memberships.Select(m => m.User.Email).FirstOrDefault()))
            .ToListAsync(ct);

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct)
    {
        var provider = await db.Organisations.SingleOrDefaultAsync(o => o.Id == id && o.Type == OrganisationType.Provider, ct);
        if (provider is null) return NotFound();
        // Approval makes the offers searchable; the directory profile stays the provider's own choice (opt-in).
        provider.IsApproved = true;
        await db.SaveChangesAsync(ct);
        // The provider's offers become searchable now.
        await offers.OffersChangedAsync(await db.Offers.Where(o => o.ProviderId == id).Select(o => o.Id).ToListAsync(ct), ct);
        Message = $"{provider.Name} ist freigegeben. Die veröffentlichten Angebote sind jetzt in der Suche; ins Netzwerkverzeichnis kommt der Anbieter, sobald er sein Profil selbst öffentlich schaltet.";
        return RedirectToPage();
    }
}
