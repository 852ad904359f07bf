using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Offers.Provider;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>A provider's API tokens: create (secret shown once), list, revoke.</summary>
[Authorize(Policy = Policies.Provider)]
public sealed class ApiTokensPageModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public static readonly int[] ValidityDays = [30, 90, 365];

    public sealed record Row(int Id, string Name, string Scopes, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt);

    [BindProperty(SupportsGet = true)] public int? OrgId { get; set; }
    [BindProperty, Required(ErrorMessage = "Bitte geben Sie dem Zugang einen Namen, z. B. „Kursverwaltung“."), StringLength(80), Display(Name = "Name des Zugangs")]
    public string? Name { get; set; }
    [BindProperty, Display(Name = "Gültig für")] public int Days { get; set; } = 90;
    public string? NewSecret { get; private set; }
    public IReadOnlyList<Row> Tokens { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (await ProviderAccess.CurrentAsync(db, User, OrgId, ct) is not { } orgId) return NotFound();
        if (!ValidityDays.Contains(Days)) ModelState.AddModelError(nameof(Days), "Bitte eine der angebotenen Laufzeiten wählen.");
        if (ModelState.IsValid)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            NewSecret = await ApiTokens.CreateAsync(db, orgId, Name!.Trim(), [ApiTokens.ImportScope], now.AddDays(Days), now, ct);
            Name = null;
            ModelState.Clear();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        var ids = await ProviderAccess.OrganisationIdsAsync(db, User, ct);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id && ids.Contains(t.OrganisationId), ct);
        if (token is null) return NotFound();
        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { orgId = token.OrganisationId });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await ProviderAccess.CurrentAsync(db, User, OrgId, ct) is not { } orgId) return false;
        OrgId = orgId;
        Tokens = await db.ApiTokens.AsNoTracking().Where(t => t.OrganisationId == orgId).OrderByDescending(t => t.CreatedAt)
            .Select(t => new Row(t.Id, t.Name, t.Scopes, t.CreatedAt, t.ExpiresAt, t.RevokedAt)).ToListAsync(ct);
        return true;
    }
}
