using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>The gaps of one employee, keyed by something the caller understands (a person id).</summary>
public sealed record EmployeeGaps(int PersonId, string Name, IReadOnlyList<Gap> Gaps);

/// <summary>One competency across a team: how many have a gap and how large it is in total.</summary>
public sealed record TeamGap(string CompetencyKey, string Name, int People, int TotalLevels, int TotalWeighted);

/// <summary>Several employees with the same competency, the same Ist and the same Soll: one run could serve them all.</summary>
public sealed record SharedNeed(string CompetencyKey, string Name, int From, int To, IReadOnlyList<int> PersonIds)
{
    /// <summary>From this many people an inhouse run usually pays; below it a cross-company group (Weiterbildungsverbund) fits better.</summary>
    public const int InhouseFrom = 6;

    public bool SuggestsInhouse => PersonIds.Count >= InhouseFrom;
}

public static class TeamNeeds
{
    public static IReadOnlyList<TeamGap> Aggregate(IEnumerable<EmployeeGaps> team) =>
        team.SelectMany(e => e.Gaps.Where(g => g.Size > 0))
            .GroupBy(g => g.CompetencyKey)
            .Select(g => new TeamGap(g.Key, g.First().Name, g.Count(), g.Sum(x => x.Size), g.Sum(x => x.WeightedSize)))
            .OrderByDescending(g => g.TotalWeighted).ThenByDescending(g => g.People).ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<SharedNeed> Shared(IEnumerable<EmployeeGaps> team, int minimumPeople = 2) =>
        team.SelectMany(e => e.Gaps.Where(g => g.Size > 0).Select(g => (e.PersonId, Gap: g)))
            .GroupBy(x => (x.Gap.CompetencyKey, x.Gap.Actual, x.Gap.Target))
            .Where(g => g.Select(x => x.PersonId).Distinct().Count() >= minimumPeople)
            .Select(g => new SharedNeed(g.Key.CompetencyKey, g.First().Gap.Name, g.Key.Actual, g.Key.Target, g.Select(x => x.PersonId).Distinct().Order().ToList()))
            .OrderByDescending(n => n.PersonIds.Count).ThenBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.From)
            .ToList();
}
