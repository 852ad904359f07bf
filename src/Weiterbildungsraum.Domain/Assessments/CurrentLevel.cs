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

    /// <summary>The Ist of every rated competency; one pass, same rule as <see cref="Decide"/>.</summary>
    public static IReadOnlyDictionary<string, int> Levels(IEnumerable<Rating> ratings)
    {
        var best = new Dictionary<string, Rating>(StringComparer.Ordinal);
        foreach (var rating in ratings)
            if (!best.TryGetValue(rating.CompetencyKey, out var current) || Outranks(rating, current))
                best[rating.CompetencyKey] = rating;
        var levels = new Dictionary<string, int>(best.Count, StringComparer.Ordinal);
        foreach (var (key, rating) in best) levels[key] = rating.Level;
        return levels;
    }

    private static int Rank(RatingSource source) => source switch
    {
        RatingSource.Agreed => 2,
        RatingSource.Manager or RatingSource.Certificate => 1,
        _ => 0,
    };

    private static bool Outranks(Rating candidate, Rating current) =>
        Rank(candidate.Source) > Rank(current.Source)
        || (Rank(candidate.Source) == Rank(current.Source) && candidate.RatedAt > current.RatedAt);

    private static Rating? Newest(List<Rating> ratings, params RatingSource[] sources) =>
        ratings.Where(r => sources.Contains(r.Source)).MaxBy(r => r.RatedAt);
}
