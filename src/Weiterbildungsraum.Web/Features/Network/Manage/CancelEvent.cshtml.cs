using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Manage;

/// <summary>
/// /koordination/veranstaltungen/{id}/absagen: a cancelled event stays visible as cancelled (calendars learn it via
/// STATUS:CANCELLED), registrants get a mail; deleting removes the event and its registrations for good.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class CancelEventModel(AppDbContext db, EventMail mail) : PageModel
{
    public const string ConflictMessage = "Die Veranstaltung wurde inzwischen an anderer Stelle geändert. Bitte prüfen Sie den aktuellen Stand und entscheiden Sie erneut.";

    [BindProperty] public Guid Version { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "Der Hinweis darf höchstens 1.000 Zeichen lang sein.")]
    [Display(Name = "Hinweis zur Absage")]
    public string? Note { get; set; }

    [BindProperty]
    [Display(Name = "Bestätigung")]
    public bool Confirm { get; set; }

    public NetworkEvent Event { get; private set; } = null!;
    public int Registrations { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Version = Event.Version;
        Note = Event.CancellationNote;
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Confirm) ModelState.AddModelError(nameof(Confirm), "Bitte bestätigen Sie die Absage mit dem Häkchen.");
        if (Event.CancelledAt is not null) ModelState.AddModelError(string.Empty, "Die Veranstaltung ist schon abgesagt.");
        if (!await CheckAsync(ct)) return Page();
        Event.CancelledAt = DateTime.UtcNow;
        Event.CancellationNote = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        if (!await SaveAsync(ct)) return Page();
        var item = (await EventQueries.FindAsync(db, id, ct))!;
        var emails = await db.EventRegistrations.Where(r => r.EventId == id).Select(r => r.Email).ToListAsync(ct);
        var sent = 0;
        foreach (var email in emails)
            if (await mail.SendCancellationAsync(item, email, ct)) sent++;
        TempData["Message"] = $"„{Event.Title}“ ist abgesagt." + (emails.Count == 0 ? "" : mail.Enabled
            ? $" {sent} von {emails.Count} Angemeldeten haben eine E-Mail bekommen."
            : $" Der Mailversand ist nicht eingerichtet: Bitte informieren Sie die {emails.Count} Angemeldeten selbst (Liste unter „Anmeldungen“).");
        return Redirect("/koordination/veranstaltungen");
    }

    public async Task<IActionResult> OnPostReinstateAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Event.CancelledAt is null) ModelState.AddModelError(string.Empty, "Die Veranstaltung ist nicht abgesagt.");
        if (!await CheckAsync(ct)) return Page();
        Event.CancelledAt = null;
        Event.CancellationNote = null;
        if (!await SaveAsync(ct)) return Page();
        TempData["Message"] = $"„{Event.Title}“ findet wieder statt.";
        return Redirect("/koordination/veranstaltungen");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!Confirm) ModelState.AddModelError(nameof(Confirm), "Bitte bestätigen Sie das Löschen mit dem Häkchen.");
        if (!await CheckAsync(ct)) return Page();
        db.Events.Remove(Event);
        if (!await SaveAsync(ct)) return Page();
        TempData["Message"] = $"„{Event.Title}“ ist gelöscht.";
        return Redirect("/koordination/veranstaltungen");
    }

    private async Task<bool> CheckAsync(CancellationToken ct)
    {
        if (ModelState.IsValid && Event.Version != Version) ModelState.AddModelError(string.Empty, ConflictMessage);
        if (ModelState.IsValid) return true;
        await CountAsync(ct);
        Version = Event.Version;
        return false;
    }

    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        if (db.Entry(Event).State == EntityState.Modified) Event.Sequence++;
        Event.UpdatedAt = DateTime.UtcNow;
        db.Entry(Event).Property(e => e.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, ConflictMessage);
            await LoadAsync(Event.Id, ct);
            Version = Event.Version;
            return false;
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var e = await db.Events.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (e is null) return false;
        Event = e;
        await CountAsync(ct);
        return true;
    }

    private async Task CountAsync(CancellationToken ct) => Registrations = await db.EventRegistrations.CountAsync(r => r.EventId == Event.Id, ct);
}
