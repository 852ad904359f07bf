using System.Globalization;
using Weiterbildungsraum.Domain.Geo;

namespace Weiterbildungsraum.Domain.Demand;

/// <summary>A coming run of an offer; online runs are left out before, they say nothing about the venue.</summary>
public sealed record MatchSession(string Town, GeoPoint? Point, bool Inhouse);

/// <summary>An offer that teaches the group's competency, with what is known of where its provider teaches.</summary>
public sealed record ProviderOffer(int ProviderId, string ProviderName, string ProviderTown, GeoPoint? ProviderPoint,
    int OfferId, string OfferTitle, int EntryLevel, int ExitLevel, IReadOnlyList<MatchSession> Sessions);

public sealed record OfferMatch(int OfferId, string Title, IReadOnlyList<string> Reasons);

public sealed record ProviderMatch(int ProviderId, string Name, double? DistanceKm, IReadOnlyList<string> Reasons, IReadOnlyList<OfferMatch> Offers);

/// <summary>
/// Which providers the coordination can invite for a group: an offer that leads up to the target level, and a provider
/// that teaches in or near the venue town — its seat, a coming run on site within the group's radius, or runs in the
/// company (inhouse), which can as well take place at the venue. Each match says why, in plain German.
/// </summary>
public static class CohortProviderMatching
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static IReadOnlyList<ProviderMatch> Match(IEnumerable<ProviderOffer> offers, int targetLevel, Town venue, double radiusKm)
    {
        var at = new GeoPoint(venue.Latitude, venue.Longitude);
        var matches = new List<ProviderMatch>();
        foreach (var provider in offers.Where(o => o.ExitLevel >= targetLevel).GroupBy(o => o.ProviderId))
        {
            var first = provider.First();
            double? seatKm = first.ProviderPoint is { } p ? p.DistanceKmTo(at) : null;
            var seatNear = seatKm <= radiusKm;
            var offerMatches = new List<OfferMatch>();
            foreach (var offer in provider.OrderBy(o => o.OfferTitle, StringComparer.CurrentCulture))
            {
                var reasons = new List<string> { $"Führt bis Stufe {offer.ExitLevel} (Zielstufe der Gruppe: {targetLevel})." };
                if (offer.EntryLevel > 0) reasons.Add($"Setzt Stufe {offer.EntryLevel} voraus.");
                var near = offer.Sessions.Where(s => !s.Inhouse && s.Point is not null)
                    .Select(s => (s.Town, Km: s.Point!.Value.DistanceKmTo(at))).Where(s => s.Km <= radiusKm)
                    .OrderBy(s => s.Km).DistinctBy(s => s.Town).ToList();
                if (near.Count > 0)
                    reasons.Add("Termine vor Ort in " + string.Join(", ", near.Select(s => $"{s.Town} ({Km(s.Km)} vom Veranstaltungsort)")) + ".");
                var inhouse = offer.Sessions.Any(s => s.Inhouse);
                if (inhouse) reasons.Add("Wird auch im Betrieb durchgeführt, also auch am Veranstaltungsort möglich.");
                if (seatNear || near.Count > 0 || inhouse) offerMatches.Add(new OfferMatch(offer.OfferId, offer.OfferTitle, reasons));
            }
            if (offerMatches.Count == 0) continue;
            var providerReasons = new List<string>();
            if (seatNear) providerReasons.Add($"Sitz in {first.ProviderTown}, etwa {Km(seatKm!.Value)} von {venue.Name}.");
            providerReasons.Add(offerMatches.Count == 1 ? "1 passendes Angebot." : $"{offerMatches.Count} passende Angebote.");
            matches.Add(new ProviderMatch(provider.Key, first.ProviderName, seatKm, providerReasons, offerMatches));
        }
        return matches.OrderBy(m => m.DistanceKm ?? double.MaxValue).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
    }

    private static string Km(double km) => km < 1 ? "unter 1 km" : $"{Math.Round(km).ToString("0", German)} km";
}
