namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>What the bar chart partial draws: published rows only; the table beside it holds every figure.</summary>
public sealed record DemandChart(string Id, string Title, string Description, IReadOnlyList<RadarRow> Rows);
