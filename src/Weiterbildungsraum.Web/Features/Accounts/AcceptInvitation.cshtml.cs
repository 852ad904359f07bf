using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

[AllowAnonymous]
public sealed class AcceptInvitationModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse ein.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
        [Display(Name = "E-Mail-Adresse")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Bitte wählen Sie ein Passwort.")]
        [Display(Name = "Passwort")]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string OrganisationName { get; private set; } = "Ihrem Unternehmen";
    public bool Invalid { get; private set; }

    public async Task OnGetAsync(string? token, CancellationToken ct)
    {
        var invitation = await FindAsync(token, ct);
        if (invitation?.Email is { } email) Input.Email = email;
    }

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken ct)
    {
        var invitation = await FindAsync(token, ct);
        if (invitation is null || !ModelState.IsValid) return Page();

        var user = await db.InTransactionAsync(async token =>
        {
            var person = invitation.PersonId is { } personId ? await db.People.SingleAsync(p => p.Id == personId, token) : null;
            var user = new AppUser
            {
                UserName = Input.Email, Email = Input.Email, CreatedAt = DateTime.UtcNow,
                DisplayName = person?.FullName ?? Input.Email,
            };
            var created = await users.CreateAsync(user, Input.Password);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                    ModelState.AddModelError(error.Code.StartsWith("Password") ? "Input.Password" : string.Empty, error.Description);
                return null;
            }
            await users.AddToRoleAsync(user, Roles.Learner);
            db.Memberships.Add(new Membership { OrganisationId = invitation.OrganisationId, UserId = user.Id, Kind = MembershipKind.Employee, CreatedAt = DateTime.UtcNow });
            if (person is not null) person.UserId = user.Id;
            invitation.AcceptedAt = DateTime.UtcNow;
            await db.SaveChangesAsync(token);
            return user;
        }, ct);
        if (user is null) return Page();
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/mein-bereich");
    }

    private async Task<Invitation?> FindAsync(string? token, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(token))
        {
            Invalid = true;
            return null;
        }
        var hash = InvitationTokens.Hash(token);
        var invitation = await db.Invitations.Include(i => i.Organisation)
            .SingleOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null || invitation.AcceptedAt is not null || invitation.ExpiresAt < DateTime.UtcNow)
        {
            Invalid = true;
            return null;
        }
        OrganisationName = invitation.Organisation.Name;
        return invitation;
    }
}
