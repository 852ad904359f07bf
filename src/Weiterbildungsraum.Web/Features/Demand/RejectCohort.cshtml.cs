using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>
/// The coordination discards a proposal with a reason. Every seat is released, a closed run already arranged is removed,
/// and the same set of needs is not proposed again.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class RejectCohortModel(AppDbContext db) : PageModel
{
    public sealed class RejectInput
    {
        [Required(ErrorMessage = "Grund: bitte kurz angeben, warum der Verbund verworfen wird.")]
        [StringLength(1000, MinimumLength = 10, ErrorMessage = "Grund: bitte 10 bis 1000 Zeichen.")]
        public string? Reason { get; set; }
        public Guid Version { get; set; }
    }

    public CohortView Cohort { get; private set; } = null!;
    [BindProperty] public RejectInput Input { get; set; } = new();
    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct)) return NotFound();
        Input.Version = Cohort.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct)) return NotFound();
        if (Cohort.Version != Input.Version) return ConflictPage();
        if (!ModelState.IsValid) return Page();
        var reason = Input.Reason!.Trim();
        var cohort = await db.Cohorts.Include(c => c.Members).SingleAsync(c => c.Id == id, ct);
        db.Entry(cohort).Property(c => c.Version).OriginalValue = Input.Version;
        foreach (var m in cohort.Members.Where(m => m.Seat.Holds())) m.Seat = SeatState.Released;
        if (cohort.SessionId is { } sessionId)
        {
            db.OfferSessions.RemoveRange(await db.OfferSessions.Where(s => s.Id == sessionId && s.IsClosedGroupRun).ToListAsync(ct));
            cohort.SessionId = null;
        }
        cohort.RejectionReason = reason;
        cohort.MoveTo(CohortStatus.Rejected, CohortActor.Coordination(User), reason);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ShowAsync(id, ct);
            return ConflictPage();
        }
        TempData["Message"] = $"Verbund {id} ist verworfen. Die Bedarfe sind wieder frei; in derselben Zusammensetzung wird er nicht wieder vorgeschlagen.";
        return Redirect($"/koordination/verbuende/{id}");
    }

    private PageResult ConflictPage()
    {
        Conflict = CohortDetailModel.ConflictMessage;
        Response.StatusCode = StatusCodes.Status409Conflict;
        Input.Version = Cohort.Version;
        return Page();
    }

    private async Task<bool> ShowAsync(int id, CancellationToken ct)
    {
        if (await CohortView.LoadAsync(db, id, ct) is not { } view || !view.Status.CanReject()) return false;
        Cohort = view;
        return true;
    }
}
