using Lucene.Net.Analysis;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>The analysed terms of a label with their positions: stop words leave gaps that a phrase query must keep.</summary>
public sealed record SynonymPhrase(string[] Terms, int[] Positions)
{
    public int Length => Terms.Length;
    public IEnumerable<(string Term, int Position)> Pairs => Terms.Zip(Positions);
}

/// <summary>
/// Groups of terms that mean the same, analysed like the index; a term maps to the other members' term sequences.
/// The groups come from synonyms.txt and, when present, from the ESCO taxonomy and the competency model
/// (<see cref="SearchSynonyms"/>).
/// </summary>
public sealed class SynonymTable
{
    /// <summary>A word can be a label in many ESCO concepts; past this many alternatives a query would match everything.</summary>
    private const int MaxAlternatives = 24;

    private readonly Dictionary<string, List<SynonymPhrase>> alternatives = new(StringComparer.Ordinal);
    /// <summary>Multi-word members by their first term, longest first.</summary>
    private readonly Dictionary<string, List<(SynonymPhrase Member, List<SynonymPhrase> Alternatives)>> multiWord = new(StringComparer.Ordinal);

    public int GroupCount { get; }

    public SynonymTable(Analyzer analyzer, IEnumerable<IReadOnlyList<string>> groups)
    {
        var multi = new Dictionary<string, (SynonymPhrase Member, List<SynonymPhrase> Alternatives)>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var analysed = group.Select(g => GermanSearchAnalyzer.Terms(analyzer, SearchIndexStore.Fields.All, g))
                .Where(t => t.Count > 0).Select(t => new SynonymPhrase([.. t.Select(x => x.Term)], [.. t.Select(x => x.Position)]))
                .DistinctBy(p => Joined(p.Terms)).ToList();
            if (analysed.Count < 2) continue;
            GroupCount++;
            foreach (var member in analysed)
            {
                var others = analysed.Where(other => !ReferenceEquals(other, member));
                if (member.Length == 1)
                {
                    if (!alternatives.TryGetValue(member.Terms[0], out var list)) alternatives[member.Terms[0]] = list = [];
                    Add(list, others);
                }
                else
                {
                    var key = Joined(member.Terms);
                    if (!multi.TryGetValue(key, out var entry)) multi[key] = entry = (member, []);
                    Add(entry.Alternatives, others);
                }
            }
        }
        foreach (var entry in multi.Values.OrderByDescending(e => e.Member.Length))
        {
            if (!multiWord.TryGetValue(entry.Member.Terms[0], out var list)) multiWord[entry.Member.Terms[0]] = list = [];
            list.Add(entry);
        }
    }

    private static string Joined(string[] terms) => string.Join(' ', terms);

    private static void Add(List<SynonymPhrase> list, IEnumerable<SynonymPhrase> more)
    {
        foreach (var alternative in more)
            if (list.Count < MaxAlternatives && !list.Any(a => a.Terms.SequenceEqual(alternative.Terms))) list.Add(alternative);
    }

    public IReadOnlyList<SynonymPhrase> For(string term) => alternatives.TryGetValue(term, out var list) ? list : [];

    /// <summary>The longest multi-word member ("künstliche Intelligenz") starting at a position of the query's terms, with its alternatives.</summary>
    public (SynonymPhrase Member, List<SynonymPhrase> Alternatives)? MultiWordAt(IReadOnlyList<string> terms, int start)
    {
        if (!multiWord.TryGetValue(terms[start], out var candidates)) return null;
        foreach (var candidate in candidates)
        {
            if (start + candidate.Member.Length > terms.Count) continue;
            var matches = true;
            for (var i = 1; i < candidate.Member.Length && matches; i++) matches = candidate.Member.Terms[i] == terms[start + i];
            if (matches) return candidate;
        }
        return null;
    }

    /// <summary>The groups of synonyms.txt, and any further groups (ESCO labels, competency names).</summary>
    public static SynonymTable Load(Analyzer analyzer, IEnumerable<IReadOnlyList<string>>? more = null) =>
        new(analyzer, FileGroups().Concat(more ?? []));

    private static List<IReadOnlyList<string>> FileGroups()
    {
        using var stream = typeof(SynonymTable).Assembly.GetManifestResourceStream("Weiterbildungsraum.Web.Features.Search.synonyms.txt")
            ?? throw new InvalidOperationException("synonyms.txt fehlt in der Anwendung.");
        using var reader = new StreamReader(stream);
        var groups = new List<IReadOnlyList<string>>();
        while (reader.ReadLine() is { } line)
            if (!line.StartsWith('#') && !string.IsNullOrWhiteSpace(line))
                groups.Add(line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return groups;
    }
}
