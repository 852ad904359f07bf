using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>One gap an offer closes (fully or partly): points = weight × levels closed × the link's confidence.</summary>
public sealed record ClosedGap(string CompetencyKey, string Name, int From, int To, int Weight, double Confidence = 1)
{
    public double Points => Weight * (To - From) * Confidence;
    public int FullPoints => Weight * (To - From);
    public bool IsAutomatic => Confidence < 1;
}

/// <summary>An offer starts above the learner's level + 1; Suggested brings them to its entry level, if one fits.</summary>
public sealed record MissingPrerequisite(string CompetencyKey, string Name, int Actual, int EntryLevel, int? SuggestedOfferId, string? SuggestedTitle);

/// <summary>What funding would pay, as estimated by the caller (guidance, not a decision).</summary>
public sealed record FundingHint(decimal PriceAfterFunding, string ProgrammeName);

/// <summary>A listed offer. Focus is the share of what the offer teaches that lies in gaps it closes (see <see cref="OfferValue"/>).</summary>
public sealed record Recommendation(
    CandidateOffer Offer,
    double Score,
    IReadOnlyList<ClosedGap> Closes,
    IReadOnlyList<MissingPrerequisite> MissingPrerequisites,
    EligibleRun NextRun,
    FundingHint? Funding,
    IReadOnlyList<string> Reasons,
    double Focus = 1)
{
    public bool HasMissingPrerequisite => MissingPrerequisites.Count > 0;
}

/// <summary>
/// The second step of a path: an offer that closes nothing from today's level, but does once <see cref="After"/> (an offer the
/// person can start now) has ended. Closes start at the level the first step reaches; the run starts after the first step's run ends.
/// </summary>
public sealed record NextStep(
    CandidateOffer Offer,
    double Score,
    IReadOnlyList<ClosedGap> Closes,
    EligibleRun Run,
    CandidateOffer After,
    CandidateSession AfterRun,
    FundingHint? Funding,
    IReadOnlyList<string> Reasons,
    double Focus = 1);

/// <summary>The ranked offers, the gaps no fitting offer raises at all (unmet demand), and offers possible after a first step.</summary>
public sealed record RecommendationResult(IReadOnlyList<Recommendation> Items, IReadOnlyList<Gap> Uncovered, IReadOnlyList<NextStep> NextSteps);
