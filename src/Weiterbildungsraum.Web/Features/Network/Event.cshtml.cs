using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Network;

[AllowAnonymous]
public sealed class EventModel(AppDbContext db) : PageModel
{
    public EventItem Event { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var item = await EventQueries.FindAsync(db, id, ct);
        if (item is null) return NotFound();
        Event = item;
        return Page();
    }
}
