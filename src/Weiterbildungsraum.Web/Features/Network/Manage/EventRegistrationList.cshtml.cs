using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Manage;

/// <summary>/koordination/veranstaltungen/{id}/anmeldungen: who registered, with the CSV download.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EventRegistrationListModel(AppDbContext db) : PageModel
{
    public EventItem Event { get; private set; } = null!;
    public List<RegistrationRow> Registrations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await EventQueries.FindAsync(db, id, ct) is not { } e) return NotFound();
        Event = e;
        Registrations = await EventRegistrationQuery.OfAsync(db, id, ct);
        return Page();
    }
}
