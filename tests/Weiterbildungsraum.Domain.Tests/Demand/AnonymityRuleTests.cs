using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Domain.Tests.Demand;

public class AnonymityRuleTests
{
    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 1)]
    [InlineData(0, 0)]
    public void Thresholds_below_the_floor_are_refused(int persons, int organisations) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnonymityRule(persons, organisations));

    [Fact]
    public void The_floor_itself_and_the_default_are_accepted()
    {
        var floor = new AnonymityRule(AnonymityRule.FloorPersons, AnonymityRule.FloorOrganisations);
        Assert.True(floor.Allows(3, 2));
        Assert.False(floor.Allows(2, 2));
        Assert.Equal((5, 3), (AnonymityRule.Default.MinPersons, AnonymityRule.Default.MinOrganisations));
        Assert.Equal("< 5", AnonymityRule.Default.SuppressedLabel);
    }

    [Theory]
    [InlineData(4, 3, false)]
    [InlineData(5, 2, false)]
    [InlineData(5, 3, true)]
    [InlineData(9, 4, true)]
    public void A_figure_needs_enough_persons_and_organisations(int persons, int organisations, bool shown) =>
        Assert.Equal(shown, AnonymityRule.Default.Allows(persons, organisations));
}
