using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Offers;

namespace Weiterbildungsraum.Domain.Tests;

public class GeoTests
{
    private static readonly GeoPoint Dortmund = new(51.5136, 7.4653);
    private static readonly GeoPoint Hamm = new(51.6739, 7.8150);

    [Fact]
    public void Distance_between_Dortmund_and_Hamm_is_about_30_km()
    {
        Assert.InRange(Dortmund.DistanceKmTo(Hamm), 29, 31);
    }

    [Fact]
    public void Distance_is_symmetric_and_zero_to_itself()
    {
        Assert.Equal(Dortmund.DistanceKmTo(Hamm), Hamm.DistanceKmTo(Dortmund), 9);
        Assert.Equal(0, Dortmund.DistanceKmTo(Dortmund), 9);
    }

    [Fact]
    public void One_degree_of_latitude_is_about_111_km()
    {
        Assert.InRange(new GeoPoint(51, 7).DistanceKmTo(new GeoPoint(52, 7)), 110.5, 111.7);
    }

    [Fact]
    public void Places_are_found_by_postcode_and_by_town_in_any_spelling()
    {
        var unna = new Place("Unna", new GeoPoint(51.53, 7.69), ["59423", "59425"]);
        var menden = new Place("Menden (Sauerland)", new GeoPoint(51.43, 7.80), ["58706"]);
        var directory = new PlaceDirectory([unna, menden]);

        Assert.Same(unna, directory.ByPostcode("59425"));
        Assert.Same(unna, directory.ByTown(" UNNA "));
        Assert.Same(menden, directory.ByTown("Menden"));
        Assert.Same(menden, directory.ByTown("menden (sauerland)"));
        Assert.Null(directory.ByPostcode("10115"));
        Assert.Null(directory.ByTown("Berlin"));
        Assert.Equal(unna.Point, directory.Locate("00000", "Unna"));
    }

    [Theory]
    [InlineData("59423", true)]
    [InlineData("5942", false)]
    [InlineData("5942a", false)]
    public void A_postcode_has_five_digits(string value, bool valid) => Assert.Equal(valid, PlaceDirectory.IsPostcode(value));
}

public class FundingRoutesTests
{
    [Fact]
    public void Qcg_needs_azav_and_more_than_120_hours()
    {
        Assert.Contains(FundingRoute.Qcg, FundingRoutes.For(azav: true, voucherApproved: false, hours: 121, fundingNotes: ""));
        Assert.DoesNotContain(FundingRoute.Qcg, FundingRoutes.For(azav: true, voucherApproved: false, hours: 120, fundingNotes: ""));
        Assert.DoesNotContain(FundingRoute.Qcg, FundingRoutes.For(azav: false, voucherApproved: false, hours: 500, fundingNotes: ""));
    }

    [Fact]
    public void The_education_voucher_needs_azav_and_approval()
    {
        Assert.Contains(FundingRoute.Bildungsgutschein, FundingRoutes.For(true, true, 40, ""));
        Assert.DoesNotContain(FundingRoute.Bildungsgutschein, FundingRoutes.For(false, true, 40, ""));
    }

    [Fact]
    public void The_bildungsscheck_counts_when_the_provider_names_it()
    {
        Assert.Contains(FundingRoute.Bildungsscheck, FundingRoutes.For(false, false, 8, "Förderfähig mit dem Bildungsscheck NRW."));
        Assert.Empty(FundingRoutes.For(false, false, 8, "Keine Förderung."));
    }
}
