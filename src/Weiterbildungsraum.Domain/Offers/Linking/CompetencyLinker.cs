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
/// Links offers to the competencies of the current model that they teach.
/// </summary>
public sealed class CompetencyLinker
{
    public const double LinkThreshold = 0.15;
    private readonly CompetencySuggester suggester;

    public CompetencyLinker(IEnumerable<CompetencyText> model) => suggester = new CompetencySuggester(model);

    /// <summary>The model's competencies by how well they fit the offer, best first — what a provider is offered to choose from.</summary>
    public IReadOnlyList<CompetencyLink> Rank(OfferText offer, int max = 8) =>
        suggester.Suggest(offer.Title, offer.Summary, string.Join(" ", [offer.Content, .. offer.Teaches ?? [], .. offer.Keywords ?? []]), max)
            .Select(s => new CompetencyLink(s.Key, s.Name, 0, 2, Math.Min(1, s.Score), [])).ToList();

    /// <summary>The competencies to link automatically: those the linker is sure enough of.</summary>
    public IReadOnlyList<CompetencyLink> Link(OfferText offer) => Rank(offer).Where(l => l.Confidence >= LinkThreshold).ToList();
}
