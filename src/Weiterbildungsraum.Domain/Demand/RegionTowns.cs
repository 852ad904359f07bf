using Weiterbildungsraum.Domain.Geo;

namespace Weiterbildungsraum.Domain.Demand;

public sealed record Town(string Name, string District, double Latitude, double Longitude);

/// <summary>The towns of the core region with their district, as the radar groups demand (town centres, WGS84).</summary>
public static class RegionTowns
{
    public static IReadOnlyList<Town> All { get; } =
    [
        new("Dortmund", "Dortmund", 51.5136, 7.4653),
        new("Hamm", "Hamm", 51.6739, 7.8150),
        new("Bergkamen", "Kreis Unna", 51.6167, 7.6333),
        new("Bönen", "Kreis Unna", 51.6000, 7.7667),
        new("Fröndenberg/Ruhr", "Kreis Unna", 51.4719, 7.7658),
        new("Holzwickede", "Kreis Unna", 51.5000, 7.6333),
        new("Kamen", "Kreis Unna", 51.5917, 7.6653),
        new("Lünen", "Kreis Unna", 51.6167, 7.5167),
        new("Schwerte", "Kreis Unna", 51.4458, 7.5653),
        new("Selm", "Kreis Unna", 51.6958, 7.4686),
        new("Unna", "Kreis Unna", 51.5347, 7.6889),
        new("Werne", "Kreis Unna", 51.6667, 7.6333),
    ];

    /// <summary>The districts of the region in the order of their towns: Dortmund, Hamm, Kreis Unna.</summary>
    public static IReadOnlyList<string> Districts { get; } = All.Select(t => t.District).Distinct().ToList();

    public static Town? Find(string? name) =>
        name is null ? null : All.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Great-circle distance in kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2) =>
        new GeoPoint(lat1, lon1).DistanceKmTo(new GeoPoint(lat2, lon2));
}
