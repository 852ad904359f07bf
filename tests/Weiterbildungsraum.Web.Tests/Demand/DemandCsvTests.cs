using Weiterbildungsraum.Web.Features.Demand;

namespace Weiterbildungsraum.Web.Tests.Demand;

public class DemandCsvTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+49 Anruf", "'+49 Anruf")]
    [InlineData("@SUMME(A1)", "'@SUMME(A1)")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("Lager; Logistik", "\"Lager; Logistik\"")]
    [InlineData("12", "12")]
    [InlineData("-3", "-3")]
    public void Fields_cannot_become_formulas(string value, string expected) => Assert.Equal(expected, DemandCsv.Field(value));
}
