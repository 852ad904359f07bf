namespace Weiterbildungsraum.Domain.Offers.Linking;

/// <summary>The texts of a competency a term can stand in.</summary>
internal enum CompetencyField { Name, Description, Levels, Labels }

/// <summary>How much a term says about one competency (its BM25F weight), through which of its texts, and which ESCO label (else -1).</summary>
internal readonly record struct Posting(int Competency, double Weight, CompetencyField Via, int Label);

/// <summary>
/// The model's vocabulary as an inverted index: for each term, the competencies whose texts hold it, weighted by BM25F
/// (Robertson and Zaragoza, "The Probabilistic Relevance Framework: BM25 and Beyond", 2009). The name counts most, the
/// description and the ESCO labels less, the level texts least; repetition saturates; long texts are normalised; and the
/// inverse document frequency over the model's competencies makes words that many competencies use weigh little.
/// </summary>
internal sealed class CompetencyIndex
{
    private const double K1 = 1.2;
    private static readonly double[] Boost = [3.0, 1.5, 0.6, 1.0];
    private static readonly double[] LengthNormalisation = [0.3, 0.75, 0.75, 0.75];
    private readonly Dictionary<string, Posting[]> postings = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<Dictionary<string, double>>> levels = [];

    public CompetencyIndex(IReadOnlyList<CompetencyText> competencies, LinkingAnalyzer analyzer)
    {
        var fields = Enum.GetValues<CompetencyField>().Length;
        var counts = new List<Dictionary<string, FieldCounts>>();
        var lengths = new double[competencies.Count, fields];
        var terms = new List<LinkTerm>();
        foreach (var (competency, c) in competencies.Select((competency, c) => (competency, c)))
        {
            var seen = new Dictionary<string, AnalyzedWord>(StringComparer.Ordinal);
            var own = new Dictionary<string, FieldCounts>(StringComparer.Ordinal);
            void Add(CompetencyField field, string? text, int label)
            {
                terms.Clear();
                analyzer.Analyze(text, terms, seen);
                foreach (var t in terms)
                {
                    if (!own.TryGetValue(t.Term, out var fc)) own[t.Term] = fc = new FieldCounts(fields);
                    fc.Frequency[(int)field] += t.Weight;
                    if (field == CompetencyField.Labels && fc.Label < 0) fc.Label = label;
                    lengths[c, (int)field] += t.Weight;
                }
            }
            Add(CompetencyField.Name, competency.Name, -1);
            Add(CompetencyField.Description, competency.Description, -1);
            var levelTerms = new List<HashSet<string>>();
            foreach (var level in competency.Levels)
            {
                Add(CompetencyField.Levels, level, -1);
                levelTerms.Add(terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal));
            }
            levels.Add(LevelTerms(levelTerms));
            foreach (var (label, i) in (competency.Labels ?? []).Select((label, i) => (label, i))) Add(CompetencyField.Labels, label, i);
            counts.Add(own);
        }
        var averages = Enumerable.Range(0, fields).Select(f => Math.Max(1, Enumerable.Range(0, competencies.Count).Average(c => lengths[c, f]))).ToArray();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var own in counts)
            foreach (var term in own.Keys) documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        var lists = new Dictionary<string, List<Posting>>(StringComparer.Ordinal);
        for (var c = 0; c < counts.Count; c++)
            foreach (var (term, fc) in counts[c])
            {
                double pseudo = 0, strongest = 0;
                var via = CompetencyField.Name;
                for (var f = 0; f < fields; f++)
                {
                    var part = Boost[f] * fc.Frequency[f] / (1 - LengthNormalisation[f] + LengthNormalisation[f] * lengths[c, f] / averages[f]);
                    pseudo += part;
                    if (part > strongest)
                    {
                        strongest = part;
                        via = (CompetencyField)f;
                    }
                }
                var df = documentFrequency[term];
                var idf = Math.Log(1 + (counts.Count - df + 0.5) / (df + 0.5));
                if (!lists.TryGetValue(term, out var list)) lists[term] = list = [];
                list.Add(new Posting(c, idf * pseudo / (K1 + pseudo), via, via == CompetencyField.Labels ? fc.Label : -1));
            }
        foreach (var (term, list) in lists) postings[term] = [.. list];
    }

    /// <summary>
    /// Per competency and level (1–4), the terms of that level's text with how much they set it apart from the competency's
    /// other levels: ln(levels / levels holding the term), so that words every level text shares count nothing.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Dictionary<string, double>>> Levels => levels;

    private static List<Dictionary<string, double>> LevelTerms(List<HashSet<string>> texts) =>
        texts.Select(text => text.ToDictionary(t => t, t => Math.Log((double)texts.Count / texts.Count(other => other.Contains(t))), StringComparer.Ordinal)).ToList();

    /// <summary>Per competency, the terms that say most about it, with their weight.</summary>
    public (string Term, double Weight)[][] Signatures(int terms)
    {
        var all = levels.Select(_ => new List<(string, double)>()).ToArray();
        foreach (var (term, list) in postings)
            foreach (var p in list) all[p.Competency].Add((term, p.Weight));
        return all.Select(l => l.OrderByDescending(t => t.Item2).ThenBy(t => t.Item1, StringComparer.Ordinal).Take(terms).ToArray()).ToArray();
    }

    public ReadOnlySpan<Posting> For(string term) => postings.TryGetValue(term, out var list) ? list : [];

    /// <summary>The posting of a term for one competency, if its texts hold the term.</summary>
    public Posting? Find(string term, int competency)
    {
        if (!postings.TryGetValue(term, out var list)) return null;
        int lo = 0, hi = list.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].Competency == competency) return list[mid];
            if (list[mid].Competency < competency) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }

    private sealed class FieldCounts(int fields)
    {
        public double[] Frequency { get; } = new double[fields];
        public int Label { get; set; } = -1;
    }
}
