using Weiterbildungsraum.Domain.Offers.Linking;

namespace Weiterbildungsraum.Domain.Offers;

/// <summary>
/// Where an offer's link to a competency comes from: named in the import file, set or confirmed by the provider,
/// or found by the linker in the offer's text.
/// </summary>
public enum LinkSource { Explicit, Confirmed, Automatic }

/// <summary>One competency an offer teaches, from entry to exit level; confidence and evidence (German sentences) come from the linker.</summary>
public sealed record OfferLink(string Key, int EntryLevel, int ExitLevel, LinkSource Source, double? Confidence = null, IReadOnlyList<string>? Evidence = null)
{
    public bool IsDecided => Source != LinkSource.Automatic;
}

/// <summary>
/// How explicit, confirmed and automatic links of one offer combine: the provider's decisions (confirmed links, removals)
/// are never changed by a file or the linker; a file's links win over automatic ones; the linker only fills what nobody decided.
/// </summary>
public static class OfferLinks
{
    /// <summary>The file's list replaces the links earlier files brought; confirmed and removed competencies stay as the provider left them.</summary>
    public static List<OfferLink> WithFileLinks(IEnumerable<OfferLink> current, IEnumerable<OfferLink> file, IReadOnlySet<string> removed)
    {
        var result = current.Where(l => l.Source != LinkSource.Explicit).ToList();
        foreach (var link in file)
        {
            if (removed.Contains(link.Key) || result.Any(l => l.Key == link.Key && l.Source == LinkSource.Confirmed)) continue;
            if (result.Any(l => l.Key == link.Key && l.Source == LinkSource.Explicit)) continue;
            result.RemoveAll(l => l.Key == link.Key);
            result.Add(link with { Source = LinkSource.Explicit, Confidence = null, Evidence = [] });
        }
        return result;
    }

    /// <summary>The automatic links replaced by the linker's: never for a competency already linked by a decision or removed by the provider.</summary>
    public static List<OfferLink> WithAutomatic(IEnumerable<OfferLink> current, IEnumerable<CompetencyLink> found, IReadOnlySet<string> removed)
    {
        var result = current.Where(l => l.IsDecided).ToList();
        foreach (var link in found)
            if (!removed.Contains(link.Key) && result.All(l => l.Key != link.Key))
                result.Add(Automatic(link));
        return result;
    }

    public static OfferLink Automatic(CompetencyLink link) => new(link.Key, link.EntryLevel, Math.Max(link.EntryLevel, link.ExitLevel), LinkSource.Automatic,
        Math.Round(Math.Clamp(link.Confidence, 0, 1), 3), link.Evidence.Select(EvidenceText.German).Distinct().ToList());

    /// <summary>Whether two link lists say the same (order aside) — an import that would change nothing else leaves the offer untouched.</summary>
    public static bool Same(IEnumerable<OfferLink> a, IEnumerable<OfferLink> b) => Snapshot(a) == Snapshot(b);

    private static string Snapshot(IEnumerable<OfferLink> links) => string.Join("|", links
        .Select(l => $"{l.Key};{l.EntryLevel};{l.ExitLevel};{l.Source};{l.Confidence:0.###};{string.Join("/", l.Evidence ?? [])}")
        .Order(StringComparer.Ordinal));
}

/// <summary>The linker's evidence as a sentence a provider can read: „Gabelstapler“ im Titel – ESCO-Bezeichnung „Flurförderzeuge führen“.</summary>
public static class EvidenceText
{
    public static string German(LinkEvidence evidence)
    {
        var words = evidence.Words.Trim();
        var where = Where(evidence.Field.Trim());
        var via = evidence.Via.Trim();
        var text = words.Length > 0 ? $"„{words}“ {where}" : char.ToUpperInvariant(where[0]) + where[1..];
        return via.Length > 0 ? $"{text} – {via}" : text;
    }

    private static string Where(string field) => field switch
    {
        "Titel" => "im Titel",
        "Kurzbeschreibung" => "in der Kurzbeschreibung",
        "Beschreibung" or "Inhalt" => "in der Beschreibung",
        "Lernziele" => "in den Lernzielen",
        "Schlagworte" => "in den Schlagworten",
        "Zielgruppe" => "in der Zielgruppe",
        "Voraussetzungen" => "in den Voraussetzungen",
        "Abschluss" => "im Abschluss",
        "" => "im Angebot",
        _ => $"im Feld „{field}“",
    };
}
