using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

[AllowAnonymous]
public sealed class RegisterModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AppDbContext db) : PageModel
{
    public sealed class InputModel : IValidatableObject
    {
        [Required(ErrorMessage = "Bitte wählen Sie aus, als wer Sie sich registrieren.")]
        [RegularExpression("beschaeftigte|unternehmen|anbieter", ErrorMessage = "Bitte wählen Sie eine der drei Möglichkeiten.")]
        public string Kind { get; set; } = "beschaeftigte";

        [Required(ErrorMessage = "Bitte geben Sie Ihren Namen ein.")]
        [StringLength(120, ErrorMessage = "Der Name darf höchstens 120 Zeichen lang sein.")]
        [Display(Name = "Ihr Name")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse ein.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
        [Display(Name = "E-Mail-Adresse")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Bitte wählen Sie ein Passwort.")]
        [Display(Name = "Passwort")]
        public string Password { get; set; } = "";

        [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
        [Display(Name = "Organisation")]
        public string? OrganisationName { get; set; }

        [StringLength(80)]
        [Display(Name = "Ort")]
        public string? Town { get; set; }

        [Range(1, 1_000_000, ErrorMessage = "Bitte geben Sie eine Zahl ab 1 ein.")]
        [Display(Name = "Anzahl Beschäftigte")]
        public int? EmployeeCount { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext context)
        {
            if (Kind is "unternehmen" or "anbieter" && string.IsNullOrWhiteSpace(OrganisationName))
                yield return new ValidationResult("Bitte geben Sie den Namen Ihrer Organisation ein.", [nameof(OrganisationName)]);
            if (Kind == "unternehmen" && EmployeeCount is null)
                yield return new ValidationResult("Bitte geben Sie die Anzahl der Beschäftigten an.", [nameof(EmployeeCount)]);
        }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet(string? rolle)
    {
        if (rolle is "unternehmen" or "anbieter") Input.Kind = rolle;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var now = DateTime.UtcNow;
        var user = await db.InTransactionAsync(async ct =>
        {
            var user = new AppUser { UserName = Input.Email, Email = Input.Email, DisplayName = Input.Name.Trim(), CreatedAt = now };
            var created = await users.CreateAsync(user, Input.Password);
            if (!created.Succeeded)
            {
                foreach (var error in created.Errors)
                    ModelState.AddModelError(error.Code.StartsWith("Password") ? "Input.Password" : string.Empty, error.Description);
                return null;
            }
            var (role, type, kind) = Input.Kind switch
            {
                "unternehmen" => (Roles.CompanyHR, OrganisationType.Company, MembershipKind.HR),
                "anbieter" => (Roles.Provider, OrganisationType.Provider, MembershipKind.ProviderStaff),
                _ => (Roles.Learner, (OrganisationType?)null, MembershipKind.Employee),
            };
            await users.AddToRoleAsync(user, role);
            if (type is { } organisationType)
            {
                var organisation = new Organisation
                {
                    Name = Input.OrganisationName!.Trim(), Type = organisationType, Town = Input.Town?.Trim() ?? "",
                    EmployeeCount = Input.EmployeeCount, CreatedAt = now,
                    // Companies work right away; providers appear publicly only after a coordinator's approval.
                    IsApproved = organisationType == OrganisationType.Company,
                };
                db.Organisations.Add(organisation);
                db.Memberships.Add(new Membership { Organisation = organisation, UserId = user.Id, Kind = kind, CreatedAt = now });
            }
            else
            {
                var parts = Input.Name.Trim().Split(' ', 2);
                db.People.Add(new Person { UserId = user.Id, FirstName = parts[0], LastName = parts.Length > 1 ? parts[1] : "", CreatedAt = now });
            }
            await db.SaveChangesAsync(ct);
            return user;
        });
        if (user is null) return Page();
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }
}
