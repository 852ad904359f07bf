using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>Per competency: the newest rating of each source side by side, and the one that counts as Ist.</summary>
public sealed record RatingComparison(ProfileTarget Target, Rating? Self, Rating? Manager, Rating? Agreed, Rating? Current)
{
    public static IReadOnlyList<RatingComparison> Of(IReadOnlyList<ProfileTarget> profile, IEnumerable<Rating> ratings)
    {
        var byKey = ratings.ToLookup(r => r.CompetencyKey);
        return profile.Select(t =>
        {
            var own = byKey[t.CompetencyKey].ToList();
            return new RatingComparison(t,
                own.Where(r => r.Source == RatingSource.Self).MaxBy(r => r.RatedAt),
                own.Where(r => r.Source is RatingSource.Manager or RatingSource.Certificate).MaxBy(r => r.RatedAt),
                own.Where(r => r.Source == RatingSource.Agreed).MaxBy(r => r.RatedAt),
                CurrentLevel.Decide(own));
        }).ToList();
    }

    public static string SourceName(RatingSource source) => source switch
    {
        RatingSource.Self => "Selbst",
        RatingSource.Manager => "Führungskraft",
        RatingSource.Certificate => "Nachweis",
        RatingSource.Agreed => "Vereinbart",
        _ => source.ToString(),
    };
}
