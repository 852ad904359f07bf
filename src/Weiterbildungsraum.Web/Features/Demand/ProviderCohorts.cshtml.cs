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
/// Invitations to offer a run for a Weiterbildungsverbund, only for providers the coordination invited. A provider answers
/// with an offer and dates in the group's window, or declines. It sees the group by numbers; names of participants only
/// when its answer was chosen, and only for seats their company confirmed.
/// </summary>
[Authorize(Policy = Policies.Provider)]
public sealed class ProviderCohortsModel(AppDbContext db) : PageModel
{
    public sealed class AnswerInput : IValidatableObject
    {
        [Required(ErrorMessage = "Angebot: bitte eines Ihrer passenden Angebote wählen.")] public int? OfferId { get; set; }
        [Required(ErrorMessage = "Beginn: bitte ein Datum angeben.")] public DateOnly? StartDate { get; set; }
        [Required(ErrorMessage = "Ende: bitte ein Datum angeben.")] public DateOnly? EndDate { get; set; }
        [StringLength(200, ErrorMessage = "Veranstaltungsort: höchstens 200 Zeichen.")] public string? VenueName { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext context)
        {
            if (StartDate is { } s && EndDate is { } e && e < s)
                yield return new ValidationResult("Ende: das Datum liegt vor dem Beginn.", [nameof(EndDate)]);
        }
    }

    public sealed class DeclineInput
    {
        [StringLength(1000, ErrorMessage = "Grund der Absage: höchstens 1000 Zeichen.")] public string? Reason { get; set; }
    }

    public sealed record Invitation(int Id, string Competency, int TargetLevel, string Venue, DateOnly From, DateOnly To, int Members, int Organisations,
        List<(int Id, string Title)> Offers);

    public sealed record Answered(int Id, string Competency, string Venue, InvitationAnswer Answer, string? Offer, DateOnly? Start, DateOnly? End,
        string Outcome, bool Chosen, int Seats, List<string> ConfirmedNames);

    [BindProperty] public AnswerInput Input { get; set; } = new();
    [BindProperty] public DeclineInput Decline { get; set; } = new();
    public List<Invitation> Invitations { get; private set; } = [];
    public List<Answered> Answers { get; private set; } = [];
    /// <summary>The invitation whose form came back with errors; its fields show them.</summary>
    public int? FailedId { get; private set; }
    [TempData] public string? Message { get; set; }

    public bool HasOrganisation { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken ct) => HasOrganisation = await LoadAsync(ct) is not null;

    public async Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken ct)
    {
        var providerId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.ProviderStaff, ct);
        if (providerId is null) return Forbid();
        var invitation = await OpenInvitationAsync(id, providerId.Value, ct);
        if (invitation is null) return NotFound();
        OnlyFieldsOf("Input");
        var cohort = invitation.Cohort;
        var offer = await CohortQueries.MatchingOffers(db, cohort.CompetencyKey, cohort.TargetLevel)
            .Where(o => o.Id == Input.OfferId && o.ProviderId == providerId).Select(o => new { o.Id, o.Title }).FirstOrDefaultAsync(ct);
        if (Input.OfferId is not null && offer is null)
            ModelState.AddModelError("Input.OfferId", "Angebot: es muss eines Ihrer Angebote sein, das die Kompetenz bis zur Zielstufe vermittelt.");
        var window = $"im Zeitraum der Gruppe, {cohort.WindowFrom:dd.MM.yyyy} bis {cohort.WindowTo:dd.MM.yyyy}";
        if (Input.StartDate is { } start && (start < cohort.WindowFrom || start > cohort.WindowTo))
            ModelState.AddModelError("Input.StartDate", $"Beginn: bitte {window}.");
        if (Input.EndDate is { } end && (end < cohort.WindowFrom || end > cohort.WindowTo))
            ModelState.AddModelError("Input.EndDate", $"Ende: bitte {window}.");
        if (!ModelState.IsValid)
        {
            FailedId = id;
            await LoadAsync(ct);
            return Page();
        }
        invitation.Answer = InvitationAnswer.Offered;
        invitation.AnsweredAt = DateTime.UtcNow;
        invitation.OfferId = offer!.Id;
        invitation.StartDate = Input.StartDate;
        invitation.EndDate = Input.EndDate;
        invitation.VenueName = Input.VenueName?.Trim() ?? "";
        cohort.Note(await CohortActor.OrganisationAsync(db, User, providerId.Value, ct), $"Angebot „{offer.Title}“ abgegeben, {Input.StartDate:dd.MM.yyyy} bis {Input.EndDate:dd.MM.yyyy}.");
        await db.SaveChangesAsync(ct);
        Message = "Ihr Angebot ist eingegangen. Die Netzwerk-Koordination wählt unter den Antworten aus; Sie sehen hier, wie sie entschieden hat.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken ct)
    {
        var providerId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.ProviderStaff, ct);
        if (providerId is null) return Forbid();
        var invitation = await OpenInvitationAsync(id, providerId.Value, ct);
        if (invitation is null) return NotFound();
        OnlyFieldsOf("Decline");
        if (!ModelState.IsValid)
        {
            FailedId = id;
            await LoadAsync(ct);
            return Page();
        }
        invitation.Answer = InvitationAnswer.Declined;
        invitation.AnsweredAt = DateTime.UtcNow;
        invitation.DeclineReason = string.IsNullOrWhiteSpace(Decline.Reason) ? null : Decline.Reason.Trim();
        invitation.Cohort.Note(await CohortActor.OrganisationAsync(db, User, providerId.Value, ct), "Einladung abgelehnt.");
        await db.SaveChangesAsync(ct);
        Message = "Sie haben die Einladung abgelehnt. Die Netzwerk-Koordination sieht Ihre Absage.";
        return RedirectToPage();
    }

    /// <summary>Both forms bind on every post; each handler judges only its own fields.</summary>
    private void OnlyFieldsOf(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => k != prefix && !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
    }

    /// <summary>Only an invitation to this provider, still unanswered, for a group still waiting for answers.</summary>
    private Task<CohortInvitation?> OpenInvitationAsync(int cohortId, int providerId, CancellationToken ct) =>
        db.CohortInvitations.Include(i => i.Cohort).FirstOrDefaultAsync(i => i.CohortId == cohortId && i.ProviderId == providerId
            && i.Answer == InvitationAnswer.Pending && i.Cohort.Status == CohortStatus.ProvidersInvited, ct);

    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        var providerId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.ProviderStaff, ct);
        if (providerId is null) return null;
        var mine = db.CohortInvitations.AsNoTracking().Where(i => i.ProviderId == providerId);
        var open = await mine.Where(i => i.Answer == InvitationAnswer.Pending && i.Cohort.Status == CohortStatus.ProvidersInvited)
            .OrderBy(i => i.Cohort.WindowFrom)
            .Select(i => new
            {
                i.CohortId, i.Cohort.CompetencyKey, i.Cohort.TargetLevel, i.Cohort.VenueTown, i.Cohort.WindowFrom, i.Cohort.WindowTo,
                Members = i.Cohort.Members.Count(m => m.Seat == SeatState.Open || m.Seat == SeatState.Confirmed),
                Organisations = i.Cohort.Members.Where(m => m.Seat == SeatState.Open || m.Seat == SeatState.Confirmed).Select(m => m.OrganisationId).Distinct().Count(),
            }).ToListAsync(ct);
        var answered = await mine.Where(i => i.Answer != InvitationAnswer.Pending || !(i.Cohort.Status == CohortStatus.ProvidersInvited))
            .OrderByDescending(i => i.InvitedAt)
            .Select(i => new
            {
                i.CohortId, i.Cohort.CompetencyKey, i.Cohort.VenueTown, i.Answer, i.StartDate, i.EndDate, i.Cohort.Status,
                Offer = db.Offers.Where(o => o.Id == i.OfferId).Select(o => o.Title).FirstOrDefault(),
                Chosen = i.Answer == InvitationAnswer.Offered && i.Cohort.SessionId != null && i.Cohort.OfferId == i.OfferId,
                Seats = i.Cohort.Members.Count(m => m.Seat == SeatState.Open || m.Seat == SeatState.Confirmed),
            }).ToListAsync(ct);
        // Names only for the provider whose answer was chosen, and only for confirmed seats: the rule is here, in the query, not in the view.
        var confirmed = (await db.CohortMembers.AsNoTracking()
            .Where(m => m.Seat == SeatState.Confirmed && m.Cohort.SessionId != null && m.Cohort.Status != CohortStatus.Rejected
                && db.CohortInvitations.Any(i => i.CohortId == m.CohortId && i.ProviderId == providerId && i.Answer == InvitationAnswer.Offered && i.OfferId == m.Cohort.OfferId))
            .Select(m => new { m.CohortId, Name = m.Person.FirstName + " " + m.Person.LastName }).ToListAsync(ct))
            .ToLookup(m => m.CohortId, m => m.Name);
        var names = await CohortQueries.CompetencyNamesAsync(db, open.Select(c => c.CompetencyKey).Concat(answered.Select(c => c.CompetencyKey)), ct);
        foreach (var c in open)
        {
            var offers = await CohortQueries.MatchingOffers(db, c.CompetencyKey, c.TargetLevel).Where(o => o.ProviderId == providerId)
                .OrderBy(o => o.Title).Select(o => new { o.Id, o.Title }).ToListAsync(ct);
            Invitations.Add(new Invitation(c.CohortId, names.GetValueOrDefault(c.CompetencyKey, c.CompetencyKey), c.TargetLevel, c.VenueTown, c.WindowFrom, c.WindowTo,
                c.Members, c.Organisations, offers.Select(o => (o.Id, o.Title)).ToList()));
        }
        Answers = answered.Select(a => new Answered(a.CohortId, names.GetValueOrDefault(a.CompetencyKey, a.CompetencyKey), a.VenueTown, a.Answer, a.Offer,
            a.StartDate, a.EndDate, Outcome(a.Answer, a.Status, a.Chosen), a.Chosen, a.Seats, a.Chosen ? confirmed[a.CohortId].Order().ToList() : [])).ToList();
        return providerId;
    }

    private static string Outcome(InvitationAnswer answer, CohortStatus status, bool chosen) =>
        status == CohortStatus.Rejected ? "Der Verbund wurde verworfen."
        : answer == InvitationAnswer.Declined ? "Sie haben abgelehnt."
        : answer == InvitationAnswer.Pending ? "Die Einladung ist nicht mehr offen."
        : chosen ? $"Ihr Angebot ist gewählt – {status.German()}."
        : status == CohortStatus.ProvidersInvited ? "Die Netzwerk-Koordination hat noch nicht entschieden."
        : "Die Netzwerk-Koordination hat ein anderes Angebot gewählt.";
}
