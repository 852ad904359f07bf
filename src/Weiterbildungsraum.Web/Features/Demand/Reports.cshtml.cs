using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>The archive of published quarterly reports, for everyone who sees the radar.</summary>
[Authorize(Policy = Policies.ProviderOrCoordinator)]
public sealed class ReportsModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<PublishedReportItem> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Reports = await DemandReports.ListAsync(db, ct);
}
