using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Network;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Profiles;

/// <summary>
/// /netzwerk/profil/{id}/ansprechpersonen: the organisation's contact persons and adding one — a member with her own
/// account (she consents herself) or a person without account (the organisation confirms her consent).
/// </summary>
[Authorize(Policy = Policies.OrganisationStaff)]
public sealed class ContactPersonsModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string Function, string? Email, string? Phone, bool Linked, bool IsPublic, DateTime? ConsentAt);

    public sealed record Member(string UserId, string Name, string? Email);

    public sealed class AddInput : ContactForm
    {
        /// <summary>A member of the organisation; empty for a person without account.</summary>
        public string? MemberUserId { get; set; }
    }

    [BindProperty] public AddInput Input { get; set; } = new();
    public Organisation Organisation { get; private set; } = null!;
    public List<Row> Contacts { get; private set; } = [];
    public List<Member> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ProfileAccess.EditableAsync(db, User, id, ct) is not { } o) return NotFound();
        await LoadAsync(o, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await ProfileAccess.EditableAsync(db, User, id, ct) is not { } o) return NotFound();
        await LoadAsync(o, ct);
        var member = string.IsNullOrEmpty(Input.MemberUserId) ? null : Members.FirstOrDefault(m => m.UserId == Input.MemberUserId);
        if (!string.IsNullOrEmpty(Input.MemberUserId) && member is null)
            ModelState.AddModelError("Input.MemberUserId", "Diese Person gehört nicht (mehr) zu Ihrer Organisation oder ist schon eingetragen. Bitte wählen Sie neu.");
        if (member is null && string.IsNullOrWhiteSpace(Input.Name))
            ModelState.AddModelError("Input.Name", "Bitte geben Sie den Namen der Ansprechperson ein oder wählen Sie ein Mitglied Ihrer Organisation.");
        if (!ModelState.IsValid) return Page();

        var now = DateTime.UtcNow;
        var listing = ContactConsent.AfterOrganisationEdit(new ContactListing(false, null), linkedToAccount: member is not null,
            confirmedByOrganisation: Input.ConsentConfirmed, personalDataChanged: true, now);
        var contact = new ContactPerson
        {
            OrganisationId = o.Id, UserId = member?.UserId,
            Name = ContactForm.Blank(Input.Name) ?? member!.Name, Function = ContactForm.Blank(Input.Function) ?? "",
            Email = ContactForm.Blank(Input.Email) ?? member?.Email, Phone = ContactForm.Blank(Input.Phone),
            IsPublic = listing.IsPublic, ConsentAt = listing.ConsentAt, CreatedAt = now,
        };
        db.ContactPersons.Add(contact);
        await db.SaveChangesAsync(ct);
        TempData["Message"] = member is not null
            ? $"{contact.Name} ist eingetragen. Öffentlich genannt wird sie oder er erst, wenn sie oder er unter „Mein Bereich → Ansprechperson im Netzwerk“ zustimmt."
            : contact.IsPublic ? $"{contact.Name} ist eingetragen und wird im öffentlichen Profil genannt." : $"{contact.Name} ist eingetragen, aber nicht öffentlich.";
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(Organisation o, CancellationToken ct)
    {
        Organisation = o;
        Contacts = await db.ContactPersons.AsNoTracking().Where(c => c.OrganisationId == o.Id).OrderBy(c => c.Name)
            .Select(c => new Row(c.Id, c.Name, c.Function, c.Email, c.Phone, c.UserId != null, c.IsPublic, c.ConsentAt)).ToListAsync(ct);
        var listed = await db.ContactPersons.Where(c => c.OrganisationId == o.Id && c.UserId != null).Select(c => c.UserId!).ToListAsync(ct);
        var members = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == o.Id && !listed.Contains(m.UserId))
            .Select(m => new { m.UserId, m.User.DisplayName, m.User.Email }).ToListAsync(ct);
        Members = [.. members.DistinctBy(m => m.UserId).Select(m => new Member(m.UserId, m.DisplayName, m.Email)).OrderBy(m => m.Name)];
    }
}
