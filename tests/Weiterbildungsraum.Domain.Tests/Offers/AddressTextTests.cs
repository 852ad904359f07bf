using Weiterbildungsraum.Domain.Offers.Import;

namespace Weiterbildungsraum.Domain.Tests.Offers;

public class AddressTextTests
{
    [Theory]
    [InlineData("Musterstraße 1, 44135 Dortmund", "", "Musterstraße 1", "44135", "Dortmund")]
    [InlineData("Bildungszentrum Hafen, Hafenweg 1, 44147 Dortmund", "Bildungszentrum Hafen", "Hafenweg 1", "44147", "Dortmund")]
    [InlineData("Musterstraße 1 44135 Dortmund", "", "Musterstraße 1", "44135", "Dortmund")]
    [InlineData("Logistikpark Bönen Halle 3, Am Güterbahnhof 5, D-59199 Bönen, Deutschland", "Logistikpark Bönen Halle 3", "Am Güterbahnhof 5", "59199", "Bönen")]
    [InlineData("44135 Dortmund", "", "", "44135", "Dortmund")]
    [InlineData("Hafenweg 1, Dortmund", "", "Hafenweg 1", "", "Dortmund")]
    [InlineData("Seminarhaus am See", "Seminarhaus am See", "", "", "")]
    [InlineData("Markt 3a\n59368 Werne", "", "Markt 3a", "59368", "Werne")]
    public void An_address_in_one_text_is_split_into_name_street_postcode_and_town(string text, string name, string street, string postcode, string town) =>
        Assert.Equal(new AddressText.Parts(name, street, postcode, town), AddressText.Split(text));
}
