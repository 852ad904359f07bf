using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Manage;

/// <summary>/koordination/veranstaltungen/{neu|id}: create or edit an event; saves only the version the form was loaded with.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditEventModel(AppDbContext db) : PageModel
{
    public const string ConflictMessage = "Diese Veranstaltung wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind unten erhalten und wurden nicht gespeichert. Prüfen Sie die aktuelle Fassung; wenn Sie erneut speichern, ersetzen Ihre Eingaben diese.";

    public sealed record Option(int Id, string Name);

    [BindProperty] public EventForm Input { get; set; } = new();
    public NetworkEvent? Existing { get; private set; }
    public bool IsNew => Existing is null;
    public List<Option> Organisers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Existing is not null) Input = EventForm.From(Existing);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Input.OrganiserId is { } organiser && Organisers.All(o => o.Id != organiser))
            ModelState.AddModelError("Input.OrganiserId", "Diesen Veranstalter gibt es nicht. Bitte wählen Sie aus der Liste.");
        CrossFieldErrors.Add(ModelState, "Input", Input);
        if (!ModelState.IsValid) return Page();
        var e = Existing;
        if (e is not null && e.Version != Input.Version) return Conflict(e.Version);
        if (e is not null && e.RegisteredCount > 0 && e.EndsAt > DateTime.UtcNow)
        {
            if (Input.Registration != EventRegistrationMode.Platform)
                ModelState.AddModelError("Input.Registration", $"Es gibt schon {e.RegisteredCount} Anmeldungen auf der Plattform. Behalten Sie die Anmeldung über die Plattform oder sagen Sie die Veranstaltung ab.");
            else if (Input.Capacity is { } capacity && capacity < e.RegisteredCount)
                ModelState.AddModelError("Input.Capacity", $"Es sind schon {e.RegisteredCount} Personen angemeldet; weniger Plätze gehen nicht.");
            if (!ModelState.IsValid) return Page();
        }
        var now = DateTime.UtcNow;
        if (e is null)
        {
            e = new NetworkEvent { Title = "" };
            db.Events.Add(e);
        }
        else
        {
            db.Entry(e).Property(x => x.Version).OriginalValue = Input.Version;
            e.Sequence++;
        }
        Input.ApplyTo(e);
        e.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Events.AsNoTracking().Where(x => x.Id == e.Id).Select(x => (Guid?)x.Version).SingleOrDefaultAsync(ct);
            if (current is null) return NotFound();
            await LoadAsync(id, ct);
            return Conflict(current.Value);
        }
        TempData["Message"] = $"„{e.Title}“ ist gespeichert.";
        return Redirect("/koordination/veranstaltungen");
    }

    private PageResult Conflict(Guid current)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, ConflictMessage);
        Input.Version = current;
        return Page();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        if (id != "neu")
        {
            if (!int.TryParse(id, out var eventId)) return false;
            Existing = await db.Events.SingleOrDefaultAsync(e => e.Id == eventId, ct);
            if (Existing is null) return false;
        }
        // Companies organise events too, but only those with a public profile are named.
        Organisers = await db.Organisations.AsNoTracking()
            .Where(o => o.IsApproved && (o.Type != OrganisationType.Company || o.IsPublicProfile) || o.Id == (Existing == null ? -1 : Existing.OrganiserId))
            .OrderBy(o => o.Name).Select(o => new Option(o.Id, o.Name)).ToListAsync(ct);
        return true;
    }
}
