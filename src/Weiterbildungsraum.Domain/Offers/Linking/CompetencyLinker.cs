namespace Weiterbildungsraum.Domain.Offers.Linking;

/// <summary>What the linker reads of an offer, whatever way it arrived (import file, provider form, stored offer).</summary>
public sealed record OfferText(
    string Title,
    string Summary = "",
    string Content = "",
    IReadOnlyList<string>? Teaches = null,
    IReadOnlyList<string>? Keywords = null,
    string TargetGroup = "",
    string EntryRequirements = "",
    string Qualification = "",
    int? Hours = null);

/// <summary>Which words of which part of the offer (Titel, Kurzbeschreibung, Beschreibung, Lernziele, Schlagworte) matched which text of the competency.</summary>
public sealed record LinkEvidence(string Field, string Words, string Via);

/// <summary>A competency the offer teaches, from entry to exit level, with how sure the linker is (0–1) and why.</summary>
public sealed record CompetencyLink(string Key, string Name, int EntryLevel, int ExitLevel, double Confidence, IReadOnlyList<LinkEvidence> Evidence);

/// <summary>
/// Links offers to the competencies of the current model that they teach: a retrieval model over the model's own
/// vocabulary (names, descriptions, level texts, ESCO labels; see docs/decisions/013-competency-linking.md). Build one per
/// model version; it is immutable and safe to call from many threads at once.
/// </summary>
public sealed class CompetencyLinker
{
    /// <summary>The confidence from which a link is made automatically; below it, a competency is only offered for choice.</summary>
    public const double LinkThreshold = 0.5;
    private const int MaxEvidence = 4;
    // An offer that seems to teach more than this many competencies is described too broadly to link them all.
    private const int MaxLinks = 8;
    // A competency that scores under a twentieth of the offer's best is no candidate: its confidence would be near zero.
    private const double MinShare = 0.05;
    private readonly IReadOnlyList<CompetencyText> competencies;
    private readonly LinkingAnalyzer analyzer;
    private readonly CompetencyIndex index;
    // Per competency, the terms of its name, and the terms that say most about it, with their weight in it.
    private readonly (string Term, double Weight)[][] nameTerms, signatures;

    public CompetencyLinker(IEnumerable<CompetencyText> model)
    {
        competencies = model.ToList();
        analyzer = new LinkingAnalyzer(competencies.SelectMany(c => new[] { c.Name, c.Description }.Concat(c.Levels).Concat(c.Labels ?? [])));
        index = new CompetencyIndex(competencies, analyzer);
        nameTerms = competencies.Select((c, i) => OfferQuery.Read(new OfferText(c.Name), analyzer)
            .Select(t => (t.Key, t.Value.Weight * (index.Find(t.Key, i)?.Weight ?? 0))).Where(t => t.Item2 > 0).ToArray()).ToArray();
        signatures = index.Signatures(LinkConfidence.SignatureTerms);
    }

    /// <summary>The model's competencies by how well they fit the offer, best first — what a provider is offered to choose from.</summary>
    public IReadOnlyList<CompetencyLink> Rank(OfferText offer, int max = 8) => Rank(offer, max, 0);

    /// <summary>The competencies to link automatically: those the linker is sure enough of.</summary>
    public IReadOnlyList<CompetencyLink> Link(OfferText offer) => Rank(offer, MaxLinks, LinkThreshold);

    private List<CompetencyLink> Rank(OfferText offer, int max, double minConfidence)
    {
        var query = OfferQuery.Read(offer, analyzer);
        var chosen = Candidates(query).Select(x => (x.Competency, Confidence: LinkConfidence.Of(x.Features)))
            .Where(x => x.Confidence >= minConfidence)
            .OrderByDescending(x => x.Confidence).ThenBy(x => competencies[x.Competency].Key, StringComparer.Ordinal).Take(max).ToList();
        if (chosen.Count == 0) return [];
        var depth = LevelEstimate.Read(offer);
        return chosen.Select(x =>
        {
            var (entry, exit) = LevelEstimate.For(depth, LevelEstimate.ClosestLevel(query, index.Levels[x.Competency]));
            return new CompetencyLink(competencies[x.Competency].Key, competencies[x.Competency].Name, entry, exit, Math.Round(x.Confidence, 3), Evidence(query, x.Competency));
        }).ToList();
    }

    /// <summary>Every competency the offer shares a term with, and what the confidence is made of; for calibrating <see cref="LinkConfidence"/>.</summary>
    internal IEnumerable<(string Key, LinkFeatures Features)> Candidates(OfferText offer) =>
        Candidates(OfferQuery.Read(offer, analyzer)).Select(c => (competencies[c.Competency].Key, c.Features));

    private List<(int Competency, LinkFeatures Features)> Candidates(Dictionary<string, QueryTerm> query)
    {
        var scores = new double[competencies.Count];
        foreach (var (term, q) in query)
            foreach (var posting in index.For(term))
                scores[posting.Competency] += q.Weight * posting.Weight;
        double top = 0, second = 0;
        foreach (var score in scores)
            if (score > top) (top, second) = (score, top);
            else second = Math.Max(second, score);
        var candidates = new List<(int, LinkFeatures)>();
        for (var c = 0; c < scores.Length; c++)
            if (scores[c] > 0 && scores[c] >= MinShare * top)
                candidates.Add((c, new LinkFeatures(scores[c], scores[c] / (scores[c] == top ? second : top), Coverage(query, nameTerms[c]), Coverage(query, signatures[c]))));
        return candidates;
    }

    /// <summary>How much of a set of weighted terms the offer holds.</summary>
    private static double Coverage(Dictionary<string, QueryTerm> query, (string Term, double Weight)[] terms)
    {
        double covered = 0, whole = 0;
        foreach (var (term, weight) in terms)
        {
            whole += weight;
            if (query.ContainsKey(term)) covered += weight;
        }
        return whole > 0 ? covered / whole : 0;
    }

    /// <summary>The offer's words that led to the competency, strongest first, grouped by where they stand on both sides.</summary>
    private List<LinkEvidence> Evidence(Dictionary<string, QueryTerm> query, int competency)
    {
        var groups = new Dictionary<(OfferField Field, CompetencyField Via, int Label), (double Weight, List<string> Words)>();
        foreach (var (term, q) in query)
        {
            if (index.Find(term, competency) is not { } posting) continue;
            var key = (q.Field, posting.Via, posting.Label);
            if (!groups.TryGetValue(key, out var group)) group = (0, []);
            foreach (var word in q.Words)
                if (!group.Words.Contains(word)) group.Words.Add(word);
            groups[key] = (group.Weight + q.Weight * posting.Weight, group.Words);
        }
        return groups.OrderByDescending(g => g.Value.Weight).Take(MaxEvidence)
            .Select(g => new LinkEvidence(g.Key.Field.German(), string.Join(", ", g.Value.Words), Via(g.Key.Via, g.Key.Label, competency))).ToList();
    }

    private string Via(CompetencyField field, int label, int competency) => field switch
    {
        CompetencyField.Name => "Name",
        CompetencyField.Description => "Beschreibung",
        CompetencyField.Levels => "Stufentexte",
        _ => "ESCO: " + competencies[competency].Labels![label],
    };
}
