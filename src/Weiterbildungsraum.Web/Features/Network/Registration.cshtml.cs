using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>
/// /veranstaltungen/anmeldung/{token}: the confirmation after registering and the page the mail links to,
/// where the person sees her registration and cancels it. Whoever has the link may cancel; no account needed.
/// </summary>
[AllowAnonymous]
public sealed class RegistrationModel(AppDbContext db) : PageModel
{
    public EventRegistration? Registration { get; private set; }
    public EventItem? Event { get; private set; }
    public bool JustRegistered { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, bool neu, CancellationToken ct)
    {
        Registration = await EventRegistrations.FindByTokenAsync(db, token, ct);
        if (Registration is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Event = await EventQueries.FindAsync(db, Registration.EventId, ct);
        JustRegistered = neu;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var registration = await EventRegistrations.FindByTokenAsync(db, token, ct);
        if (registration is null) return NotFound();
        await EventRegistrations.CancelAsync(db, registration, DateTime.UtcNow, ct);
        return Redirect($"/veranstaltungen/{registration.EventId}?storniert=true#anmeldung");
    }
}
