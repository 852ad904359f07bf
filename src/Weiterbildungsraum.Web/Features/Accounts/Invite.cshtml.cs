using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

[Authorize(Policy = Policies.CompanyHR)]
public sealed class InviteModel(AppDbContext db) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie den Vornamen ein.")]
        [StringLength(80)]
        [Display(Name = "Vorname")]
        public string FirstName { get; set; } = "";

        [Required(ErrorMessage = "Bitte geben Sie den Nachnamen ein.")]
        [StringLength(80)]
        [Display(Name = "Nachname")]
        public string LastName { get; set; } = "";

        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
        [Display(Name = "E-Mail-Adresse")]
        public string? Email { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? Link { get; private set; }
    public string? InvitedName { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var organisationId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.HR, ct);
        if (organisationId is null) return Forbid();
        if (!ModelState.IsValid) return Page();

        var now = DateTime.UtcNow;
        var person = new Person { OrganisationId = organisationId, FirstName = Input.FirstName.Trim(), LastName = Input.LastName.Trim(), CreatedAt = now };
        var token = InvitationTokens.NewToken();
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        db.Invitations.Add(new Invitation
        {
            OrganisationId = organisationId.Value, PersonId = person.Id, Email = Input.Email, TokenHash = InvitationTokens.Hash(token),
            CreatedAt = now, ExpiresAt = now + InvitationTokens.Lifetime,
        });
        await db.SaveChangesAsync(ct);
        Link = $"{Request.Scheme}://{Request.Host}/einladung/{token}";
        InvitedName = person.FullName;
        ModelState.Clear();
        Input = new InputModel();
        return Page();
    }
}
