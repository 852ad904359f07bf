namespace Weiterbildungsraum.Domain.Demand;

public sealed record Town(string Name, string District, double Latitude, double Longitude);

/// <summary>The towns of the region (town centres, WGS84) and the distance between two points.</summary>
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

    public static Town? Find(string? name) =>
        name is null ? null : All.FirstOrDefault(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Great-circle distance in kilometres (haversine).</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double earthRadiusKm = 6371.0;
        double dLat = Radians(lat2 - lat1), dLon = Radians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * earthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
