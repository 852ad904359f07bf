using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

[AllowAnonymous]
public sealed class OrganisationModel(AppDbContext db) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public List<EventItem> Events { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organisation = await NetworkDirectory.Public(db, null, null).AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        Organisation = organisation;
        Events = await EventQueries.UpcomingOfAsync(db, id, DateTime.UtcNow, ct);
        return Page();
    }
}
