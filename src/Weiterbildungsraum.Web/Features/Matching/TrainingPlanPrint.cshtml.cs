using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Matching;

[Authorize(Policy = Policies.CompanyHR)]
public sealed class TrainingPlanPrintModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "jahr")] public int? Year { get; set; }
    public PlanBoard Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var org = await Tenancy.OrganisationIdAsync(db, User, MembershipKind.HR, ct);
        var year = Year ?? DateTime.UtcNow.Year;
        Board = org is null ? new PlanBoard(null, $"Weiterbildungsplan {year}", year, Guid.Empty, []) : await TrainingPlanBoard.LoadAsync(db, org.Value, year, ct);
        return Page();
    }
}
