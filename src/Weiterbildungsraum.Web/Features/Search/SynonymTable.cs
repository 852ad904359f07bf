using Lucene.Net.Analysis;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>Groups of terms that mean the same (synonyms.txt), analysed like the index; a term maps to the other members' term sequences.</summary>
public sealed class SynonymTable
{
    private readonly Dictionary<string, List<string[]>> alternatives = new(StringComparer.Ordinal);
    private readonly List<(string[] Member, List<string[]> Alternatives)> multiWord = [];

    public SynonymTable(Analyzer analyzer, IEnumerable<IReadOnlyList<string>> groups)
    {
        foreach (var group in groups)
        {
            var analysed = group.Select(g => GermanSearchAnalyzer.Terms(analyzer, SearchIndexStore.Fields.All, g).Select(t => t.Term).ToArray())
                .Where(t => t.Length > 0).ToList();
            foreach (var member in analysed.Where(m => m.Length == 1))
            {
                if (!alternatives.TryGetValue(member[0], out var list)) alternatives[member[0]] = list = [];
                list.AddRange(analysed.Where(other => !other.SequenceEqual(member)));
            }
            foreach (var member in analysed.Where(m => m.Length > 1))
                multiWord.Add((member, analysed.Where(other => !other.SequenceEqual(member)).ToList()));
        }
    }

    public IReadOnlyList<string[]> For(string term) => alternatives.TryGetValue(term, out var list) ? list : [];

    /// <summary>A multi-word member ("künstliche Intelligenz") starting at a position of the query's terms, with its alternatives.</summary>
    public (string[] Member, List<string[]> Alternatives)? MultiWordAt(IReadOnlyList<string> terms, int start) =>
        multiWord.Where(m => start + m.Member.Length <= terms.Count && m.Member.SequenceEqual(terms.Skip(start).Take(m.Member.Length)))
            .Select(m => ((string[], List<string[]>)?)m).FirstOrDefault();

    public static SynonymTable Load(Analyzer analyzer)
    {
        using var stream = typeof(SynonymTable).Assembly.GetManifestResourceStream("Weiterbildungsraum.Web.Features.Search.synonyms.txt")
            ?? throw new InvalidOperationException("synonyms.txt fehlt in der Anwendung.");
        using var reader = new StreamReader(stream);
        var groups = new List<IReadOnlyList<string>>();
        while (reader.ReadLine() is { } line)
            if (!line.StartsWith('#') && !string.IsNullOrWhiteSpace(line))
                groups.Add(line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return new SynonymTable(analyzer, groups);
    }
}
