using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>The quarterly demand report of the network coordination: a live preview, laid out for print, and its publication.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class ReportModel(AppDbContext db, DemandRadarCache cache, AnonymityRule rule) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Horizon { get; set; }

    public DemandReportContent Report { get; private set; } = null!;
    public DateTime? Published { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Report = await CurrentAsync(ct);
        Published = await db.DemandReports.AsNoTracking().Where(r => r.Quarter == Report.Quarter && r.Horizon == Report.Horizon)
            .Select(r => (DateTime?)r.PublishedAt).FirstOrDefaultAsync(ct) is { } at ? LocalTime.FromUtc(at) : null;
    }

    /// <summary>Stores today's report as the quarter's published copy (a second publication replaces the first).</summary>
    public async Task<IActionResult> OnPostPublishAsync(CancellationToken ct)
    {
        // The form always names its horizon; a missing or altered one must not publish the other report by default.
        if (Horizon?.Trim().ToLowerInvariant() is not ("now" or "future")) return BadRequest();
        var content = await CurrentAsync(ct);
        var id = await DemandReports.PublishAsync(db, content, ct);
        return Redirect($"/bedarfsradar/berichte/{id}?veroeffentlicht=true");
    }

    private async Task<DemandReportContent> CurrentAsync(CancellationToken ct)
    {
        var snapshot = await cache.GetAsync(db, rule, ct);
        var horizon = DemandFilter.Resolve(snapshot.Catalog, null, null, null, Horizon).Query?.Horizon ?? Domain.Assessments.Horizon.Now;
        return DemandReportContent.From(snapshot, horizon, rule);
    }
}
