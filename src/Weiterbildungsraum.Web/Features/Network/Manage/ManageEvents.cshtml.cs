using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Manage;

/// <summary>/koordination/veranstaltungen: every event, coming ones first, with what is left to do (registrations, report).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class ManageEventsModel(AppDbContext db) : PageModel
{
    public List<EventItem> Upcoming { get; private set; } = [];
    public List<EventItem> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        Upcoming = await EventQueries.UpcomingAsync(db, now, 1000, ct);
        Past = await EventQueries.PastAsync(db, now, ct);
    }
}
