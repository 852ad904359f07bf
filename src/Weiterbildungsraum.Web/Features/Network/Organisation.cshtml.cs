using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>/netzwerk/{id}: a public profile with the contact persons who agreed to be listed; private profiles are not found.</summary>
[AllowAnonymous]
public sealed class OrganisationModel(AppDbContext db) : PageModel
{
    public Organisation Organisation { get; private set; } = null!;
    public List<EventItem> Events { get; private set; } = [];
    public List<PublicContact> Contacts { get; private set; } = [];
    public bool AzavValid { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var organisation = await NetworkDirectory.Public(db).AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null) return NotFound();
        Organisation = organisation;
        AzavValid = organisation.Type == OrganisationType.Provider && NetworkDirectory.HasValidAzav(organisation, DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow)));
        Contacts = await PublicContacts.OfAsync(db, [id], ct);
        Events = await EventQueries.UpcomingOfAsync(db, id, DateTime.UtcNow, ct);
        return Page();
    }
}
