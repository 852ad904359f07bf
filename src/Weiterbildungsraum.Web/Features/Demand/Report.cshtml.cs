using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

public sealed record ReportFamily(string Name, IReadOnlyList<RadarRow> Top);

/// <summary>The quarterly demand report of the network coordination, laid out for print.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class ReportModel(AppDbContext db, DemandRadarCache cache, AnonymityRule rule) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Horizon { get; set; }

    public AnonymityRule Rule => rule;
    public DemandQuery Query { get; private set; } = new(Domain.Assessments.Horizon.Now);
    public string Quarter { get; private set; } = "";
    public DateTime BuiltAt { get; private set; }
    public IReadOnlyList<RadarRow> Top { get; private set; } = [];
    public IReadOnlyList<RadarRow> UnderSupplied { get; private set; } = [];
    public IReadOnlyList<ReportFamily> Families { get; private set; } = [];
    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var snapshot = await cache.GetAsync(db, rule, ct);
        Query = DemandFilter.Resolve(snapshot.Catalog, null, null, null, Horizon).Query ?? new DemandQuery(Domain.Assessments.Horizon.Now);
        Horizon = Query.Horizon.Key();
        BuiltAt = LocalTime.FromUtc(snapshot.BuiltAt);
        Quarter = DemandTrend.QuarterOf(BuiltAt).Replace("-Q", " Q");
        var rows = DemandApi.Ordered(snapshot, Query).Select(c => new RadarRow(c, snapshot.Catalog.Name(c.CompetencyKey))).ToList();
        Top = rows.Where(r => !r.Cell.Suppressed).Take(15).ToList();
        UnderSupplied = rows.Where(r => r.Cell.IsUnderSupplied).Take(10).ToList();
        Families = snapshot.Catalog.Families.Select(f => new ReportFamily(f.Name,
            DemandApi.Ordered(snapshot, Query with { FamilyKey = f.Key }).Where(c => !c.Suppressed).Take(3)
                .Select(c => new RadarRow(c, snapshot.Catalog.Name(c.CompetencyKey))).ToList())).ToList();
        Trend = snapshot.Radar.Trend.For(Query);
    }
}
