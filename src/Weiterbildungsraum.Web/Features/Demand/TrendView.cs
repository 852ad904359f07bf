using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>What the trend partial draws: one column per quarter, suppressed quarters as a gap with the anonymity label.</summary>
public sealed record TrendView(string Caption, IReadOnlyList<TrendPoint> Points, string SuppressedLabel)
{
    public static string QuarterName(TrendPoint point) => point.Quarter.Replace("-Q", " Q");
}
