using Weiterbildungsraum.Domain.Offers;
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
    [InlineData("1,290.00", 1290)]
    [InlineData("1290.00 €", 1290)]
    [InlineData("EUR 1.290,-", 1290)]
    [InlineData("1.290,00 EUR", 1290)]
    [InlineData("kostenfrei", 0)]
    [InlineData("Kostenlos", 0)]
    public void German_English_and_plain_prices_are_read(string text, decimal expected)
    {
        Assert.True(ImportValues.TryPrice(text, out var price));
        Assert.Equal(expected, price);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("zehn")]
    [InlineData("1,2,3")]
    [InlineData("12,345")]
    [InlineData("ab 990 €")]
    [InlineData("1.2.3,45")]
    public void Nonsense_and_ambiguous_prices_are_refused(string text) => Assert.False(ImportValues.TryPrice(text, out _));

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

    [Theory]
    [InlineData("01.03.2027")]
    [InlineData("1.3.2027")]
    [InlineData("2027-03-01")]
    [InlineData("01.03.27")]
    [InlineData("Mo., 01.03.2027")]
    [InlineData("01.03.2027 08:30")]
    [InlineData("2027-03-01T08:30:00+01:00")]
    public void Dates_as_exports_write_them_are_read(string text)
    {
        Assert.True(ImportValues.TryDate(text, out var date));
        Assert.Equal(new DateOnly(2027, 3, 1), date);
    }

    [Theory]
    [InlineData("08:30", 8, 30)]
    [InlineData("8.30 Uhr", 8, 30)]
    [InlineData("8 Uhr", 8, 0)]
    [InlineData("08:30h", 8, 30)]
    [InlineData("08:30:00+01:00", 8, 30)]
    public void Clock_times_as_people_write_them_are_read(string text, int hour, int minute)
    {
        Assert.True(ImportValues.TryTime(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("08:30 - 16:00")]
    [InlineData("8.30–16 Uhr")]
    [InlineData("08:30 bis 16:00 Uhr")]
    public void A_range_of_clock_times_is_split(string text)
    {
        Assert.True(ImportValues.TryTimeRange(text, out var from, out var to));
        Assert.Equal((new TimeOnly(8, 30), new TimeOnly(16, 0)), (from, to));
    }

    [Fact]
    public void A_range_of_dates_is_split_but_an_ISO_date_alone_is_no_range()
    {
        Assert.True(ImportValues.TryDateRange("01.03.2027 - 05.03.2027", out var from, out var to));
        Assert.Equal((new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 5)), (from, to));
        Assert.False(ImportValues.TryDateRange("2027-03-01", out _, out _));
    }

    [Theory]
    [InlineData("40", 40)]
    [InlineData("40 Std.", 40)]
    [InlineData("40 Stunden", 40)]
    [InlineData("120 UE", 90)]
    [InlineData("80 Unterrichtseinheiten", 60)]
    [InlineData("5 Tage", 40)]
    [InlineData("3 Wochen", 120)]
    [InlineData("PT40H", 40)]
    public void Workloads_in_words_or_ISO_become_hours(string text, int hours)
    {
        Assert.True(ImportValues.TryHours(text, out var h));
        Assert.Equal(hours, h);
    }

    [Theory]
    [InlineData("P6M")]
    [InlineData("etwa 40 Stunden")]
    [InlineData("viele")]
    public void Calendar_spans_and_vague_workloads_give_no_hours(string text) => Assert.False(ImportValues.TryHours(text, out _));

    [Theory]
    [InlineData("de", "de")]
    [InlineData("de-DE", "de")]
    [InlineData("deu", "de")]
    [InlineData("Deutsch", "de")]
    [InlineData("Englisch", "en")]
    [InlineData("English", "en")]
    [InlineData("Türkisch", "tr")]
    public void Languages_are_read_from_codes_and_names(string text, string code) => Assert.Equal(code, ImportValues.LanguageCode(text));

    [Fact]
    public void An_unknown_language_name_gives_no_code() => Assert.Null(ImportValues.LanguageCode("Klingonisch"));

    [Theory]
    [InlineData("Präsenz", SessionFormat.Onsite)]
    [InlineData("Live-Online-Seminar", SessionFormat.Online)]
    [InlineData("Blended Learning", SessionFormat.Blended)]
    [InlineData("https://schema.org/OfflineEventAttendanceMode", SessionFormat.Onsite)]
    [InlineData("https://schema.org/MixedEventAttendanceMode", SessionFormat.Blended)]
    public void Formats_are_read_from_words_and_schema_org_URLs(string text, SessionFormat format) => Assert.Equal(format, ImportValues.Format(text));
}
