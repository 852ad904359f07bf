using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>The coordination forms proposals for Weiterbildungsverbünde and sees where each stands. It sees counts, never names.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class CohortsModel(AppDbContext db) : PageModel
{
    public sealed class RulesInput
    {
        [Range(5, 100, ErrorMessage = "Umkreis: bitte 5 bis 100 km angeben.")] public int RadiusKm { get; set; } = 25;
        [Range(2, 30, ErrorMessage = "Mindestgröße: bitte 2 bis 30 Personen angeben.")] public int MinSize { get; set; } = 4;
        [Range(2, 30, ErrorMessage = "Höchstgröße: bitte 2 bis 30 Personen angeben.")] public int MaxSize { get; set; } = 12;
        [Range(1, 90, ErrorMessage = "Gemeinsamer Zeitraum: bitte 1 bis 90 Tage angeben.")] public int MinWindowDays { get; set; } = 5;
    }

    public sealed record CohortRow(int Id, string Competency, int TargetLevel, string Venue, DateOnly From, DateOnly To,
        int Held, int MinSize, int Organisations, int Confirmed, int Answers, CohortStatus Status, string? RejectionReason)
    {
        public bool BelowMinimum => Status.SeatsCanChange() && Held < MinSize;
    }

    [BindProperty] public RulesInput Rules { get; set; } = new();
    public List<CohortRow> Cohorts { get; private set; } = [];
    public int OpenNeeds { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostProposeAsync(CancellationToken ct)
    {
        if (Rules.MaxSize < Rules.MinSize) ModelState.AddModelError("Rules.MaxSize", "Höchstgröße: darf nicht kleiner als die Mindestgröße sein.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        var needs = await OpenNeedsQuery.LoadAsync(db, today, ct);
        var rejected = await CohortQueries.RejectedNeedSetsAsync(db, ct);
        var rules = new CohortRules(Rules.RadiusKm, Rules.MinSize, Rules.MaxSize, MinWindowDays: Rules.MinWindowDays);
        var proposals = CohortFormation.Propose(needs, RegionTowns.All, rules, rejected);
        var actor = CohortActor.Coordination(User);
        foreach (var p in proposals)
        {
            var cohort = new Cohort
            {
                CompetencyKey = p.CompetencyKey, TargetLevel = p.TargetLevel, VenueTown = p.Venue.Name, RadiusKm = Rules.RadiusKm,
                WindowFrom = p.WindowFrom, WindowTo = p.WindowTo, MinSize = Rules.MinSize, MaxSize = Rules.MaxSize, MinWindowDays = Rules.MinWindowDays,
                NeedSet = p.NeedSet, Status = CohortStatus.Proposed, CreatedAt = DateTime.UtcNow,
            };
            cohort.Members.AddRange(p.Members.Select(m => new CohortMember { PersonId = m.PersonId, OrganisationId = m.OrganisationId, Seat = SeatState.Open }));
            cohort.History.Add(new CohortStatusChange
            {
                ChangedAt = DateTime.UtcNow, ToStatus = CohortStatus.Proposed, ChangedByUserId = actor.UserId, ChangedBy = actor.Label,
                Note = $"Vorschlag gebildet: Umkreis {Rules.RadiusKm} km, {Rules.MinSize} bis {Rules.MaxSize} Personen, mindestens {Rules.MinWindowDays} Tage gemeinsamer Zeitraum.",
            });
            db.Cohorts.Add(cohort);
        }
        await db.SaveChangesAsync(ct);
        Message = proposals.Count == 0
            ? "Aus den offenen Bedarfen lässt sich zurzeit keine neue Gruppe bilden."
            : $"{proposals.Count} neue Vorschläge für Weiterbildungsverbünde.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        OpenNeeds = (await OpenNeedsQuery.LoadAsync(db, today, ct)).Count;
        var cohorts = await db.Cohorts.AsNoTracking().OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Select(c => new
            {
                c.Id, c.CompetencyKey, c.TargetLevel, c.VenueTown, c.WindowFrom, c.WindowTo, c.Status, c.MinSize, c.RejectionReason,
                Held = c.Members.Count(m => m.Seat == SeatState.Open || m.Seat == SeatState.Confirmed),
                Organisations = c.Members.Where(m => m.Seat == SeatState.Open || m.Seat == SeatState.Confirmed).Select(m => m.OrganisationId).Distinct().Count(),
                Confirmed = c.Members.Count(m => m.Seat == SeatState.Confirmed),
                Answers = c.Invitations.Count(i => i.Answer == InvitationAnswer.Offered),
            }).ToListAsync(ct);
        var names = await CohortQueries.CompetencyNamesAsync(db, cohorts.Select(c => c.CompetencyKey), ct);
        Cohorts = cohorts.Select(c => new CohortRow(c.Id, names.GetValueOrDefault(c.CompetencyKey, c.CompetencyKey), c.TargetLevel, c.VenueTown,
            c.WindowFrom, c.WindowTo, c.Held, c.MinSize, c.Organisations, c.Confirmed, c.Answers, c.Status, c.RejectionReason)).ToList();
    }
}
