using Weiterbildungsraum.Domain.Offers.Linking;

namespace Weiterbildungsraum.Domain.Tests.Offers.Linking;

/// <summary>
/// Floors for automatic linking on the labelled offers, a little below what was measured (bench/RESULTS.md, "Kompetenzzuordnung"):
/// they fail when a change to the linker makes it link worse.
/// </summary>
public class LinkingQualityTests
{
    [Theory]
    [InlineData(LinkingSet.Tuning, true, 0.90, 0.80, 0.94)]
    [InlineData(LinkingSet.Tuning, false, 0.90, 0.80, 0.94)]
    [InlineData(LinkingSet.Holdout, true, 0.85, 0.70, 0.83)]
    [InlineData(LinkingSet.Holdout, false, 0.85, 0.70, 0.80)]
    [InlineData(LinkingSet.SecondHoldout, true, 0.85, 0.75, 0.90)]
    [InlineData(LinkingSet.SecondHoldout, false, 0.85, 0.78, 0.90)]
    public void Automatic_links_stay_precise_and_find_most_of_what_a_curator_links(string set, bool withEsco, double precision, double recall, double hitShare)
    {
        var score = LinkingSet.Measure(new CompetencyLinker(LinkingSet.Model(withEsco)), LinkingSet.Offers(set));
        Assert.True(score.Precision >= precision, score.ToString());
        Assert.True(score.Recall >= recall, score.ToString());
        Assert.True(score.HitShare >= hitShare, score.ToString());
        Assert.True(score.EmptyShare >= 0.85, score.ToString());
        Assert.True(score.LevelWithinOne >= 0.9, score.ToString());
    }
}
