using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Linking;

namespace Weiterbildungsraum.Domain.Tests.Offers;

public class OfferLinksTests
{
    private static readonly HashSet<string> NothingRemoved = [];

    private static CompetencyLink Found(string key, double confidence = 0.8) =>
        new(key, key, 0, 2, confidence, [new LinkEvidence("Titel", "Gabelstapler", "ESCO-Bezeichnung „Flurförderzeuge führen“")]);

    [Fact]
    public void The_linker_fills_only_competencies_nobody_decided()
    {
        OfferLink[] current = [new("stapler", 1, 3, LinkSource.Confirmed), new("lager", 0, 2, LinkSource.Explicit), new("alt", 0, 1, LinkSource.Automatic)];
        var links = OfferLinks.WithAutomatic(current, [Found("stapler"), Found("lager"), Found("ladung"), Found("entfernt")], new HashSet<string> { "entfernt" });

        Assert.Equal([("stapler", LinkSource.Confirmed, 1, 3), ("lager", LinkSource.Explicit, 0, 2), ("ladung", LinkSource.Automatic, 0, 2)],
            links.Select(l => (l.Key, l.Source, l.EntryLevel, l.ExitLevel)));
    }

    [Fact]
    public void An_automatic_link_keeps_the_linkers_confidence_and_readable_evidence()
    {
        var link = OfferLinks.Automatic(Found("stapler", 0.87654));
        Assert.Equal((LinkSource.Automatic, 0.877), (link.Source, link.Confidence!.Value));
        Assert.Equal(["„Gabelstapler“ im Titel – ESCO-Bezeichnung „Flurförderzeuge führen“"], link.Evidence);
    }

    [Fact]
    public void A_files_list_replaces_what_files_brought_and_wins_over_automatic_links()
    {
        OfferLink[] current = [new("alt-aus-datei", 0, 2, LinkSource.Explicit), new("stapler", 0, 2, LinkSource.Automatic, 0.4, ["x"]), new("bestaetigt", 2, 3, LinkSource.Confirmed)];
        OfferLink[] file = [new("stapler", 1, 3, LinkSource.Explicit), new("bestaetigt", 0, 1, LinkSource.Explicit), new("entfernt", 0, 2, LinkSource.Explicit), new("stapler", 0, 4, LinkSource.Explicit)];
        var links = OfferLinks.WithFileLinks(current, file, new HashSet<string> { "entfernt" });

        Assert.Equal([("bestaetigt", LinkSource.Confirmed, 2, 3), ("stapler", LinkSource.Explicit, 1, 3)],
            links.Select(l => (l.Key, l.Source, l.EntryLevel, l.ExitLevel)).OrderBy(l => l.Key));
        Assert.Null(links.Single(l => l.Key == "stapler").Confidence);
    }

    [Fact]
    public void The_same_links_in_another_order_are_the_same()
    {
        OfferLink[] a = [new("a", 0, 2, LinkSource.Automatic, 0.5, ["x"]), new("b", 1, 2, LinkSource.Explicit)];
        Assert.True(OfferLinks.Same(a, a.Reverse()));
        Assert.False(OfferLinks.Same(a, [a[0] with { Source = LinkSource.Confirmed }, a[1]]));
        Assert.False(OfferLinks.Same(a, [a[0] with { Confidence = 0.6 }, a[1]]));
        Assert.True(OfferLinks.Same(OfferLinks.WithAutomatic(a, [], NothingRemoved), [a[1]]));
    }

    [Theory]
    [InlineData("Titel", "Gabelstapler", "", "„Gabelstapler“ im Titel")]
    [InlineData("Lernziele", "Ladung sichern", "Name der Kompetenz", "„Ladung sichern“ in den Lernzielen – Name der Kompetenz")]
    [InlineData("Schlagworte", "Staplerschein", "", "„Staplerschein“ in den Schlagworten")]
    [InlineData("Termine", "Lager", "", "„Lager“ im Feld „Termine“")]
    [InlineData("Beschreibung", "", "Stufe 2", "In der Beschreibung – Stufe 2")]
    public void Evidence_reads_as_a_German_sentence(string field, string words, string via, string expected) =>
        Assert.Equal(expected, EvidenceText.German(new LinkEvidence(field, words, via)));
}
