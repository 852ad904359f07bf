using Weiterbildungsraum.Domain.Geo;
namespace Weiterbildungsraum.Domain.Matching;

public enum LearningFormat { Onsite, Online, Blended, Inhouse }

/// <summary>
/// A competency an offer teaches: who may start (entry level) and where it takes them (exit level). Confidence is 1 for a
/// link the provider set or confirmed and below 1 for one the linker found in the offer's text; it scales the link's points.
/// </summary>
public sealed record TaughtCompetency(string CompetencyKey, int EntryLevel, int ExitLevel, double Confidence = 1)
{
    public bool IsAutomatic => Confidence < 1;
}

/// <summary>One run of an offer. Location is null when it is not known or does not matter (online).</summary>
public sealed record CandidateSession(int Id, DateOnly Start, DateOnly End, LearningFormat Format, GeoPoint? Location, string Town)
{
    /// <summary>Online and inhouse runs come to the learner; the distance to a venue does not matter.</summary>
    public bool NeedsTravel => Format is not (LearningFormat.Online or LearningFormat.Inhouse);
}

public sealed record CandidateOffer(
    int Id,
    string Title,
    decimal Price,
    int Hours,
    bool Azav,
    string Language,
    IReadOnlyList<TaughtCompetency> Teaches,
    IReadOnlyList<CandidateSession> Sessions,
    bool LeadsToQualification = false);
