using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Network;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Profiles;

/// <summary>/mein-bereich/ansprechperson: where an organisation lists a person with her account, she alone consents to the public listing.</summary>
[Authorize]
public sealed class MyContactListingsModel(AppDbContext db) : PageModel
{
    public sealed record Listing(int Id, string Organisation, bool OrganisationIsPublic, string Name, string Function, string? Email, string? Phone,
        bool IsPublic, DateTime? ConsentAt, Guid Version);

    public List<Listing> Listings { get; private set; } = [];

    [BindProperty] public int ContactId { get; set; }
    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public bool Agrees { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var userId = Tenancy.UserId(User);
        var contact = await db.ContactPersons.SingleOrDefaultAsync(c => c.Id == ContactId && c.UserId == userId, ct);
        if (contact is null) return NotFound();
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        if (contact.Version != Version)
        {
            // She must not agree to data she has not seen: the organisation changed the entry meanwhile.
            ModelState.AddModelError(string.Empty, "Ihre Organisation hat den Eintrag inzwischen geändert. Bitte prüfen Sie die Angaben unten und entscheiden Sie erneut.");
            await LoadAsync(ct);
            return Page();
        }
        var listing = ContactConsent.ByThePerson(Agrees, DateTime.UtcNow);
        contact.IsPublic = listing.IsPublic;
        contact.ConsentAt = listing.ConsentAt;
        db.Entry(contact).Property(c => c.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "Ihre Organisation hat den Eintrag gerade geändert. Bitte prüfen Sie die Angaben unten und entscheiden Sie erneut.");
            await LoadAsync(ct);
            return Page();
        }
        TempData["Message"] = Agrees ? "Danke – Sie werden als Ansprechperson öffentlich genannt." : "Sie werden nicht mehr öffentlich genannt.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = Tenancy.UserId(User);
        Listings = await db.ContactPersons.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Organisation.Name)
            .Select(c => new Listing(c.Id, c.Organisation.Name, c.Organisation.IsPublicProfile && c.Organisation.IsApproved, c.Name, c.Function, c.Email, c.Phone,
                c.IsPublic, c.ConsentAt, c.Version))
            .ToListAsync(ct);
    }
}
