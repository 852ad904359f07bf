using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>
/// One Verbund for the coordination: seats by company (never names), the providers' answers, the record of who did what,
/// and the plain steps — reviewed, remove a seat, move on with the confirmed seats, run, close.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class CohortDetailModel(AppDbContext db) : PageModel
{
    public const string ConflictMessage = "Der Verbund wurde inzwischen von jemand anderem geändert. Es ist nichts gespeichert – bitte prüfen Sie den aktuellen Stand.";

    public CohortView Cohort { get; private set; } = null!;
    public List<HistoryRow> History { get; private set; } = [];
    [TempData] public string? Message { get; set; }
    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct);

    public async Task<IActionResult> OnPostAdvanceAsync(int id, Guid version, CancellationToken ct) =>
        await ChangeAsync(id, version, async cohort =>
        {
            if (cohort.Status.NextByCoordinator() is not { } next) return false;
            cohort.MoveTo(next, CohortActor.Coordination(User));
            if (next == CohortStatus.Closed) await ServedNeedsAsync(cohort, ct);
            Message = $"Verbund {id}: {next.German()}.";
            return true;
        }, ct);

    public async Task<IActionResult> OnPostMoveOnAsync(int id, Guid version, CancellationToken ct) =>
        await ChangeAsync(id, version, cohort =>
        {
            if (!CohortLifecycle.CanMoveOn(cohort.Status, cohort.Members.Select(m => m.Seat).ToList(), cohort.MinSize)) return Task.FromResult(false);
            var released = cohort.Members.Where(m => m.Seat == SeatState.Open).ToList();
            foreach (var m in released) m.Seat = SeatState.Released;
            cohort.MoveTo(CohortStatus.SeatsConfirmed, CohortActor.Coordination(User),
                released.Count == 0 ? "" : $"Weiter mit den bestätigten Plätzen; {released.Count} offene Plätze freigegeben.");
            Message = $"Verbund {id}: weiter mit {cohort.Members.Count(m => m.Seat == SeatState.Confirmed)} bestätigten Plätzen.";
            return Task.FromResult(true);
        }, ct);

    public async Task<IActionResult> OnPostRemoveAsync(int id, Guid version, int memberId, CancellationToken ct) =>
        await ChangeAsync(id, version, async cohort =>
        {
            var member = cohort.Members.FirstOrDefault(m => m.Id == memberId);
            if (member is null || !member.Seat.Holds() || !cohort.Status.SeatsCanChange()) return false;
            member.Seat = SeatState.Removed;
            var company = await db.Organisations.Where(o => o.Id == member.OrganisationId).Select(o => o.Name).SingleAsync(ct);
            cohort.Note(CohortActor.Coordination(User), $"Platz entfernt ({company}).");
            Message = $"Ein Platz von {company} ist entfernt; der Bedarf ist wieder frei für andere Gruppen.";
            return true;
        }, ct);

    /// <summary>Loads the group with its seats, lets the change decide, and saves it only if nobody changed the group meanwhile.</summary>
    private async Task<IActionResult> ChangeAsync(int id, Guid version, Func<Cohort, Task<bool>> change, CancellationToken ct)
    {
        var cohort = await db.Cohorts.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cohort is null) return NotFound();
        if (cohort.Version != version) return await ConflictAsync(id, ct);
        if (!await change(cohort)) return NotFound();
        db.Entry(cohort).Property(c => c.Version).OriginalValue = version;
        db.Entry(cohort).State = EntityState.Modified;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Message = null;
            return await ConflictAsync(id, ct);
        }
        return RedirectToPage(new { id });
    }

    /// <summary>A closed run served the confirmed people's needs; a new need is shared anew.</summary>
    private async Task ServedNeedsAsync(Cohort cohort, CancellationToken ct)
    {
        var people = cohort.Members.Where(m => m.Seat == SeatState.Confirmed).Select(m => m.PersonId).ToList();
        db.SharedNeeds.RemoveRange(await db.SharedNeeds.Where(n => people.Contains(n.PersonId) && n.CompetencyKey == cohort.CompetencyKey).ToListAsync(ct));
    }

    private async Task<IActionResult> ConflictAsync(int id, CancellationToken ct)
    {
        Conflict = ConflictMessage;
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await ShowAsync(id, ct);
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        if (await CohortView.LoadAsync(db, id, ct) is not { } view) return NotFound();
        Cohort = view;
        History = await CohortHistory.LoadAsync(db, id, ct);
        return Page();
    }
}
