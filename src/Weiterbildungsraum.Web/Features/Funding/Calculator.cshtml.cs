using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Funding;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Matching;

namespace Weiterbildungsraum.Web.Features.Funding;

/// <summary>
/// Förderrechner for people: an offer (or price, hours, AZAV) and the person's facts → every programme with amount or reasons.
/// Posted, not a query string, because income and disability do not belong into addresses and logs; nothing is stored.
/// Signed-in people with a person record get their yearly caps reduced by what their plans already claim.
/// With an offer, whether it leads to a Berufsabschluss is the provider's statement; the checkbox is only for own figures.
/// </summary>
[AllowAnonymous]
public sealed class CalculatorModel(AppDbContext db) : PageModel
{
    public sealed class InputModel
    {
        public int? Angebot { get; set; }
        [Range(0d, 1_000_000d, ErrorMessage = "Der Preis muss zwischen 0 und 1.000.000 € liegen.")] public decimal? Preis { get; set; }
        [Range(1, 10_000, ErrorMessage = "Die Stunden müssen zwischen 1 und 10.000 liegen.")] public int? Stunden { get; set; }
        public bool Azav { get; set; }
        public DateOnly? Beginn { get; set; }
        public bool Berufsabschlusskurs { get; set; }
        public string? Beschaeftigung { get; set; }
        [Range(14, 100, ErrorMessage = "Das Alter muss zwischen 14 und 100 liegen.")] public int? Alter { get; set; }
        public bool OhneBerufsabschluss { get; set; }
        public bool Schwerbehindert { get; set; }
        public string? Einkommen { get; set; }
        [Range(1, 1_000_000, ErrorMessage = "Die Zahl der Beschäftigten muss zwischen 1 und 1.000.000 liegen.")] public int? Betriebsgroesse { get; set; }
        public bool Tarifvertrag { get; set; }
        public bool Verbund { get; set; }
    }

    public sealed record OfferChoice(int Id, string Title, decimal Price, int Hours, bool Azav, DateOnly? Start, bool LeadsToQualification);

    [BindProperty] public InputModel Input { get; set; } = new();
    public OfferChoice? Offer { get; private set; }
    public FundingEstimate? Result { get; private set; }
    public IReadOnlyDictionary<string, decimal> UsedThisYear { get; private set; } = new Dictionary<string, decimal>();
    public bool CapsFromPlans { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? angebot, CancellationToken ct)
    {
        if (angebot is { } id)
        {
            Offer = await LoadOfferAsync(id, ct);
            if (Offer is null) return NotFound();
            Input.Angebot = id;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.Angebot is { } id && (Offer = await LoadOfferAsync(id, ct)) is null)
            ModelState.AddModelError("Input.Angebot", "Dieses Angebot gibt es nicht (mehr). Bitte Preis und Stunden selbst eintragen.");
        if (Offer is null)
        {
            if (Input.Preis is null) ModelState.AddModelError("Input.Preis", "Bitte den Preis der Weiterbildung angeben.");
            if (Input.Stunden is null) ModelState.AddModelError("Input.Stunden", "Bitte die Dauer in Stunden angeben.");
        }
        EmploymentStatus? status = null;
        if (!string.IsNullOrEmpty(Input.Beschaeftigung))
        {
            if (Enum.TryParse<EmploymentStatus>(Input.Beschaeftigung, out var parsed) && Enum.IsDefined(parsed)) status = parsed;
            else ModelState.AddModelError("Input.Beschaeftigung", "Bitte bei „Beschäftigung“ eine der Möglichkeiten wählen.");
        }
        if (Input.Einkommen is not (null or "" or "unter" or "ueber" or "unter-gemeinsam"))
            ModelState.AddModelError("Input.Einkommen", "Bitte beim Einkommen eine der Möglichkeiten wählen.");
        if (!ModelState.IsValid) return Page();

        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        var course = Offer is { } o
            ? new CourseFacts(o.Price, o.Hours, o.Azav, o.Start, o.LeadsToQualification)
            : new CourseFacts(Input.Preis!.Value, Input.Stunden!.Value, Input.Azav, Input.Beginn, Input.Berufsabschlusskurs);
        var day = course.Start ?? today;
        var programmes = FundingCatalogue.On(await FundingCatalogue.LoadAsync(db, ct), day);
        await LoadUsedAsync(day.Year, ct);
        var person = new PersonFacts(
            Age: Input.Alter,
            HasVocationalQualification: !Input.OhneBerufsabschluss,
            SeverelyDisabled: Input.Schwerbehindert,
            EmploymentStatus: status,
            TaxableIncome: IncomeFor(programmes),
            JointlyAssessed: Input.Einkommen == "unter-gemeinsam",
            UsedThisYear: UsedThisYear);
        var company = new CompanyFacts(Input.Betriebsgroesse, Input.Tarifvertrag, Input.Verbund);
        Result = FundingEstimator.Estimate(course, company, person, programmes, today);
        return Page();
    }

    /// <summary>
    /// People answer "below the limit" rather than giving a figure; the answer is turned into an income at the lowest limit
    /// of the programmes (below) or just above the highest (above), so every programme's own limit decides.
    /// </summary>
    private decimal? IncomeFor(IReadOnlyList<FundingProgrammeRules> programmes)
    {
        var limits = programmes.SelectMany(p => new[] { p.Conditions.MaxTaxableIncome, p.Conditions.MaxTaxableIncomeJoint }).OfType<decimal>().ToList();
        if (limits.Count == 0) return null;
        return Input.Einkommen switch
        {
            "unter" => programmes.Select(p => p.Conditions.MaxTaxableIncome).OfType<decimal>().DefaultIfEmpty(0).Min(),
            "unter-gemeinsam" => programmes.Select(p => p.Conditions.MaxTaxableIncomeJoint ?? p.Conditions.MaxTaxableIncome).OfType<decimal>().DefaultIfEmpty(0).Min(),
            "ueber" => limits.Max() + 1,
            _ => null,
        };
    }

    private async Task LoadUsedAsync(int year, CancellationToken ct)
    {
        var userId = Tenancy.UserId(User);
        if (userId is null) return;
        var personId = await db.People.AsNoTracking().Where(p => p.UserId == userId).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (personId is null) return;
        UsedThisYear = await TrainingPlanBoard.UsedThisYearAsync(db, personId.Value, year, ct);
        CapsFromPlans = true;
    }

    private Task<OfferChoice?> LoadOfferAsync(int id, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        return db.Offers.AsNoTracking().Where(o => o.Id == id && o.IsPublished)
            .Select(o => new OfferChoice(o.Id, o.Title, o.Price, o.Hours, o.Azav,
                o.Sessions.Where(s => s.StartDate >= today && !s.IsClosedGroupRun).OrderBy(s => s.StartDate).Select(s => (DateOnly?)s.StartDate).FirstOrDefault(),
                o.LeadsToQualification))
            .SingleOrDefaultAsync(ct);
    }
}
