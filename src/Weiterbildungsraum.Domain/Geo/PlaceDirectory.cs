namespace Weiterbildungsraum.Domain.Geo;

public sealed record Place(string Town, GeoPoint Point, IReadOnlyList<string> Postcodes);

/// <summary>Finds the coordinates of a postcode or a town of the region; names compare without case and umlaut spelling.</summary>
public sealed class PlaceDirectory
{
    private readonly Dictionary<string, Place> byPostcode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> byTown = new(StringComparer.Ordinal);

    public PlaceDirectory(IEnumerable<Place> places)
    {
        foreach (var place in places)
        {
            byTown.TryAdd(TownKey(place.Town), place);
            byTown.TryAdd(TownKey(BaseName(place.Town)), place);
            foreach (var postcode in place.Postcodes) byPostcode.TryAdd(postcode, place);
        }
    }

    public IEnumerable<Place> Places => byTown.Values;

    public Place? ByPostcode(string? postcode) =>
        postcode is not null && byPostcode.TryGetValue(postcode.Trim(), out var place) ? place : null;

    public Place? ByTown(string? town) =>
        string.IsNullOrWhiteSpace(town) ? null
        : byTown.TryGetValue(TownKey(town), out var place) ? place
        : byTown.TryGetValue(TownKey(BaseName(town)), out place) ? place : null;

    /// <summary>"Menden (Sauerland)", "Fröndenberg/Ruhr" and "Unna-Massen" are found by their main name.</summary>
    private static string BaseName(string town) => town.Split(['(', ',', '/', '-'], 2)[0];

    /// <summary>A venue: its postcode first (more precise when the town name is spelled unusually), then its town.</summary>
    public GeoPoint? Locate(string? postcode, string? town) => (ByPostcode(postcode) ?? ByTown(town))?.Point;

    public static bool IsPostcode(string value) => value.Length == 5 && value.All(char.IsAsciiDigit);

    public static string TownKey(string town) => string.Concat(town.Trim().ToLowerInvariant()
        .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss")
        .Where(c => char.IsLetterOrDigit(c)));
}
