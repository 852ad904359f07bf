using Weiterbildungsraum.Domain.Offers.Import;

namespace Weiterbildungsraum.Domain.Tests.Offers;

public class ImportValuesTests
{
    [Theory]
    [InlineData("1.290,00 €", 1290.00)]
    [InlineData("1290,5", 1290.5)]
    [InlineData("1290.50", 1290.50)]
    [InlineData("1.290", 1290)]
    [InlineData("0", 0)]
    public void German_and_plain_prices_are_read(string text, decimal expected)
    {
        Assert.True(ImportValues.TryPrice(text, out var price));
        Assert.Equal(expected, price);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("zehn")]
    [InlineData("1,2,3")]
    [InlineData("12,345")]
    public void Nonsense_prices_are_refused(string text) => Assert.False(ImportValues.TryPrice(text, out _));

    [Theory]
    [InlineData("PT40H", 40)]
    [InlineData("PT90M", 2)]
    [InlineData("P5D", 40)]
    [InlineData("P2W", 80)]
    [InlineData("P1DT4H", 12)]
    public void ISO_durations_become_hours(string text, int hours)
    {
        Assert.True(ImportValues.TryDurationHours(text, out var h));
        Assert.Equal(hours, h);
    }

    [Theory]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("40h")]
    public void Invalid_durations_are_refused(string text) => Assert.False(ImportValues.TryDurationHours(text, out _));

    [Fact]
    public void Dates_in_German_and_ISO_form_and_times_of_date_times()
    {
        Assert.True(ImportValues.TryDate("02.03.2027", out var a));
        Assert.True(ImportValues.TryDate("2027-03-02", out var b));
        Assert.Equal(a, b);
        Assert.False(ImportValues.TryDate("30.02.2027", out _));
        Assert.Equal(new TimeOnly(8, 30), ImportValues.TimeOf("2027-03-02T08:30:00+01:00"));
        Assert.Null(ImportValues.TimeOf("2027-03-02"));
    }
}
