namespace Weiterbildungsraum.Domain.Offers.Linking;

/// <summary>The parts of an offer the linker reads.</summary>
internal enum OfferField { Title, Teaches, Keywords, Summary, Description, TargetGroup, EntryRequirements, Qualification }

internal static class OfferFields
{
    /// <summary>The field as the provider's form names it, for the evidence shown beside a link.</summary>
    public static string German(this OfferField field) => field switch
    {
        OfferField.Title => "Titel",
        OfferField.Teaches => "Lernziele",
        OfferField.Keywords => "Schlagworte",
        OfferField.Summary => "Kurzbeschreibung",
        OfferField.Description => "Beschreibung",
        OfferField.TargetGroup => "Zielgruppe",
        OfferField.EntryRequirements => "Voraussetzungen",
        _ => "Abschluss",
    };
}

/// <summary>A term of the offer: how much it weighs over all fields, the field it weighs most in, and the words there that gave it.</summary>
internal sealed class QueryTerm
{
    private static readonly int Fields = Enum.GetValues<OfferField>().Length;
    private readonly double[] frequency = new double[Fields];
    private readonly List<string>?[] words = new List<string>?[Fields];

    public double Weight { get; private set; }
    public OfferField Field { get; private set; }
    public IReadOnlyList<string> Words => words[(int)Field] ?? [];

    public void Add(OfferField field, in LinkTerm term)
    {
        frequency[(int)field] += term.Weight;
        var list = words[(int)field] ??= [];
        if (!list.Contains(term.Word)) list.Add(term.Word);
    }

    public void Weigh(double[] boost)
    {
        double strongest = 0;
        for (var i = 0; i < Fields; i++)
        {
            if (frequency[i] == 0) continue;
            // Saturates: the fifth "Lager" in a description says little more than the second.
            var part = boost[i] * 2 * frequency[i] / (frequency[i] + 1);
            Weight += part;
            if (part > strongest)
            {
                strongest = part;
                Field = (OfferField)i;
            }
        }
    }
}

/// <summary>
/// An offer as the linker's query: its terms weighted by the field they stand in. The title and what the offer says it
/// teaches count most, the provider's search words nearly as much, the summary and description less, and who it is for,
/// what it asks and what it awards least: they say more about people than about the subject.
/// </summary>
internal static class OfferQuery
{
    private static readonly double[] Boost = [3.0, 3.0, 2.5, 1.5, 1.0, 0.3, 0.3, 0.6];

    public static Dictionary<string, QueryTerm> Read(OfferText offer, LinkingAnalyzer analyzer)
    {
        var query = new Dictionary<string, QueryTerm>(StringComparer.Ordinal);
        var seen = new Dictionary<string, AnalyzedWord>(StringComparer.Ordinal);
        var terms = new List<LinkTerm>();
        void Add(OfferField field, string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return;
            terms.Clear();
            analyzer.Analyze(text, terms, seen);
            foreach (var t in terms)
            {
                if (!query.TryGetValue(t.Term, out var q)) query[t.Term] = q = new QueryTerm();
                q.Add(field, t);
            }
        }
        Add(OfferField.Title, offer.Title);
        foreach (var text in offer.Teaches ?? []) Add(OfferField.Teaches, text);
        foreach (var text in offer.Keywords ?? []) Add(OfferField.Keywords, text);
        Add(OfferField.Summary, offer.Summary);
        Add(OfferField.Description, offer.Content);
        Add(OfferField.TargetGroup, offer.TargetGroup);
        Add(OfferField.EntryRequirements, offer.EntryRequirements);
        Add(OfferField.Qualification, offer.Qualification);
        foreach (var q in query.Values) q.Weigh(Boost);
        return query;
    }
}
