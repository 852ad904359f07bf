using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>
/// Invitations to offer a run for a Weiterbildungsverbund. A provider sees the group by numbers; names of
/// participants only for seats their company confirmed, and only the provider whose offer was taken.
/// </summary>
[Authorize(Policy = Policies.Provider)]
public sealed class ProviderCohortsModel(AppDbContext db) : PageModel
{
    public sealed class AnswerInput : IValidatableObject
    {
        [Required(ErrorMessage = "Angebot: bitte eines Ihrer passenden Angebote wählen.")] public int? OfferId { get; set; }
        [Required(ErrorMessage = "Beginn: bitte ein Datum angeben.")] public DateOnly? StartDate { get; set; }
        [Required(ErrorMessage = "Ende: bitte ein Datum angeben.")] public DateOnly? EndDate { get; set; }
        [StringLength(200)] public string? VenueName { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext context)
        {
            if (StartDate is { } s && EndDate is { } e && e < s)
                yield return new ValidationResult("Ende: das Datum liegt vor dem Beginn.", [nameof(EndDate)]);
        }
    }

    public sealed record Invitation(int Id, string Competency, int TargetLevel, string Venue, DateOnly From, DateOnly To, int Members, int Organisations, List<(int Id, string Title)> Offers);
    public sealed record Answered(int Id, string Competency, string Offer, DateOnly? Start, string Venue, CohortStatus Status, int Members, List<string> ConfirmedNames);

    [BindProperty] public AnswerInput Input { get; set; } = new();
    public List<Invitation> Invitations { get; private set; } = [];
    public List<Answered> Answers { get; private set; } = [];
    [TempData] public string? Message { get; set; }

    public bool HasOrganisation { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken ct) => HasOrganisation = await LoadAsync(ct) is not null;

    public async Task<IActionResult> OnPostAnswerAsync(int id, CancellationToken ct)
    {
        var providerId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.ProviderStaff, ct);
        if (providerId is null) return Forbid();
        var cohort = await db.Cohorts.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id && c.Status == CohortStatus.ProvidersInvited, ct);
        if (cohort is null) return NotFound();
        var offer = await CohortQueries.MatchingOffers(db, cohort.CompetencyKey, cohort.TargetLevel)
            .FirstOrDefaultAsync(o => o.Id == Input.OfferId && o.ProviderId == providerId, ct);
        if (Input.OfferId is not null && offer is null)
            ModelState.AddModelError("Input.OfferId", "Angebot: es muss eines Ihrer Angebote sein, das die Kompetenz bis zur Zielstufe vermittelt.");
        if (Input.StartDate is { } start && (start < cohort.WindowFrom || start > cohort.WindowTo))
            ModelState.AddModelError("Input.StartDate", $"Beginn: bitte im Zeitraum der Gruppe, {cohort.WindowFrom:dd.MM.yyyy} bis {cohort.WindowTo:dd.MM.yyyy}.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var session = new OfferSession
        {
            OfferId = offer!.Id, StartDate = Input.StartDate!.Value, EndDate = Input.EndDate!.Value, Format = OfferFormat.Onsite,
            Town = cohort.VenueTown, VenueName = Input.VenueName ?? "", Seats = cohort.Members.Count,
        };
        // The session id is needed on the cohort, so two saves — in one transaction.
        await db.InTransactionAsync(async token =>
        {
            db.OfferSessions.Add(session);
            await db.SaveChangesAsync(token);
            cohort.OfferId = offer.Id;
            cohort.SessionId = session.Id;
            cohort.Status = CohortStatus.OfferReceived;
            return await db.SaveChangesAsync(token);
        }, ct);
        Message = "Ihr Angebot ist eingegangen. Die Unternehmen bestätigen nun die Plätze.";
        return RedirectToPage();
    }

    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        var providerId = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.ProviderStaff, ct);
        if (providerId is null) return null;
        var invited = await db.Cohorts.AsNoTracking().Where(c => c.Status == CohortStatus.ProvidersInvited).OrderBy(c => c.WindowFrom)
            .Select(c => new { c.Id, c.CompetencyKey, c.TargetLevel, c.VenueTown, c.WindowFrom, c.WindowTo, Members = c.Members.Count, Organisations = c.Members.Select(m => m.OrganisationId).Distinct().Count() })
            .ToListAsync(ct);
        var answered = await db.Cohorts.AsNoTracking().Where(c => c.OfferId != null && db.Offers.Any(o => o.Id == c.OfferId && o.ProviderId == providerId))
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new
            {
                c.Id, c.CompetencyKey, c.VenueTown, c.Status, Members = c.Members.Count,
                Offer = db.Offers.Where(o => o.Id == c.OfferId).Select(o => o.Title).First(),
                Start = db.OfferSessions.Where(s => s.Id == c.SessionId).Select(s => (DateOnly?)s.StartDate).FirstOrDefault(),
                Confirmed = c.Members.Where(m => m.SeatConfirmed).Select(m => m.Person.FirstName + " " + m.Person.LastName).ToList(),
            }).ToListAsync(ct);
        var names = await CohortQueries.CompetencyNamesAsync(db, invited.Select(c => c.CompetencyKey).Concat(answered.Select(c => c.CompetencyKey)), ct);
        foreach (var c in invited)
        {
            var offers = await CohortQueries.MatchingOffers(db, c.CompetencyKey, c.TargetLevel).Where(o => o.ProviderId == providerId)
                .OrderBy(o => o.Title).Select(o => new { o.Id, o.Title }).ToListAsync(ct);
            if (offers.Count > 0)
                Invitations.Add(new Invitation(c.Id, names.GetValueOrDefault(c.CompetencyKey, c.CompetencyKey), c.TargetLevel, c.VenueTown, c.WindowFrom, c.WindowTo,
                    c.Members, c.Organisations, offers.Select(o => (o.Id, o.Title)).ToList()));
        }
        Answers = answered.Select(c => new Answered(c.Id, names.GetValueOrDefault(c.CompetencyKey, c.CompetencyKey), c.Offer, c.Start, c.VenueTown, c.Status, c.Members, c.Confirmed.Order().ToList())).ToList();
        return providerId;
    }
}
