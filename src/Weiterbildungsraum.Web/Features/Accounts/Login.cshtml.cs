using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Weiterbildungsraum.Web.Features.Accounts;

[AllowAnonymous]
public sealed class LoginModel(SignInManager<AppUser> signIn) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse ein.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein.")]
        [Display(Name = "E-Mail-Adresse")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Bitte geben Sie Ihr Passwort ein.")]
        [Display(Name = "Passwort")]
        public string Password { get; set; } = "";

        [Display(Name = "Angemeldet bleiben")]
        public bool RememberMe { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool PasswordReset { get; private set; }

    public void OnGet(string? passwort) => PasswordReset = passwort == "neu";

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid) return Page();
        var result = await signIn.PasswordSignInAsync(Input.Email, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/mein-bereich");
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Zu viele Fehlversuche. Das Konto ist für 15 Minuten gesperrt."
            : "E-Mail-Adresse oder Passwort sind falsch.");
        return Page();
    }
}
