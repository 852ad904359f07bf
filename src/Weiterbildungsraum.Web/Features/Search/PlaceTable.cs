using System.Globalization;
using Weiterbildungsraum.Domain.Geo;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>The region's towns and postcodes with coordinates, shipped with the application (places.csv).</summary>
public static class PlaceTable
{
    public static PlaceDirectory Directory { get; } = Load();

    private static PlaceDirectory Load()
    {
        using var stream = typeof(PlaceTable).Assembly.GetManifestResourceStream("Weiterbildungsraum.Web.Features.Search.places.csv")
            ?? throw new InvalidOperationException("places.csv fehlt in der Anwendung.");
        using var reader = new StreamReader(stream);
        var places = new List<Place>();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            var parts = line.Split(';');
            places.Add(new Place(parts[0],
                new GeoPoint(double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[2], CultureInfo.InvariantCulture)),
                parts[3].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }
        return new PlaceDirectory(places);
    }
}
