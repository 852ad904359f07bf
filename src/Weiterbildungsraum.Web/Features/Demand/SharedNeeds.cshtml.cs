using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
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
    public sealed record SeatRow(int MemberId, string Person, string Competency, string Offer, DateOnly? Start, string Venue, bool Confirmed);

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

    public async Task<IActionResult> OnPostWithdrawAsync(int id, CancellationToken ct)
    {
        var organisationId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.HR, ct);
        var removed = await db.SharedNeeds.Where(n => n.Id == id && n.Person.OrganisationId == organisationId).ExecuteDeleteAsync(ct);
        if (removed == 0) return NotFound();
        Message = "Die Freigabe wurde zurückgenommen.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostConfirmAsync(int memberId, CancellationToken ct)
    {
        var organisationId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.HR, ct);
        var member = await db.CohortMembers.Include(m => m.Cohort).ThenInclude(c => c.Members)
            .FirstOrDefaultAsync(m => m.Id == memberId && m.OrganisationId == organisationId && m.Cohort.Status == CohortStatus.OfferReceived, ct);
        if (member is null) return NotFound();
        member.SeatConfirmed = true;
        if (member.Cohort.Members.All(m => m.SeatConfirmed)) member.Cohort.Status = CohortStatus.SeatsConfirmed;
        await db.SaveChangesAsync(ct);
        Message = "Der Platz ist bestätigt. Der Bildungsanbieter sieht jetzt den Namen der Person.";
        return RedirectToPage();
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
        var active = CohortQueries.Active(db);
        Needs = (await db.SharedNeeds.AsNoTracking().Where(n => n.Person.OrganisationId == organisationId)
            .OrderByDescending(n => n.CreatedAt)
            .Select(n => new
            {
                n.Id, Person = n.Person.FirstName + " " + n.Person.LastName, n.CompetencyKey, n.TargetLevel, n.AvailableFrom, n.AvailableTo,
                Status = active.Where(c => c.CompetencyKey == n.CompetencyKey && c.Members.Any(m => m.PersonId == n.PersonId)).Select(c => (CohortStatus?)c.Status).FirstOrDefault(),
            }).ToListAsync(ct))
            .Select(n => new NeedRow(n.Id, n.Person, Competencies.GetValueOrDefault(n.CompetencyKey, n.CompetencyKey), n.TargetLevel, n.AvailableFrom, n.AvailableTo, n.Status?.German()))
            .ToList();
        Seats = (await db.CohortMembers.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.Cohort.OfferId != null && m.Cohort.Status != CohortStatus.Closed)
            .Select(m => new
            {
                m.Id, Person = m.Person.FirstName + " " + m.Person.LastName, m.Cohort.CompetencyKey, m.Cohort.VenueTown, m.SeatConfirmed,
                Offer = db.Offers.Where(o => o.Id == m.Cohort.OfferId).Select(o => o.Title + " (" + o.Provider.Name + ")").FirstOrDefault(),
                Start = db.OfferSessions.Where(s => s.Id == m.Cohort.SessionId).Select(s => (DateOnly?)s.StartDate).FirstOrDefault(),
            }).ToListAsync(ct))
            .Select(m => new SeatRow(m.Id, m.Person, Competencies.GetValueOrDefault(m.CompetencyKey, m.CompetencyKey), m.Offer ?? "", m.Start, m.VenueTown, m.SeatConfirmed))
            .ToList();
        return true;
    }
}
