using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies;

[AllowAnonymous]
public sealed class RoleProfileModel(AppDbContext db) : PageModel
{
    public RoleProfile Profile { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        var profile = await RoleProfileQuery.LoadAsync(db, id, ct);
        if (profile is null) return NotFound();
        Profile = profile;
        return Page();
    }
}
