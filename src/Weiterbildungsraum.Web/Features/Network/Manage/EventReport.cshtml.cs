using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Manage;

/// <summary>/koordination/veranstaltungen/{id}/bericht: the short report of a past event, shown on its page and in the archive.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EventReportModel(AppDbContext db) : PageModel
{
    [BindProperty] public Guid Version { get; set; }

    [BindProperty]
    [StringLength(8000, ErrorMessage = "Der Bericht darf höchstens 8.000 Zeichen lang sein.")]
    [Display(Name = "Bericht")]
    public string? Report { get; set; }

    public NetworkEvent Event { get; private set; } = null!;
    public bool IsPast => Event.EndsAt <= DateTime.UtcNow;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.Events.SingleOrDefaultAsync(e => e.Id == id, ct) is not { } e) return NotFound();
        Event = e;
        Version = e.Version;
        Report = e.Report;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await db.Events.SingleOrDefaultAsync(e => e.Id == id, ct) is not { } e) return NotFound();
        Event = e;
        if (!IsPast) ModelState.AddModelError(nameof(Report), "Einen Bericht gibt es erst, wenn die Veranstaltung vorbei ist.");
        if (!ModelState.IsValid) return Page();
        if (e.Version != Version) return Conflict(e.Version);
        e.Report = string.IsNullOrWhiteSpace(Report) ? null : Report.Trim().Replace("\r\n", "\n");
        e.UpdatedAt = DateTime.UtcNow;
        db.Entry(e).Property(x => x.Version).OriginalValue = Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Event = await db.Events.AsNoTracking().SingleAsync(x => x.Id == id, ct);
            return Conflict(Event.Version);
        }
        TempData["Message"] = e.Report is null ? $"Der Bericht zu „{e.Title}“ ist entfernt." : $"Der Bericht zu „{e.Title}“ steht jetzt im Archiv.";
        return Redirect("/koordination/veranstaltungen");
    }

    private PageResult Conflict(Guid current)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, "Die Veranstaltung wurde inzwischen an anderer Stelle geändert. Ihr Text ist unten erhalten und wurde nicht gespeichert; wenn Sie erneut speichern, ersetzt er die andere Fassung.");
        Version = current;
        return Page();
    }
}
