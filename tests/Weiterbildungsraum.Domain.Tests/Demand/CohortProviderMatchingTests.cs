using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Domain.Geo;

namespace Weiterbildungsraum.Domain.Tests.Demand;

public class CohortProviderMatchingTests
{
    private static readonly Town Unna = RegionTowns.Find("Unna")!;
    private static int nextOffer;

    private static GeoPoint At(string town) => RegionTowns.Find(town) is { } t ? new GeoPoint(t.Latitude, t.Longitude) : throw new ArgumentException(town);

    private static ProviderOffer Offer(int provider, string seat, int exit = 3, int entry = 1, params MatchSession[] sessions) =>
        new(provider, $"Anbieter {provider}", seat, seat == "Köln" ? new GeoPoint(50.94, 6.96) : At(seat), Interlocked.Increment(ref nextOffer), $"Kurs {provider}", entry, exit, sessions);

    [Fact]
    public void A_provider_near_the_venue_with_an_offer_up_to_the_target_matches_and_says_why()
    {
        var match = Assert.Single(CohortProviderMatching.Match([Offer(1, "Kamen", exit: 4, entry: 2)], 3, Unna, 25));
        Assert.Contains(match.Reasons, r => r.StartsWith("Sitz in Kamen, etwa", StringComparison.Ordinal) && r.Contains("km von Unna"));
        var offer = Assert.Single(match.Offers);
        Assert.Contains("Führt bis Stufe 4 (Zielstufe der Gruppe: 3).", offer.Reasons);
        Assert.Contains("Setzt Stufe 2 voraus.", offer.Reasons);
    }

    [Fact]
    public void An_offer_that_stops_below_the_target_level_does_not_match() =>
        Assert.Empty(CohortProviderMatching.Match([Offer(1, "Unna", exit: 2)], 3, Unna, 25));

    [Fact]
    public void A_far_provider_matches_only_with_a_run_near_the_venue_or_in_the_company()
    {
        Assert.Empty(CohortProviderMatching.Match([Offer(1, "Köln")], 3, Unna, 25));
        var onSite = Assert.Single(CohortProviderMatching.Match([Offer(1, "Köln", sessions: new MatchSession("Kamen", At("Kamen"), false))], 3, Unna, 25));
        Assert.Contains(onSite.Offers[0].Reasons, r => r.StartsWith("Termine vor Ort in Kamen", StringComparison.Ordinal));
        Assert.DoesNotContain(onSite.Reasons, r => r.StartsWith("Sitz", StringComparison.Ordinal));
        var inhouse = Assert.Single(CohortProviderMatching.Match([Offer(2, "Köln", sessions: new MatchSession("", null, true))], 3, Unna, 25));
        Assert.Contains(inhouse.Offers[0].Reasons, r => r.Contains("im Betrieb", StringComparison.Ordinal));
    }

    [Fact]
    public void Providers_come_nearest_first_with_their_offers_together()
    {
        var matches = CohortProviderMatching.Match([Offer(1, "Hamm"), Offer(2, "Unna"), Offer(1, "Hamm", exit: 4)], 3, Unna, 25);
        Assert.Equal([2, 1], matches.Select(m => m.ProviderId));
        Assert.Equal(2, matches[1].Offers.Count);
        Assert.Contains("2 passende Angebote.", matches[1].Reasons);
    }
}
