namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// How often recommendations found no fitting offer for a competency and level, in one town and month. The records hold no
/// person, company or time finer than the month: they cannot be traced back, only counted.
/// </summary>
public sealed record UnmetDemandRecord(string CompetencyKey, int Level, string Town, DateOnly Month, int Count);

/// <summary>One published line of "Bedarf ohne Angebot": a competency, how often it went unmet, the level most often sought.</summary>
public sealed record UnmetDemandRow(string CompetencyKey, int Requests, int MostSoughtLevel, int HighestLevel, DateOnly LastMonth);

public sealed record UnmetDemandSummary(IReadOnlyList<UnmetDemandRow> Rows, int HiddenCompetencies);

public static class UnmetDemand
{
    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The nearest region town within <paramref name="maxKm"/>, so a postcode counts for its town; else null.</summary>
    public static string? NearestTown(double latitude, double longitude, double maxKm = 10) =>
        RegionTowns.All.Select(t => (t.Name, Km: RegionTowns.DistanceKm(latitude, longitude, t.Latitude, t.Longitude)))
            .Where(t => t.Km <= maxKm).OrderBy(t => t.Km).Select(t => t.Name).FirstOrDefault();

    /// <summary>
    /// Per competency, in a town or district (null = the whole region) since a month: shown only when at least the rule's minimum number of
    /// requests went unmet — a request has no person, so the person threshold applies to requests and the company threshold
    /// cannot apply. Largest demand first.
    /// </summary>
    public static UnmetDemandSummary Summarise(IEnumerable<UnmetDemandRecord> records, string? area, DateOnly since, AnonymityRule rule)
    {
        var groups = records
            .Where(r => r.Month >= MonthOf(since) && r.Count > 0 && (area is null || string.Equals(r.Town, area, StringComparison.OrdinalIgnoreCase)
                || string.Equals(RegionTowns.Find(r.Town)?.District, area, StringComparison.OrdinalIgnoreCase)))
            .GroupBy(r => r.CompetencyKey, StringComparer.Ordinal)
            .Select(g => new UnmetDemandRow(g.Key, g.Sum(r => r.Count),
                g.GroupBy(r => r.Level).OrderByDescending(l => l.Sum(r => r.Count)).ThenByDescending(l => l.Key).First().Key,
                g.Max(r => r.Level), g.Max(r => r.Month)))
            .ToList();
        var shown = groups.Where(g => g.Requests >= rule.MinPersons)
            .OrderByDescending(g => g.Requests).ThenBy(g => g.CompetencyKey, StringComparer.Ordinal).ToList();
        return new UnmetDemandSummary(shown, groups.Count - shown.Count);
    }
}
