using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Network;

namespace Weiterbildungsraum.Web.Features;

[AllowAnonymous]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public List<JobFamilyListItem> Families { get; private set; } = [];
    public List<EventItem> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Families = (await CompetenciesApi.ListFamilies(db, ct)).Value ?? [];
        Events = await EventQueries.UpcomingAsync(db, DateTime.UtcNow, 3, ct);
    }
}
