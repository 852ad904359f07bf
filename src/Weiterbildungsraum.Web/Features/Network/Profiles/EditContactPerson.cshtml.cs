using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Network;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Profiles;

/// <summary>/netzwerk/profil/{id}/ansprechpersonen/{contactId}: change or remove one contact person; saves only the version the form showed.</summary>
[Authorize(Policy = Policies.OrganisationStaff)]
public sealed class EditContactPersonModel(AppDbContext db) : PageModel
{
    public const string ConflictMessage = "Dieser Eintrag wurde inzwischen geändert (von Ihrer Organisation oder von der Person selbst). Ihre Eingaben sind unten erhalten und wurden nicht gespeichert; prüfen Sie den Stand und speichern Sie erneut.";

    public sealed class EditInput : ContactForm
    {
        public Guid Version { get; set; }
    }

    [BindProperty] public EditInput Input { get; set; } = new();
    public Organisation Organisation { get; private set; } = null!;
    public ContactPerson Contact { get; private set; } = null!;
    public bool Linked => Contact.UserId is not null;

    public async Task<IActionResult> OnGetAsync(int id, int contactId, CancellationToken ct)
    {
        if (!await LoadAsync(id, contactId, ct)) return NotFound();
        var c = Contact;
        Input = new EditInput { Version = c.Version, Name = c.Name, Function = c.Function, Email = c.Email, Phone = c.Phone, ConsentConfirmed = c.IsPublic };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, int contactId, CancellationToken ct)
    {
        if (!await LoadAsync(id, contactId, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Input.Name)) ModelState.AddModelError("Input.Name", "Bitte geben Sie den Namen der Ansprechperson ein.");
        if (!ModelState.IsValid) return Page();
        var c = Contact;
        if (c.Version != Input.Version) return Conflict(c.Version);
        var name = Input.Name!.Trim();
        var email = ContactForm.Blank(Input.Email);
        var phone = ContactForm.Blank(Input.Phone);
        var changed = name != c.Name || email != c.Email || phone != c.Phone;
        var listing = ContactConsent.AfterOrganisationEdit(new ContactListing(c.IsPublic, c.ConsentAt), Linked, Input.ConsentConfirmed, changed, DateTime.UtcNow);
        c.Name = name;
        c.Function = ContactForm.Blank(Input.Function) ?? "";
        c.Email = email;
        c.Phone = phone;
        c.IsPublic = listing.IsPublic;
        c.ConsentAt = listing.ConsentAt;
        db.Entry(c).Property(x => x.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.ContactPersons.AsNoTracking().Where(x => x.Id == contactId).Select(x => (Guid?)x.Version).SingleOrDefaultAsync(ct);
            if (current is null) return NotFound();
            await LoadAsync(id, contactId, ct);
            return Conflict(current.Value);
        }
        TempData["Message"] = Linked && changed && !c.IsPublic
            ? $"{c.Name} ist gespeichert. Weil sich die Kontaktdaten geändert haben, muss die Person der öffentlichen Nennung erneut zustimmen."
            : $"{c.Name} ist gespeichert{(c.IsPublic ? " und öffentlich" : ", aber nicht öffentlich")}.";
        return Redirect($"/netzwerk/profil/{id}/ansprechpersonen");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int contactId, CancellationToken ct)
    {
        if (!await LoadAsync(id, contactId, ct)) return NotFound();
        db.ContactPersons.Remove(Contact);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = $"{Contact.Name} ist nicht mehr als Ansprechperson eingetragen.";
        return Redirect($"/netzwerk/profil/{id}/ansprechpersonen");
    }

    private PageResult Conflict(Guid current)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, ConflictMessage);
        Input.Version = current;
        return Page();
    }

    private async Task<bool> LoadAsync(int id, int contactId, CancellationToken ct)
    {
        if (await ProfileAccess.EditableAsync(db, User, id, ct) is not { } o) return false;
        var contact = await db.ContactPersons.SingleOrDefaultAsync(c => c.Id == contactId && c.OrganisationId == id, ct);
        if (contact is null) return false;
        Organisation = o;
        Contact = contact;
        return true;
    }
}
