using System.Text.RegularExpressions;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>
/// German words the search knows besides the index and the competency model: every word of four letters or more in the
/// German labels and descriptions of the ESCO extract the repository ships (content/esco, CC BY 4.0), normalised like
/// the index (lower case, ä → a, ß → ss). It tells compound parts apart ("qualitats|prufung") and ordinary words from
/// typos and from town names that are also words ("Essen", "Senden"). Shipped as german-words.txt; regenerated with
/// the bench command <c>woerterliste</c> when the ESCO extract changes.
/// </summary>
public sealed partial class GermanWordList
{
    public const int MinLength = 4;

    private readonly HashSet<string> words;

    private GermanWordList(HashSet<string> words) => this.words = words;

    public static GermanWordList Shipped { get; } = Load();

    public int Count => words.Count;

    /// <summary>Whether a normalised surface form (no stemming) is a known German word.</summary>
    public bool Contains(string surface) => words.Contains(surface);

    private static GermanWordList Load()
    {
        using var stream = typeof(GermanWordList).Assembly.GetManifestResourceStream("Weiterbildungsraum.Web.Features.Search.german-words.txt")
            ?? throw new InvalidOperationException("german-words.txt fehlt in der Anwendung.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line);
        return new GermanWordList(set);
    }

    /// <summary>The words of an ESCO folder's labels and descriptions, sorted, as german-words.txt holds them.</summary>
    public static IReadOnlyList<string> FromEsco(EscoData esco)
    {
        using var analyzer = GermanSearchAnalyzer.CreateSurface();
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in esco.Concepts.Values)
            foreach (var text in concept.AltLabels.Append(concept.PreferredLabel).Append(concept.Description))
                foreach (Match word in Letters().Matches(text))
                    foreach (var (term, _) in GermanSearchAnalyzer.Terms(analyzer, SearchIndexStore.Fields.All, word.Value))
                        if (term.Length >= MinLength) set.Add(term);
        return set.Order(StringComparer.Ordinal).ToList();
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Letters();
}
