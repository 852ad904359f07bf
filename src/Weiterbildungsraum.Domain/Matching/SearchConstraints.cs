using Weiterbildungsraum.Domain.Geo;
namespace Weiterbildungsraum.Domain.Matching;

/// <summary>
/// What a learner insists on. Every field is a hard limit: an offer or run that breaks one is never recommended.
/// A radius without an origin is ignored (there is nothing to measure from). The audience is not the learner's choice: the
/// caller sets it from who is signed in and whose data is read; in-house runs fit only a company's audience.
/// </summary>
public sealed record SearchConstraints(
    GeoPoint? Origin = null,
    double? RadiusKm = null,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlySet<LearningFormat>? Formats = null,
    decimal? MaxPrice = null,
    string? Language = null,
    Audience Audience = Audience.Individual)
{
    public static SearchConstraints None { get; } = new();

    /// <summary>No limits, for a company's HR planning for its employees.</summary>
    public static SearchConstraints ForCompany { get; } = new(Audience: Audience.Company);

    public bool Allows(CandidateOffer offer) =>
        (MaxPrice is null || offer.Price <= MaxPrice)
        && (string.IsNullOrWhiteSpace(Language) || string.Equals(offer.Language, Language, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a run fits; returns its distance (null when travel does not matter or no origin is given).</summary>
    public bool Allows(CandidateSession session, DateOnly today, out double? distanceKm)
    {
        distanceKm = null;
        if (session.Format == LearningFormat.Inhouse && Audience != Audience.Company) return false;
        var earliest = From is { } from && from > today ? from : today;
        if (session.Start < earliest) return false;
        if (To is { } to && session.Start > to) return false;
        if (Formats is { Count: > 0 } formats && !formats.Contains(session.Format)) return false;
        if (Origin is not { } origin || !session.NeedsTravel) return true;
        if (session.Location is not { } location) return RadiusKm is null;
        distanceKm = origin.DistanceKmTo(location);
        return RadiusKm is null || distanceKm <= RadiusKm;
    }
}
