using Weiterbildungsraum.Domain.Geo;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Matching;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Matching;

/// <summary>The company's training plan: team gaps, shared needs, recommendations per employee, the plan board.</summary>
[Authorize(Policy = Policies.CompanyHR)]
public sealed class TrainingPlanPageModel(AppDbContext db, PlaceDirectory places) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "rolle")] public string? RoleKey { get; set; }
    [BindProperty(SupportsGet = true, Name = "horizont")] public string Horizon { get; set; } = "now";
    [BindProperty(SupportsGet = true, Name = "jahr")] public int? Year { get; set; }

    public string OrganisationName { get; private set; } = "";
    public List<(string Key, string Name)> Roles { get; private set; } = [];
    public List<TeamMember> Team { get; private set; } = [];
    public IReadOnlyList<TeamGap> TeamGaps { get; private set; } = [];
    public IReadOnlyList<SharedNeed> Shared { get; private set; } = [];
    public Dictionary<int, IReadOnlyList<Recommendation>> PerEmployee { get; private set; } = [];
    public PlanBoard Board { get; private set; } = null!;
    public string? Message { get; private set; }
    public int ShownYear => Year ?? Today.Year;
    private static DateOnly Today => DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await OrganisationAsync(ct) is not { } org) return NoOrganisation();
        await LoadAsync(org.Id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(int personId, int offerId, int sessionId, string competencyKey, int fromLevel, int toLevel, CancellationToken ct)
    {
        if (await OrganisationAsync(ct) is not { } org) return NoOrganisation();
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.Id == personId && p.OrganisationId == org.Id, ct);
        var session = await db.OfferSessions.AsNoTracking().Where(s => s.Id == sessionId && s.OfferId == offerId && s.Offer.IsPublished && !s.IsClosedGroupRun)
            .Select(s => new { s.StartDate, s.Offer.Price, s.Offer.Hours, s.Offer.Azav, s.Offer.LeadsToQualification }).SingleOrDefaultAsync(ct);
        if (person is null || session is null) return NotFound();
        var (after, programme) = await TrainingPlanBoard.FundingAsync(db, person.Id, org.EmployeeCount, person.BirthYear,
            session.Price, session.Hours, session.Azav, session.LeadsToQualification, session.StartDate, Today, ct);
        var year = session.StartDate.Year;
        var plan = await db.TrainingPlans.Where(p => p.OrganisationId == org.Id && p.Year == year).OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (plan is null) db.TrainingPlans.Add(plan = new TrainingPlan { OrganisationId = org.Id, Name = $"Weiterbildungsplan {year}", Year = year, CreatedAt = DateTime.UtcNow });
        else db.Entry(plan).State = EntityState.Modified;
        plan.Items.Add(new TrainingPlanItem
        {
            PersonId = person.Id, OfferId = offerId, SessionId = sessionId, CompetencyKey = competencyKey, FromLevel = fromLevel, ToLevel = toLevel,
            Status = PlanItemStatus.Planned, Cost = session.Price, CostAfterFunding = after, FundingProgrammeKey = programme, UpdatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { rolle = RoleKey, horizont = Horizon, jahr = year });
    }

    public async Task<IActionResult> OnPostSaveAsync(int planId, Guid version, Dictionary<int, PlanItemStatus> status, CancellationToken ct)
    {
        if (await OrganisationAsync(ct) is not { } org) return NoOrganisation();
        var plan = await db.TrainingPlans.Include(p => p.Items).SingleOrDefaultAsync(p => p.Id == planId && p.OrganisationId == org.Id, ct);
        if (plan is null) return NotFound();
        db.Entry(plan).Property(p => p.Version).OriginalValue = version;
        db.Entry(plan).State = EntityState.Modified;
        foreach (var item in plan.Items)
            if (status.TryGetValue(item.Id, out var s) && s != item.Status && Enum.IsDefined(s))
                (item.Status, item.UpdatedAt) = (s, DateTime.UtcNow);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Message = "Der Plan wurde inzwischen von jemand anderem geändert. Ihre Änderungen sind nicht gespeichert – bitte prüfen Sie den aktuellen Stand und speichern Sie erneut.";
            Year = plan.Year;
            await LoadAsync(org.Id, ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage(new { rolle = RoleKey, horizont = Horizon, jahr = plan.Year });
    }

    public async Task<IActionResult> OnPostConfirmAsync(int itemId, int level, string? certificate, CancellationToken ct)
    {
        if (await OrganisationAsync(ct) is not { } org) return NoOrganisation();
        var item = await db.TrainingPlanItems.AsNoTracking().Where(i => i.Id == itemId && i.Plan.OrganisationId == org.Id)
            .Select(i => new { i.PersonId, i.CompetencyKey, i.Status, i.Plan.Year }).SingleOrDefaultAsync(ct);
        if (item is null) return NotFound();
        if (item.Status != PlanItemStatus.Completed || !Domain.Competencies.ProficiencyScale.Contains(level))
            return BadRequest();
        db.Assessments.Add(new Assessment
        {
            PersonId = item.PersonId, CompetencyKey = item.CompetencyKey, FrameworkVersionId = await CurrentModel.VersionIdAsync(db, ct),
            Level = level, Source = string.IsNullOrWhiteSpace(certificate) ? RatingSource.Manager : RatingSource.Certificate,
            EvidenceName = string.IsNullOrWhiteSpace(certificate) ? null : certificate.Trim(), AssessedAt = DateTime.UtcNow,
            AssessedByUserId = Tenancy.UserId(User), Note = TrainingPlanBoard.ConfirmationNote(itemId),
        });
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { rolle = RoleKey, horizont = Horizon, jahr = item.Year });
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await OrganisationAsync(ct) is not { } org) return NoOrganisation();
        var board = await TrainingPlanBoard.LoadAsync(db, org.Id, ShownYear, ct);
        return File(TrainingPlanXlsx.Write(board, org.Name), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"weiterbildungsplan-{ShownYear}.xlsx");
    }

    private async Task LoadAsync(int organisationId, CancellationToken ct)
    {
        var horizon = Horizon == "future" ? Domain.Assessments.Horizon.Future : Domain.Assessments.Horizon.Now;
        var view = await TrainingPlanView.LoadAsync(db, places, organisationId, RoleKey, horizon, ShownYear, Today, ct);
        (Roles, Team, TeamGaps, Shared, PerEmployee, Board) = (view.Roles, view.Team, view.TeamGaps, view.Shared, view.PerEmployee, view.Board);
    }

    private async Task<Organisation?> OrganisationAsync(CancellationToken ct)
    {
        var id = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.HR, ct);
        OrganisationName = "";
        if (id is null) return null;
        var org = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id, ct);
        OrganisationName = org.Name;
        return org;
    }

    /// <summary>Admins (and HR without a company yet) may open the page, but there is no plan to show.</summary>
    private IActionResult NoOrganisation()
    {
        HasOrganisation = false;
        return Page();
    }

    public bool HasOrganisation { get; private set; } = true;

    public string NameOf(int personId) => Team.FirstOrDefault(m => m.PersonId == personId)?.Name ?? "";
}
