using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>
/// The coordination takes one of the providers' answers. The run becomes a closed group session of that offer, and the
/// companies are asked to confirm their seats by a deadline.
/// </summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class ChooseOfferModel(AppDbContext db) : PageModel
{
    public sealed class ChoiceInput
    {
        [Required(ErrorMessage = "Angebot: bitte eine der Antworten auswählen.")] public int? InvitationId { get; set; }
        [Required(ErrorMessage = "Bestätigen bis: bitte ein Datum angeben.")] public DateOnly? ConfirmBy { get; set; }
        public Guid Version { get; set; }
    }

    public CohortView Cohort { get; private set; } = null!;
    public List<AnswerView> Offers { get; private set; } = [];
    [BindProperty] public ChoiceInput Input { get; set; } = new();
    public string? Conflict { get; private set; }

    private static DateOnly Today => DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct)) return NotFound();
        Input = new ChoiceInput { Version = Cohort.Version, InvitationId = Offers.Count == 1 ? Offers[0].InvitationId : null, ConfirmBy = DefaultDeadline(Offers.FirstOrDefault()) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct)) return NotFound();
        if (Cohort.Version != Input.Version) return ConflictPage();
        var answer = Offers.FirstOrDefault(a => a.InvitationId == Input.InvitationId);
        if (Input.InvitationId is not null && answer is null)
            ModelState.AddModelError("Input.InvitationId", "Angebot: bitte eine der eingegangenen Antworten auswählen.");
        if (Input.ConfirmBy is { } by)
        {
            if (by < Today) ModelState.AddModelError("Input.ConfirmBy", "Bestätigen bis: das Datum liegt in der Vergangenheit.");
            else if (answer?.Start is { } start && by >= start)
                ModelState.AddModelError("Input.ConfirmBy", $"Bestätigen bis: bitte ein Tag vor dem Beginn am {start:dd.MM.yyyy}.");
        }
        var invitation = answer is null ? null : await db.CohortInvitations.SingleAsync(i => i.Id == answer.InvitationId, ct);
        var offer = invitation is null ? null : await CohortQueries.MatchingOffers(db, Cohort.CompetencyKey, Cohort.TargetLevel)
            .Where(o => o.Id == invitation.OfferId && o.ProviderId == invitation.ProviderId).Select(o => new { o.Id, o.Title, Provider = o.Provider.Name }).SingleOrDefaultAsync(ct);
        if (invitation is not null && offer is null)
            ModelState.AddModelError("Input.InvitationId", "Angebot: dieses Angebot ist nicht mehr veröffentlicht oder vermittelt die Kompetenz nicht mehr bis zur Zielstufe.");
        if (!ModelState.IsValid) return Page();

        var cohort = await db.Cohorts.Include(c => c.Members).SingleAsync(c => c.Id == id, ct);
        db.Entry(cohort).Property(c => c.Version).OriginalValue = Input.Version;
        var session = new OfferSession
        {
            OfferId = offer!.Id, StartDate = invitation!.StartDate!.Value, EndDate = invitation.EndDate!.Value, Format = OfferFormat.Onsite,
            Town = cohort.VenueTown, VenueName = invitation.VenueName, Seats = cohort.Members.Count(m => m.Seat.Holds()), IsClosedGroupRun = true,
        };
        try
        {
            // The session id is needed on the cohort, so two saves — in one transaction.
            await db.InTransactionAsync(async token =>
            {
                db.OfferSessions.Add(session);
                await db.SaveChangesAsync(token);
                cohort.OfferId = offer.Id;
                cohort.SessionId = session.Id;
                cohort.ConfirmBy = Input.ConfirmBy;
                cohort.MoveTo(CohortStatus.OfferReceived, CohortActor.Coordination(User),
                    $"Angebot „{offer.Title}“ von {offer.Provider} gewählt; Plätze bestätigen bis {Input.ConfirmBy:dd.MM.yyyy}.");
                return await db.SaveChangesAsync(token);
            }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ShowAsync(id, ct);
            return ConflictPage();
        }
        TempData["Message"] = $"„{offer.Title}“ ist gewählt. Die Unternehmen bestätigen nun ihre Plätze bis {Input.ConfirmBy:dd.MM.yyyy}.";
        return Redirect($"/koordination/verbuende/{id}");
    }

    /// <summary>Two weeks to answer, but at the latest the day before the run starts.</summary>
    private static DateOnly? DefaultDeadline(AnswerView? answer)
    {
        var twoWeeks = Today.AddDays(14);
        return answer?.Start is { } start && start.AddDays(-1) < twoWeeks ? start.AddDays(-1) : twoWeeks;
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
        if (await CohortView.LoadAsync(db, id, ct) is not { Status: CohortStatus.ProvidersInvited } view) return false;
        Cohort = view;
        Offers = view.Answers.Where(a => a.Answer == InvitationAnswer.Offered).ToList();
        return true;
    }
}
