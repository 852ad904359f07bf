using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>
/// Offers by the competencies they teach, built once for many people (a team): each person's recommendations then
/// look only at offers that touch one of their gaps instead of at all offers.
/// </summary>
public sealed class OfferIndex
{
    private readonly IReadOnlyList<CandidateOffer> offers;
    private readonly Dictionary<string, List<int>> byCompetency = new(StringComparer.Ordinal);

    public OfferIndex(IReadOnlyList<CandidateOffer> offers)
    {
        this.offers = offers;
        for (var i = 0; i < offers.Count; i++)
            foreach (var taught in offers[i].Teaches)
            {
                if (!byCompetency.TryGetValue(taught.CompetencyKey, out var list)) byCompetency[taught.CompetencyKey] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
    }

    /// <summary>The offers teaching any of the gaps' competencies, each once, in the original order.</summary>
    public IEnumerable<CandidateOffer> Touching(IEnumerable<Gap> gaps)
    {
        var marked = new bool[offers.Count];
        foreach (var gap in gaps)
            if (gap.Size > 0 && byCompetency.TryGetValue(gap.CompetencyKey, out var list))
                foreach (var i in list) marked[i] = true;
        for (var i = 0; i < marked.Length; i++)
            if (marked[i]) yield return offers[i];
    }
}
