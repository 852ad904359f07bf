using System.Text.RegularExpressions;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers;

/// <summary>What the suggester knows of a competency: its texts in the current model.</summary>
public sealed record CompetencyText(string Key, string Name, string Description, IReadOnlyList<string> Levels, IReadOnlyList<string>? Labels = null);

public sealed record CompetencySuggestion(string Key, string Name, double Score);

/// <summary>
/// Ranks the model's competencies by how well their texts match an offer's text: TF-IDF weighted cosine
/// over German terms, with the name counting most and compound parts ("Lagerlogistik" ∋ "Logistik") counting half.
/// </summary>
public sealed partial class CompetencySuggester
{
    private const double NameWeight = 3, LabelWeight = 2, DescriptionWeight = 1.5, LevelWeight = 0.5;
    private const int MinCompoundPart = 5;
    private readonly List<(CompetencyText Competency, Dictionary<string, double> Terms, double Norm)> index = [];
    private readonly Dictionary<string, double> idf = new(StringComparer.Ordinal);

    public CompetencySuggester(IEnumerable<CompetencyText> competencies)
    {
        var bags = competencies.Select(c => (c, Bag(c))).ToList();
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, bag) in bags)
            foreach (var term in bag.Keys) df[term] = df.GetValueOrDefault(term) + 1;
        foreach (var (term, count) in df) idf[term] = Math.Log(1 + (double)bags.Count / count);
        foreach (var (c, bag) in bags)
        {
            var norm = Math.Sqrt(bag.Sum(t => Math.Pow(t.Value * idf[t.Key], 2)));
            if (norm > 0) index.Add((c, bag, norm));
        }
    }

    public IReadOnlyList<CompetencySuggestion> Suggest(string title, string summary, string content, int max = 8, double minScore = 0.04)
    {
        var offer = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(offer, title, 2);
        Add(offer, summary, 1.5);
        Add(offer, Tags().Replace(content, " "), 1);
        if (offer.Count == 0) return [];
        var offerNorm = Math.Sqrt(offer.Sum(t => Math.Pow(t.Value * idf.GetValueOrDefault(t.Key, 1), 2)));
        var results = new List<CompetencySuggestion>();
        foreach (var (competency, terms, norm) in index)
        {
            double dot = 0;
            foreach (var (term, weight) in terms)
            {
                var w = idf[term];
                if (offer.TryGetValue(term, out var tf)) dot += tf * weight * w * w;
                else if (term.Length >= MinCompoundPart)
                    foreach (var (offerTerm, offerTf) in offer)
                        if (offerTerm.Length > term.Length && offerTerm.Contains(term, StringComparison.Ordinal))
                        {
                            dot += 0.5 * offerTf * weight * w * w;
                            break;
                        }
            }
            var score = dot / (norm * offerNorm);
            if (score >= minScore) results.Add(new(competency.Key, competency.Name, Math.Round(score, 4)));
        }
        return results.OrderByDescending(r => r.Score).ThenBy(r => r.Key, StringComparer.Ordinal).Take(max).ToList();
    }

    private static Dictionary<string, double> Bag(CompetencyText c)
    {
        var bag = new Dictionary<string, double>(StringComparer.Ordinal);
        Add(bag, c.Name, NameWeight);
        foreach (var label in c.Labels ?? []) Add(bag, label, LabelWeight);
        Add(bag, c.Description, DescriptionWeight);
        foreach (var level in c.Levels) Add(bag, level, LevelWeight);
        return bag;
    }

    private static void Add(Dictionary<string, double> bag, string text, double weight)
    {
        foreach (var term in GermanText.Terms(text)) bag[term] = bag.GetValueOrDefault(term) + weight;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();
}
