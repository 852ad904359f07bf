using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>/mein-bereich/passwort: every signed-in person sets a new password with the current one.</summary>
[Authorize]
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public sealed class InputModel : NewPasswordFields, IValidatableObject
    {
        [Required(ErrorMessage = "Bitte geben Sie Ihr bisheriges Passwort ein.")]
        [Display(Name = "Bisheriges Passwort")]
        public string CurrentPassword { get; set; } = "";

        public IEnumerable<ValidationResult> Validate(ValidationContext context)
        {
            if (NewPassword.Length > 0 && NewPassword == CurrentPassword)
                yield return new ValidationResult("Das neue Passwort muss sich vom bisherigen unterscheiden.", [nameof(NewPassword)]);
        }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Changed { get; private set; }

    public void OnGet(bool geaendert) => Changed = geaendert;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                    ModelState.AddModelError("Input.CurrentPassword", "Das bisherige Passwort ist falsch.");
                else
                    ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.NewPassword" : string.Empty, error.Description);
            return Page();
        }
        // The change gave the account a new security stamp: this session gets a cookie with it, the others end at their next check.
        await signIn.RefreshSignInAsync(user);
        return Redirect("/mein-bereich/passwort?geaendert=true");
    }
}
