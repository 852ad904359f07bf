using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Network;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>/veranstaltungen/{id}: the event, its report, and registration on the platform when the event takes it.</summary>
[AllowAnonymous]
public sealed class EventModel(AppDbContext db, EventMail mail) : PageModel
{
    public sealed class RegistrationInput
    {
        [Display(Name = "Name")]
        [Required(ErrorMessage = "Bitte geben Sie Ihren Namen an.")]
        [StringLength(120, ErrorMessage = "Der Name darf höchstens 120 Zeichen lang sein.")]
        public string Name { get; set; } = "";

        [Display(Name = "E-Mail-Adresse")]
        [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse an; dorthin geht die Bestätigung.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@example.org.")]
        [StringLength(200, ErrorMessage = "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.")]
        public string Email { get; set; } = "";

        [Display(Name = "Organisation (freiwillig)")]
        [StringLength(200, ErrorMessage = "Der Name der Organisation darf höchstens 200 Zeichen lang sein.")]
        public string? Organisation { get; set; }
    }

    public EventItem Event { get; private set; } = null!;
    public RegistrationState State { get; private set; }
    public DateTime? MyRegistrationAt { get; private set; }
    public bool Cancelled { get; private set; }

    [BindProperty]
    public RegistrationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, bool storniert, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Cancelled = storniert;
        if (Tenancy.UserId(User) is { } userId)
        {
            var me = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.DisplayName, u.Email }).SingleOrDefaultAsync(ct);
            Input.Name = me?.DisplayName ?? "";
            Input.Email = me?.Email ?? "";
            Input.Organisation = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).OrderBy(m => m.Id)
                .Select(m => m.Organisation.Name).FirstOrDefaultAsync(ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var userId = Tenancy.UserId(User);
        // Only one's own address ties the registration to the account (export, deletion); a colleague's stays on its own.
        var accountEmail = userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);
        var linked = accountEmail is not null && EventRegistrations.NormaliseEmail(accountEmail) == EventRegistrations.NormaliseEmail(Input.Email);
        var (outcome, token) = await EventRegistrations.RegisterAsync(db, id,
            new NewRegistration(Input.Name, Input.Email, Input.Organisation, linked ? userId : null), DateTime.UtcNow, ct);
        switch (outcome)
        {
            case RegistrationOutcome.Registered:
                var link = $"{Request.Scheme}://{Request.Host}/veranstaltungen/anmeldung/{token}";
                await mail.SendConfirmationAsync(Event, Input.Name.Trim(), EventRegistrations.NormaliseEmail(Input.Email), link, ct);
                return Redirect($"/veranstaltungen/anmeldung/{token}?neu=true");
            case RegistrationOutcome.AlreadyRegistered:
                ModelState.AddModelError("Input.Email", "Mit dieser E-Mail-Adresse ist schon jemand angemeldet. Den Link zum Stornieren finden Sie in der Bestätigung.");
                break;
            case RegistrationOutcome.Full:
                ModelState.AddModelError(string.Empty, "Die Veranstaltung ist inzwischen ausgebucht. Ihre Angaben wurden nicht gespeichert.");
                break;
            default:
                ModelState.AddModelError(string.Empty, "Für diese Veranstaltung ist keine Anmeldung mehr möglich. Ihre Angaben wurden nicht gespeichert.");
                break;
        }
        await LoadAsync(id, ct);
        return Page();
    }

    /// <summary>A signed-in person cancels her own registration without the link from the mail.</summary>
    public async Task<IActionResult> OnPostCancelMineAsync(int id, CancellationToken ct)
    {
        var userId = Tenancy.UserId(User);
        var registration = userId is null ? null : await db.EventRegistrations.SingleOrDefaultAsync(r => r.EventId == id && r.UserId == userId, ct);
        if (registration is null) return NotFound();
        await EventRegistrations.CancelAsync(db, registration, DateTime.UtcNow, ct);
        return Redirect($"/veranstaltungen/{id}?storniert=true");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var item = await EventQueries.FindAsync(db, id, ct);
        if (item is null) return false;
        Event = item;
        State = item.RegistrationState(DateTime.UtcNow);
        if (Tenancy.UserId(User) is { } userId)
            MyRegistrationAt = await db.EventRegistrations.Where(r => r.EventId == id && r.UserId == userId).Select(r => (DateTime?)r.CreatedAt).SingleOrDefaultAsync(ct);
        return true;
    }
}
