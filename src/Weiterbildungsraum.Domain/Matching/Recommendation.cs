using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>One gap an offer closes (fully or partly): points = weight × levels closed.</summary>
public sealed record ClosedGap(string CompetencyKey, string Name, int From, int To, int Weight)
{
    public int Points => Weight * (To - From);
}

/// <summary>An offer starts above the learner's level + 1; Suggested brings them to its entry level, if one fits.</summary>
public sealed record MissingPrerequisite(string CompetencyKey, string Name, int Actual, int EntryLevel, int? SuggestedOfferId, string? SuggestedTitle);

/// <summary>What funding would pay, as estimated by the caller (guidance, not a decision).</summary>
public sealed record FundingHint(decimal PriceAfterFunding, string ProgrammeName);

public sealed record Recommendation(
    CandidateOffer Offer,
    int Score,
    IReadOnlyList<ClosedGap> Closes,
    IReadOnlyList<MissingPrerequisite> MissingPrerequisites,
    EligibleRun NextRun,
    FundingHint? Funding,
    IReadOnlyList<string> Reasons)
{
    public bool HasMissingPrerequisite => MissingPrerequisites.Count > 0;
}

/// <summary>The ranked offers, and the gaps no fitting offer raises at all (unmet demand).</summary>
public sealed record RecommendationResult(IReadOnlyList<Recommendation> Items, IReadOnlyList<Gap> Uncovered);
