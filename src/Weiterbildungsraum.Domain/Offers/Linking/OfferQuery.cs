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
    // Most terms stand in one or two fields: a short list is cheaper than a slot for every field.
    private readonly List<(OfferField Field, double Frequency)> fields = new(2);
    private readonly List<(OfferField Field, string Word)> words = new(2);

    public double Weight { get; private set; }
    public OfferField Field { get; private set; }
    public IEnumerable<string> Words => words.Where(w => w.Field == Field).Select(w => w.Word);

    public void Add(OfferField field, in LinkTerm term)
    {
        var i = 0;
        while (i < fields.Count && fields[i].Field != field) i++;
        if (i == fields.Count) fields.Add((field, term.Weight));
        else fields[i] = (field, fields[i].Frequency + term.Weight);
        if (!words.Contains((field, term.Word))) words.Add((field, term.Word));
    }

    public void Weigh(double[] boost)
    {
        double strongest = 0;
        foreach (var (field, frequency) in fields)
        {
            // Saturates: the fifth "Lager" in a description says little more than the second.
            var part = boost[(int)field] * 2 * frequency / (frequency + 1);
            Weight += part;
            if (part > strongest)
            {
                strongest = part;
                Field = field;
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
