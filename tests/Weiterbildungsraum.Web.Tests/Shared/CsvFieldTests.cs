using System.Text;
using Weiterbildungsraum.Web.Features.Shared;

namespace Weiterbildungsraum.Web.Tests.Shared;

public class CsvFieldTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+49 231", "'+49 231")]
    [InlineData("+5", "'+5")]
    [InlineData("@SUMME(A1)", "'@SUMME(A1)")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("-2e3", "'-2e3")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("-3", "-3")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("12", "12")]
    [InlineData("Müller; Anna", "\"Müller; Anna\"")]
    [InlineData("Sag \"Hallo\"", "\"Sag \"\"Hallo\"\"\"")]
    [InlineData("Anna", "Anna")]
    [InlineData("", "")]
    public void Fields_cannot_become_formulas_and_numbers_stay_numbers(string value, string expected) =>
        Assert.Equal(expected, CsvField.Escape(value));

    [Fact]
    public void A_file_starts_with_a_byte_order_mark_and_ends_lines_with_crlf()
    {
        var bytes = CsvField.File([["a", "b"], ["=x", null]]);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("a;b\r\n'=x;\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
