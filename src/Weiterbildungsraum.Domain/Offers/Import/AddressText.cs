using System.Text.RegularExpressions;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// Splits an address written as one text, as websites and exports do ("Bildungszentrum Hafen, Hafenweg 1, 44147 Dortmund",
/// "Musterstraße 1 44135 Dortmund", "44135 Dortmund"), into venue name, street, postcode and town.
/// </summary>
public static partial class AddressText
{
    public sealed record Parts(string Name, string Street, string Postcode, string Town)
    {
        public bool IsEmpty => Name.Length == 0 && Street.Length == 0 && Postcode.Length == 0 && Town.Length == 0;
    }

    public static Parts Split(string text)
    {
        var segments = text.Split([',', ';', '\n', '\r', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(s => !IsCountry(s)).ToList();
        if (segments.Count == 1 && StreetPostcodeTown().Match(segments[0]) is { Success: true } whole)
            return new Parts("", whole.Groups["street"].Value.Trim(), whole.Groups["zip"].Value, whole.Groups["town"].Value.Trim());
        string street = "", postcode = "", town = "";
        var place = segments.FindIndex(s => PostcodeTown().IsMatch(s) || OnlyPostcode().IsMatch(s));
        if (place >= 0)
        {
            var m = PostcodeTown().Match(segments[place]);
            postcode = m.Success ? m.Groups["zip"].Value : OnlyPostcode().Match(segments[place]).Groups["zip"].Value;
            town = m.Success ? m.Groups["town"].Value.Trim() : "";
            if (town.Length == 0 && place + 1 < segments.Count && !segments[place + 1].Any(char.IsDigit)) town = segments[place + 1];
        }
        var before = place >= 0 ? segments.Take(place).ToList() : segments;
        var streetAt = before.FindLastIndex(LooksLikeStreet);
        if (streetAt >= 0)
        {
            street = before[streetAt];
            if (place < 0 && town.Length == 0 && streetAt + 1 < before.Count && !before[streetAt + 1].Any(char.IsDigit)) town = before[streetAt + 1];
        }
        var name = string.Join(", ", before.Take(streetAt >= 0 ? streetAt : place >= 0 ? place : before.Count));
        return new Parts(name, street, postcode, town);
    }

    /// <summary>A street with a house number ("Hafenweg 1", "Markt 3a", "Am Ufer 12-14") or with a street word but no number.</summary>
    public static bool LooksLikeStreet(string segment) =>
        HouseNumberAtEnd().IsMatch(segment) || StreetWord().IsMatch(GermanText.Fold(segment));

    private static bool IsCountry(string segment) =>
        GermanText.Fold(segment) is "deutschland" or "germany" or "de" or "d" or "brd" or "bundesrepublik deutschland";

    [GeneratedRegex(@"^(?:D\s*-\s*)?(?<zip>\d{5})\s+(?<town>\D.*)$")]
    private static partial Regex PostcodeTown();

    [GeneratedRegex(@"^(?:D\s*-\s*)?(?<zip>\d{5})$")]
    private static partial Regex OnlyPostcode();

    [GeneratedRegex(@"^(?<street>.+?\s\d+\s*[a-zA-Z]?(?:\s*[-/]\s*\d+[a-zA-Z]?)?)\s+(?:D\s*-\s*)?(?<zip>\d{5})\s+(?<town>\D.*)$")]
    private static partial Regex StreetPostcodeTown();

    [GeneratedRegex(@"\s\d+\s*[a-zA-Z]?(?:\s*[-/]\s*\d+[a-zA-Z]?)?$")]
    private static partial Regex HouseNumberAtEnd();

    [GeneratedRegex(@"(strasse|weg|platz|allee|ring|gasse|damm|ufer|chaussee|wall|markt|steig|pfad)\b|str\.")]
    private static partial Regex StreetWord();
}
