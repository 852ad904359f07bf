using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>The coordination reviews proposed Weiterbildungsverbünde and invites matching providers. It sees counts, never names.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class CohortsModel(AppDbContext db) : PageModel
{
    public sealed class RulesInput
    {
        [Range(5, 100, ErrorMessage = "Umkreis: bitte 5 bis 100 km angeben.")] public int RadiusKm { get; set; } = 25;
        [Range(2, 30, ErrorMessage = "Mindestgröße: bitte 2 bis 30 Personen angeben.")] public int MinSize { get; set; } = 4;
        [Range(2, 30, ErrorMessage = "Höchstgröße: bitte 2 bis 30 Personen angeben.")] public int MaxSize { get; set; } = 12;
    }

    public sealed record CohortRow(int Id, string Competency, int TargetLevel, string Venue, int RadiusKm, DateOnly From, DateOnly To,
        int Members, int Organisations, int Confirmed, CohortStatus Status, IReadOnlyList<string> Providers, string? Offer);

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
        var proposals = CohortFormation.Propose(needs, RegionTowns.All, new CohortRules(Rules.RadiusKm, Rules.MinSize, Rules.MaxSize));
        foreach (var p in proposals)
        {
            var cohort = new Cohort
            {
                CompetencyKey = p.CompetencyKey, TargetLevel = p.TargetLevel, VenueTown = p.Venue.Name, RadiusKm = Rules.RadiusKm,
                WindowFrom = p.WindowFrom, WindowTo = p.WindowTo, MinSize = Rules.MinSize, MaxSize = Rules.MaxSize,
                Status = CohortStatus.Proposed, CreatedAt = DateTime.UtcNow,
            };
            cohort.Members.AddRange(p.Members.Select(m => new CohortMember { PersonId = m.PersonId, OrganisationId = m.OrganisationId }));
            db.Cohorts.Add(cohort);
        }
        await db.SaveChangesAsync(ct);
        Message = proposals.Count == 0
            ? "Aus den offenen Bedarfen lässt sich zurzeit keine Gruppe bilden."
            : $"{proposals.Count} neue Vorschläge für Weiterbildungsverbünde.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAdvanceAsync(int id, CancellationToken ct)
    {
        var cohort = await db.Cohorts.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cohort?.Status.NextByCoordinator() is not { } next) return NotFound();
        cohort.Status = next;
        await db.SaveChangesAsync(ct);
        Message = $"Verbund {id}: {next.German()}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        OpenNeeds = (await OpenNeedsQuery.LoadAsync(db, today, ct)).Count;
        var cohorts = await db.Cohorts.AsNoTracking().OrderByDescending(c => c.CreatedAt)
            .Select(c => new
            {
                c.Id, c.CompetencyKey, c.TargetLevel, c.VenueTown, c.RadiusKm, c.WindowFrom, c.WindowTo, c.Status,
                Members = c.Members.Count, Organisations = c.Members.Select(m => m.OrganisationId).Distinct().Count(), Confirmed = c.Members.Count(m => m.SeatConfirmed),
                Offer = db.Offers.Where(o => o.Id == c.OfferId).Select(o => o.Title + " (" + o.Provider.Name + ")").FirstOrDefault(),
            }).ToListAsync(ct);
        var names = await CohortQueries.CompetencyNamesAsync(db, cohorts.Select(c => c.CompetencyKey), ct);
        foreach (var c in cohorts)
        {
            var providers = await CohortQueries.MatchingOffers(db, c.CompetencyKey, c.TargetLevel).Select(o => o.Provider.Name).Distinct().OrderBy(n => n).ToListAsync(ct);
            Cohorts.Add(new CohortRow(c.Id, names.GetValueOrDefault(c.CompetencyKey, c.CompetencyKey), c.TargetLevel, c.VenueTown, c.RadiusKm, c.WindowFrom, c.WindowTo,
                c.Members, c.Organisations, c.Confirmed, c.Status, providers, c.Offer));
        }
    }
}
