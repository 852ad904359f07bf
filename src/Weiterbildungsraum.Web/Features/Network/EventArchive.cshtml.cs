using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Network;

[AllowAnonymous]
public sealed class EventArchiveModel(AppDbContext db) : PageModel
{
    public List<EventItem> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Events = await EventQueries.PastAsync(db, DateTime.UtcNow, ct);
}
