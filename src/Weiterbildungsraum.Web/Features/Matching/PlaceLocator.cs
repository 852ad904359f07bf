using Weiterbildungsraum.Domain.Matching;

namespace Weiterbildungsraum.Web.Features.Matching;

/// <summary>Turns a postcode or town into coordinates; null when the place is unknown.</summary>
public interface IPlaceLocator
{
    GeoPoint? Locate(string? postcode, string? town);
}

/// <summary>
/// Town centres of the region and its neighbours, and the postcode ranges that belong to them. Coarse on purpose
/// (a Dortmund postcode gives the city centre): enough for a radius of 10 km and more; a full postcode table can replace it.
/// </summary>
public sealed class RegionPlaceLocator : IPlaceLocator
{
    private static readonly Dictionary<string, GeoPoint> Towns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Dortmund"] = new(51.5136, 7.4653), ["Hamm"] = new(51.6739, 7.8150), ["Unna"] = new(51.5347, 7.6889),
        ["Kamen"] = new(51.5920, 7.6650), ["Bergkamen"] = new(51.6160, 7.6440), ["Bönen"] = new(51.5990, 7.7600),
        ["Fröndenberg/Ruhr"] = new(51.4710, 7.7660), ["Fröndenberg"] = new(51.4710, 7.7660), ["Holzwickede"] = new(51.5000, 7.6200),
        ["Lünen"] = new(51.6160, 7.5290), ["Schwerte"] = new(51.4440, 7.5650), ["Selm"] = new(51.6960, 7.4730),
        ["Werne"] = new(51.6640, 7.6340), ["Bochum"] = new(51.4818, 7.2162), ["Essen"] = new(51.4556, 7.0116),
        ["Münster"] = new(51.9607, 7.6261), ["Hagen"] = new(51.3671, 7.4633), ["Soest"] = new(51.5711, 8.1092),
        ["Castrop-Rauxel"] = new(51.5500, 7.3110), ["Witten"] = new(51.4436, 7.3528), ["Gelsenkirchen"] = new(51.5177, 7.0857),
        ["Köln"] = new(50.9375, 6.9603), ["Düsseldorf"] = new(51.2277, 6.7735),
    };

    private static readonly (int From, int To, string Town)[] Postcodes =
    [
        (44135, 44388, "Dortmund"), (44532, 44536, "Lünen"), (44575, 44581, "Castrop-Rauxel"), (44787, 44894, "Bochum"),
        (45127, 45359, "Essen"), (45879, 45899, "Gelsenkirchen"), (48143, 48167, "Münster"), (58089, 58135, "Hagen"),
        (58239, 58239, "Schwerte"), (58452, 58456, "Witten"), (58730, 58730, "Fröndenberg/Ruhr"), (59063, 59077, "Hamm"),
        (59174, 59174, "Kamen"), (59192, 59192, "Bergkamen"), (59199, 59199, "Bönen"), (59368, 59368, "Werne"),
        (59379, 59379, "Selm"), (59423, 59427, "Unna"), (59439, 59439, "Holzwickede"), (59494, 59494, "Soest"),
    ];

    public GeoPoint? Locate(string? postcode, string? town)
    {
        if (int.TryParse(postcode?.Trim(), out var code))
            foreach (var (from, to, name) in Postcodes)
                if (code >= from && code <= to) return Towns[name];
        return town is not null && Towns.TryGetValue(town.Trim(), out var point) ? point : null;
    }
}
