using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Linking;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Features.Offers.Linking;

/// <summary>Between the offer entity and the domain's link rules: what the linker reads of an offer, its links, and writing them back.</summary>
public static class OfferLinkRows
{
    public static OfferText TextOf(Offer o) => new(o.Title, o.Summary, HtmlText.Plain(o.Content), o.LearningGoals, o.Keywords,
        o.TargetGroup, o.EntryRequirements, o.Qualification, o.Hours > 0 ? o.Hours : null);

    /// <summary>Whether the linker would read something else: only then are automatic links worked out again.</summary>
    public static bool SameText(OfferText a, OfferText b) => Fingerprint(a) == Fingerprint(b);

    /// <summary>
    /// The linker's links for many offers. It is the costly part of a large import and only reads, so each distinct text
    /// (a course offered under several numbers, at several sites, reads the same) is linked once, side by side.
    /// </summary>
    public static Dictionary<TItem, IReadOnlyList<CompetencyLink>> LinkAll<TItem>(IEnumerable<(TItem Item, OfferText Text)> items, CurrentLinker linker, CancellationToken ct)
        where TItem : notnull
    {
        var keyed = items.Select(i => (i.Item, i.Text, Key: Fingerprint(i.Text))).ToList();
        var byText = keyed.DistinctBy(i => i.Key).AsParallel().WithCancellation(ct)
            .Select(i => (i.Key, Links: linker.Linker.Link(i.Text))).ToDictionary(i => i.Key, i => i.Links);
        return keyed.ToDictionary(i => i.Item, i => byText[i.Key]);
    }

    private static string Fingerprint(OfferText t) => System.Text.Json.JsonSerializer.Serialize(new object?[]
    {
        t.Title, t.Summary, t.Content, t.Teaches ?? [], t.Keywords ?? [], t.TargetGroup, t.EntryRequirements, t.Qualification, t.Hours,
    });

    public static List<OfferLink> Read(Offer o) =>
        [.. o.Competencies.Select(c => new OfferLink(c.CompetencyKey, c.EntryLevel, c.ExitLevel, c.Source, c.Confidence, c.Evidence))];

    public static HashSet<string> Removed(Offer o) => o.RemovedCompetencies.Select(r => r.CompetencyKey).ToHashSet(StringComparer.Ordinal);

    /// <summary>The linker's links for the competencies nobody decided; the offer remembers the model version they were worked out for.</summary>
    public static bool LinkAutomatically(Offer o, CurrentLinker linker, IReadOnlyList<CompetencyLink>? found = null)
    {
        o.LinkedModelVersionId = linker.VersionId;
        return Write(o, OfferLinks.WithAutomatic(Read(o), found ?? linker.Linker.Link(TextOf(o)), Removed(o)));
    }

    /// <summary>Brings the offer's rows in line with the links; rows of unchanged links stay as they are. False when nothing changed.</summary>
    public static bool Write(Offer o, IReadOnlyList<OfferLink> links)
    {
        if (OfferLinks.Same(Read(o), links)) return false;
        o.Competencies.RemoveAll(c => links.All(l => l.Key != c.CompetencyKey));
        foreach (var link in links)
        {
            var row = o.Competencies.FirstOrDefault(c => c.CompetencyKey == link.Key);
            if (row is null) o.Competencies.Add(row = new OfferCompetency { CompetencyKey = link.Key });
            row.EntryLevel = link.EntryLevel;
            row.ExitLevel = link.ExitLevel;
            row.Source = link.Source;
            row.Confidence = link.Confidence;
            if (!row.Evidence.SequenceEqual(link.Evidence ?? [])) row.Evidence = [.. link.Evidence ?? []];
        }
        return true;
    }

    /// <summary>The provider takes the competency off the offer; the removal is remembered so the linker does not bring it back.</summary>
    public static void Remove(Offer o, string key, DateTime now)
    {
        o.Competencies.RemoveAll(c => c.CompetencyKey == key);
        if (o.RemovedCompetencies.All(r => r.CompetencyKey != key))
            o.RemovedCompetencies.Add(new OfferCompetencyRemoval { CompetencyKey = key, RemovedAt = now });
    }
}
