using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Web.Features.Demand;

public sealed record ReportFamily(string Name, IReadOnlyList<RadarRow> Top);

/// <summary>
/// What the quarterly demand report shows: only published cells of the protected radar, so a stored copy holds no
/// more than the radar itself showed on that day.
/// </summary>
public sealed record DemandReportContent(
    string Quarter, string Horizon, DateTime BuiltAt, int MinPersons, int MinOrganisations,
    IReadOnlyList<RadarRow> Top, IReadOnlyList<RadarRow> UnderSupplied, IReadOnlyList<ReportFamily> Families, IReadOnlyList<TrendPoint> Trend)
{
    public string SuppressedLabel => $"< {MinPersons}";
    public string QuarterName => Quarter.Replace("-Q", " Q");
    public string HorizonName => (Horizon == "future" ? Domain.Assessments.Horizon.Future : Domain.Assessments.Horizon.Now).Name();

    public static DemandReportContent From(DemandSnapshot snapshot, Horizon horizon, AnonymityRule rule)
    {
        var query = new DemandQuery(horizon);
        var builtAt = LocalTime.FromUtc(snapshot.BuiltAt);
        var rows = Rows(snapshot, query);
        return new DemandReportContent(DemandTrend.QuarterOf(builtAt), horizon.Key(), builtAt, rule.MinPersons, rule.MinOrganisations,
            rows.Where(r => !r.Cell.Suppressed).Take(15).ToList(),
            rows.Where(r => r.Cell.IsUnderSupplied).Take(10).ToList(),
            snapshot.Catalog.Families.Select(f => new ReportFamily(f.Name, Rows(snapshot, query with { FamilyKey = f.Key }).Where(r => !r.Cell.Suppressed).Take(3).ToList())).ToList(),
            snapshot.Trend.For(query));
    }

    private static List<RadarRow> Rows(DemandSnapshot snapshot, DemandQuery query) =>
        DemandApi.Ordered(snapshot, query).Select(c => new RadarRow(c, snapshot.Catalog.Name(c.CompetencyKey))).ToList();
}
