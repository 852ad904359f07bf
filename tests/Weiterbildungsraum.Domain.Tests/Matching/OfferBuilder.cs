using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Matching;

namespace Weiterbildungsraum.Domain.Tests.Matching;

/// <summary>Small builders for matching tests.</summary>
internal static class Build
{
    public static readonly DateOnly Today = new(2026, 3, 2);
    public static readonly GeoPoint Dortmund = new(51.5136, 7.4653);
    public static readonly GeoPoint Hamm = new(51.6739, 7.8150);
    public static readonly GeoPoint Cologne = new(50.9375, 6.9603);

    public static Gap Gap(string key, int actual, int target, int weight = 1) => new(key, key.ToUpperInvariant(), target, actual, weight);

    public static TaughtCompetency Teaches(string key, int entry, int exit) => new(key, entry, exit);

    public static CandidateSession Session(int id, int startInDays, int days = 3, LearningFormat format = LearningFormat.Onsite, GeoPoint? at = null) =>
        new(id, Today.AddDays(startInDays), Today.AddDays(startInDays + days - 1), format, at ?? (format == LearningFormat.Online ? null : Dortmund), "Dortmund");

    public static CandidateOffer Offer(int id, decimal price, TaughtCompetency[] teaches, params CandidateSession[] sessions) =>
        new(id, $"Angebot {id}", price, 40, false, "de", teaches, sessions.Length == 0 ? [Session(id * 10, 14)] : sessions);
}
