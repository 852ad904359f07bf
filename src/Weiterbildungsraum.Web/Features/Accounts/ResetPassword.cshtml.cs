using System.ComponentModel.DataAnnotations;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>/passwort-zuruecksetzen?konto=…&amp;code=…: the link from the reset mail sets a new password, once and while it is valid.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<AppUser> users) : PageModel
{
    public sealed class InputModel : NewPasswordFields;

    [BindProperty(SupportsGet = true)]
    public string? Konto { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkInvalid { get; private set; }

    public async Task OnGetAsync() => LinkInvalid = await ValidLinkAsync() is null;

    public async Task<IActionResult> OnPostAsync()
    {
        var link = await ValidLinkAsync();
        if (link is null)
        {
            LinkInvalid = true;
            return Page();
        }
        var (user, token) = link.Value;
        if (!ModelState.IsValid) return Page();
        var result = await users.ResetPasswordAsync(user, token, Input.NewPassword);
        if (!result.Succeeded)
        {
            LinkInvalid = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            foreach (var error in result.Errors.Where(e => e.Code != nameof(IdentityErrorDescriber.InvalidToken)))
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.NewPassword" : string.Empty, error.Description);
            return Page();
        }
        // Whoever can read the account's mail may sign in again right away, also after too many wrong passwords.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Redirect("/anmelden?passwort=neu");
    }

    /// <summary>The account and token of the link, or null when it is incomplete, unknown, used or expired: all look alike.</summary>
    private async Task<(AppUser User, string Token)?> ValidLinkAsync()
    {
        if (string.IsNullOrWhiteSpace(Konto) || string.IsNullOrWhiteSpace(Code) || Code.Length > 2000) return null;
        string token;
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Code));
        }
        catch (FormatException)
        {
            return null;
        }
        var user = await users.FindByIdAsync(Konto);
        if (user is null) return null;
        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token);
        return valid ? (user, token) : null;
    }
}
