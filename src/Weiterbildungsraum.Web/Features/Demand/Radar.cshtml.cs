using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

[Authorize(Policy = Policies.ProviderOrCoordinator)]
public sealed class RadarModel(AppDbContext db, DemandRadarCache cache, AnonymityRule rule) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Family { get; set; }
    [BindProperty(SupportsGet = true)] public string? Role { get; set; }
    [BindProperty(SupportsGet = true)] public string? Town { get; set; }
    [BindProperty(SupportsGet = true)] public string? Horizon { get; set; }

    public AnonymityRule Rule => rule;
    public DemandCatalog Catalog { get; private set; } = null!;
    public DemandQuery Query { get; private set; } = new(Domain.Assessments.Horizon.Now);
    public IReadOnlyList<RadarRow> Rows { get; private set; } = [];
    public IReadOnlyList<RadarRow> UnderSupplied { get; private set; } = [];
    public IReadOnlyList<TrendPoint> Trend { get; private set; } = [];
    public UnmetDemandSummary Unmet { get; private set; } = new([], 0);
    public DateOnly UnmetSince { get; private set; }
    public bool IsCoordinator => User.IsInRole(Roles.Coordinator) || User.IsInRole(Roles.Admin);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var snapshot = await cache.GetAsync(db, rule, ct);
        Catalog = snapshot.Catalog;
        var (query, errors) = DemandFilter.Resolve(Catalog, Family, Role, Town, Horizon);
        foreach (var (field, messages) in errors)
            foreach (var message in messages) ModelState.AddModelError(char.ToUpperInvariant(field[0]) + field[1..], message);
        Query = query ?? new DemandQuery(Domain.Assessments.Horizon.Now);
        (Family, Role, Town, Horizon) = (Query.FamilyKey, Query.RoleKey, Query.Area(), Query.Horizon.Key());
        Rows = DemandApi.Ordered(snapshot, Query).Select(c => new RadarRow(c, Catalog.Name(c.CompetencyKey))).ToList();
        UnderSupplied = Rows.Where(r => r.Cell.IsUnderSupplied).Take(10).ToList();
        Trend = snapshot.Trend.For(Query);
        UnmetSince = UnmetDemand.MonthOf(DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow))).AddMonths(-11);
        Unmet = UnmetDemand.Summarise(await UnmetDemandStore.LoadAsync(db, UnmetSince, ct), Query.Area(), UnmetSince, rule);
    }

    public string ExportUrl => $"/api/v1/demand/export.csv{QueryString()}";

    public string QueryString() =>
        "?" + string.Join('&', new[] { ("family", Family), ("role", Role), ("town", Town), ("horizon", Horizon) }
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}

public sealed record RadarRow(DemandCell Cell, string Name);
