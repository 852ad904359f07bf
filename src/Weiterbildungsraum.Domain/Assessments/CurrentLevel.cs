namespace Weiterbildungsraum.Domain.Assessments;

public sealed record Rating(string CompetencyKey, int Level, RatingSource Source, DateTime RatedAt);

/// <summary>
/// Which rating counts as Ist when several exist (docs/decisions/002-current-level.md):
/// the newest level agreed in a development talk; else the newest manager rating or certificate;
/// else the newest self rating.
/// </summary>
public static class CurrentLevel
{
    public static Rating? Decide(IEnumerable<Rating> ratingsOfOneCompetency)
    {
        var ratings = ratingsOfOneCompetency.ToList();
        return Newest(ratings, RatingSource.Agreed)
            ?? Newest(ratings, RatingSource.Manager, RatingSource.Certificate)
            ?? Newest(ratings, RatingSource.Self);
    }

    public static IReadOnlyDictionary<string, int> Levels(IEnumerable<Rating> ratings) =>
        ratings.GroupBy(r => r.CompetencyKey)
            .Select(g => Decide(g))
            .Where(r => r is not null)
            .ToDictionary(r => r!.CompetencyKey, r => r!.Level);

    private static Rating? Newest(List<Rating> ratings, params RatingSource[] sources) =>
        ratings.Where(r => sources.Contains(r.Source)).MaxBy(r => r.RatedAt);
}
