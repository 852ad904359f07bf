using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>
/// /passwort-vergessen: asks for a reset mail. The answer is the same whether an account exists or not,
/// so the page tells nobody which addresses are registered.
/// </summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, PasswordResetMail mail, PasswordResetLimit limit) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte geben Sie die E-Mail-Adresse Ihres Kontos ein.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.org.")]
        [StringLength(256, ErrorMessage = "Die E-Mail-Adresse darf höchstens 256 Zeichen lang sein.")]
        [Display(Name = "E-Mail-Adresse")]
        public string Email { get; set; } = "";
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }
    public bool MailEnabled => mail.Enabled;
    public double LinkHours => PasswordResetMail.LinkLifetime.TotalHours;

    public void OnGet(bool gesendet) => Sent = gesendet && mail.Enabled;

    public async Task<IActionResult> OnPostAsync()
    {
        if (!mail.Enabled || !ModelState.IsValid) return Page();
        if (!limit.TryAcquire(HttpContext.Connection.RemoteIpAddress?.ToString(), Input.Email))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, "Zu viele Anfragen in kurzer Zeit. Bitte versuchen Sie es in einer Stunde noch einmal.");
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user?.Email is { } email)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            mail.Send(email, mail.Link(Request, user.Id, token));
        }
        return Redirect("/passwort-vergessen?gesendet=true");
    }
}
