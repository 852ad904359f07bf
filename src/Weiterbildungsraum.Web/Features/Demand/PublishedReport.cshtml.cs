using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>One published quarterly report, exactly as it was published.</summary>
[Authorize(Policy = Policies.ProviderOrCoordinator)]
public sealed class PublishedReportModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "veroeffentlicht")] public bool JustPublished { get; set; }

    public DemandReportContent Report { get; private set; } = null!;
    public DateTime PublishedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await DemandReports.FindAsync(db, id, ct) is not { } report) return NotFound();
        (Report, PublishedAt) = (report.Content, LocalTime.FromUtc(report.PublishedAt));
        return Page();
    }
}
