using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>A company opens its employees' needs to training with other companies, and confirms seats in a Verbund.</summary>
[Authorize(Policy = Policies.CompanyHR)]
public sealed class SharedNeedsModel(AppDbContext db) : PageModel
{
    public sealed class NeedInput : IValidatableObject
    {
        [Required(ErrorMessage = "Bitte wählen Sie eine beschäftigte Person.")] public int? PersonId { get; set; }
        [Required(ErrorMessage = "Bitte wählen Sie eine Kompetenz.")] public string? CompetencyKey { get; set; }
        [Range(1, 4, ErrorMessage = "Zielstufe: bitte eine Stufe von 1 bis 4 wählen.")] public int TargetLevel { get; set; } = 3;
        [DataType(DataType.Date)] public DateOnly? AvailableFrom { get; set; }
        [DataType(DataType.Date)] public DateOnly? AvailableTo { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext context)
        {
            if (AvailableFrom is { } from && AvailableTo is { } to && to < from)
                yield return new ValidationResult("Verfügbar bis: das Datum liegt vor „Verfügbar ab“.", [nameof(AvailableTo)]);
        }
    }

    public sealed record NeedRow(int Id, string Person, string Competency, int TargetLevel, DateOnly? From, DateOnly? To, string? CohortStatus);
    public sealed record SeatRow(int MemberId, string Person, string Competency, CohortStatus Status, string? Offer, DateOnly? Start, string Venue,
        DateOnly? ConfirmBy, SeatState Seat);

    [BindProperty] public NeedInput Input { get; set; } = new();
    public List<(int Id, string Name)> Employees { get; private set; } = [];
    public Dictionary<string, string> Competencies { get; private set; } = [];
    public List<NeedRow> Needs { get; private set; } = [];
    public List<SeatRow> Seats { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public bool HasOrganisation { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken ct) => HasOrganisation = await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var organisationId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.HR, ct);
        if (organisationId is null) return Forbid();
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == Input.PersonId && p.OrganisationId == organisationId, ct);
        if (Input.PersonId is not null && person is null)
            ModelState.AddModelError("Input.PersonId", "Beschäftigte Person: nur Beschäftigte Ihres Unternehmens lassen sich auswählen.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        db.SharedNeeds.Add(new SharedNeed
        {
            PersonId = person!.Id, CompetencyKey = Input.CompetencyKey!, TargetLevel = Input.TargetLevel,
            AvailableFrom = Input.AvailableFrom, AvailableTo = Input.AvailableTo, CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        Message = $"Der Bedarf von {person.FullName} ist jetzt für einen Weiterbildungsverbund freigegeben.";
        return RedirectToPage();
    }

    /// <summary>Taking a need back also takes the person out of the group it is in; the coordination sees if the group gets too small.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        var organisationId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.HR, ct);
        if (organisationId is null) return Forbid();
        var need = await db.SharedNeeds.FirstOrDefaultAsync(n => n.Id == id && n.Person.OrganisationId == organisationId, ct);
        if (need is null) return NotFound();
        var seats = await CohortQueries.HeldSeats(db).Include(m => m.Cohort).ThenInclude(c => c.Members)
            .Where(m => m.PersonId == need.PersonId && m.Cohort.CompetencyKey == need.CompetencyKey).ToListAsync(ct);
        var actor = await CohortActor.OrganisationAsync(db, User, organisationId.Value, ct);
        foreach (var seat in seats)
        {
            seat.Seat = SeatState.Withdrawn;
            seat.Cohort.Note(actor, "Freigabe zurückgenommen, Platz frei.");
            MoveOnIfComplete(seat.Cohort, actor);
        }
        db.SharedNeeds.Remove(need);
        if (!await SaveAsync(ct)) return RedirectToPage();
        Message = seats.Count == 0 ? "Die Freigabe wurde zurückgenommen." : "Die Freigabe wurde zurückgenommen; die Person ist nicht mehr in der Gruppe.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostConfirmAsync(int memberId, CancellationToken ct)
    {
        var organisationId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.HR, ct);
        if (organisationId is null) return Forbid();
        var member = await db.CohortMembers.Include(m => m.Cohort).ThenInclude(c => c.Members)
            .FirstOrDefaultAsync(m => m.Id == memberId && m.OrganisationId == organisationId && m.Seat == SeatState.Open
                && m.Cohort.Status == CohortStatus.OfferReceived, ct);
        if (member is null) return NotFound();
        member.Seat = SeatState.Confirmed;
        var actor = await CohortActor.OrganisationAsync(db, User, organisationId.Value, ct);
        member.Cohort.Note(actor, "Platz bestätigt.");
        MoveOnIfComplete(member.Cohort, actor);
        if (!await SaveAsync(ct)) return RedirectToPage();
        Message = "Der Platz ist bestätigt. Der gewählte Bildungsanbieter sieht jetzt den Namen der Person.";
        return RedirectToPage();
    }

    /// <summary>A company says no to a seat; the person's need stays shared and is free for another group.</summary>
    public async Task<IActionResult> OnPostDeclineAsync(int memberId, CancellationToken ct)
    {
        var organisationId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.HR, ct);
        if (organisationId is null) return Forbid();
        var member = await db.CohortMembers.Include(m => m.Cohort).ThenInclude(c => c.Members)
            .FirstOrDefaultAsync(m => m.Id == memberId && m.OrganisationId == organisationId, ct);
        if (member is null || !member.Seat.Holds() || !member.Cohort.Status.SeatsCanChange()) return NotFound();
        member.Seat = SeatState.Declined;
        var actor = await CohortActor.OrganisationAsync(db, User, organisationId.Value, ct);
        member.Cohort.Note(actor, "Platz abgesagt.");
        MoveOnIfComplete(member.Cohort, actor);
        if (!await SaveAsync(ct)) return RedirectToPage();
        Message = "Der Platz ist abgesagt. Der Bedarf bleibt freigegeben und kann in eine andere Gruppe kommen.";
        return RedirectToPage();
    }

    /// <summary>When the last open seat is answered and enough are confirmed, nobody has to wait for the coordination.</summary>
    private void MoveOnIfComplete(Cohort cohort, CohortActor actor)
    {
        if (cohort.Status != CohortStatus.OfferReceived || !CohortLifecycle.AllConfirmed(cohort.Members.Select(m => m.Seat).ToList(), cohort.MinSize)) return;
        cohort.MoveTo(CohortStatus.SeatsConfirmed, actor, "Alle verbleibenden Plätze bestätigt.");
    }

    /// <summary>A group changed by someone else in the same moment: nothing is saved, the company tries again on a fresh page.</summary>
    private async Task<bool> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            Message = "Die Gruppe wurde gerade von jemand anderem geändert. Es ist nichts gespeichert – bitte prüfen Sie den Stand und versuchen Sie es noch einmal.";
            return false;
        }
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var organisationId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.HR, ct);
        if (organisationId is null) return false;
        Employees = (await db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId)
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName).Select(p => new { p.Id, p.FirstName, p.LastName }).ToListAsync(ct))
            .Select(p => (p.Id, $"{p.FirstName} {p.LastName}")).ToList();
        var versionId = await Features.Competencies.CurrentModel.VersionIdAsync(db, ct);
        Competencies = await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId).OrderBy(c => c.Name).ToDictionaryAsync(c => c.Key, c => c.Name, ct);
        var held = CohortQueries.HeldSeats(db);
        Needs = (await db.SharedNeeds.AsNoTracking().Where(n => n.Person.OrganisationId == organisationId)
            .OrderByDescending(n => n.CreatedAt)
            .Select(n => new
            {
                n.Id, Person = n.Person.FirstName + " " + n.Person.LastName, n.CompetencyKey, n.TargetLevel, n.AvailableFrom, n.AvailableTo,
                Status = held.Where(m => m.PersonId == n.PersonId && m.Cohort.CompetencyKey == n.CompetencyKey).Select(m => (CohortStatus?)m.Cohort.Status).FirstOrDefault(),
            }).ToListAsync(ct))
            .Select(n => new NeedRow(n.Id, n.Person, Competencies.GetValueOrDefault(n.CompetencyKey, n.CompetencyKey), n.TargetLevel, n.AvailableFrom, n.AvailableTo, n.Status?.German()))
            .ToList();
        Seats = (await held.AsNoTracking().Where(m => m.OrganisationId == organisationId)
            .OrderBy(m => m.Cohort.WindowFrom).ThenBy(m => m.Person.LastName)
            .Select(m => new
            {
                m.Id, Person = m.Person.FirstName + " " + m.Person.LastName, m.Cohort.CompetencyKey, m.Cohort.Status, m.Cohort.VenueTown, m.Cohort.ConfirmBy, m.Seat,
                Offer = db.Offers.Where(o => o.Id == m.Cohort.OfferId && m.Cohort.SessionId != null).Select(o => o.Title + " (" + o.Provider.Name + ")").FirstOrDefault(),
                Start = db.OfferSessions.Where(s => s.Id == m.Cohort.SessionId).Select(s => (DateOnly?)s.StartDate).FirstOrDefault(),
            }).ToListAsync(ct))
            .Select(m => new SeatRow(m.Id, m.Person, Competencies.GetValueOrDefault(m.CompetencyKey, m.CompetencyKey), m.Status, m.Offer, m.Start, m.VenueTown, m.ConfirmBy, m.Seat))
            .ToList();
        return true;
    }
}
