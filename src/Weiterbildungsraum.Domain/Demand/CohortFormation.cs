namespace Weiterbildungsraum.Domain.Demand;

/// <summary>A need a company opened to training with other companies; the window is when the person can attend.</summary>
public sealed record OpenNeed(int NeedId, int PersonId, int OrganisationId, string CompetencyKey, int TargetLevel,
    double Latitude, double Longitude, DateOnly AvailableFrom, DateOnly AvailableTo);

public sealed record CohortRules(double RadiusKm = 25, int MinSize = 4, int MaxSize = 12, int MinOrganisations = 2, int MinWindowDays = 5)
{
    public bool IsValid => RadiusKm > 0 && MinSize >= 2 && MaxSize >= MinSize && MinOrganisations >= 2 && MinWindowDays >= 1;
}

public sealed record CohortProposal(string CompetencyKey, int TargetLevel, Town Venue, DateOnly WindowFrom, DateOnly WindowTo, IReadOnlyList<OpenNeed> Members)
{
    public int Organisations => Members.Select(m => m.OrganisationId).Distinct().Count();

    /// <summary>Which needs the proposal pools; a discarded proposal is remembered by it.</summary>
    public string NeedSet => CohortFormation.NeedSet(Members.Select(m => m.NeedId));
}

/// <summary>
/// Proposes Weiterbildungsverbünde: same competency and target level, people of at least two organisations,
/// all within the radius of one venue town, sharing a window of at least the minimum length, between the
/// minimum and maximum size. Greedy: per need group, take the largest feasible group (closest people first,
/// ties by shorter total distance), remove it, repeat. Each person joins at most one proposal per group.
/// A proposal the coordination discarded is not made again for the same set of needs; its people are left out of
/// this round, so that a smaller copy of the discarded group does not come back either. A new or changed need
/// (shared needs are never edited, only withdrawn and shared anew) makes a different set.
/// </summary>
public static class CohortFormation
{
    public static string NeedSet(IEnumerable<int> needIds) => string.Join(",", needIds.Distinct().Order());

    public static IReadOnlyList<CohortProposal> Propose(IEnumerable<OpenNeed> needs, IEnumerable<Town> venues, CohortRules rules,
        IReadOnlySet<string>? rejectedNeedSets = null)
    {
        if (!rules.IsValid) throw new ArgumentException("Ungültige Regeln für Weiterbildungsverbünde.", nameof(rules));
        var venueList = venues.ToList();
        var proposals = new List<CohortProposal>();
        var groups = needs.Where(n => n.AvailableTo >= n.AvailableFrom)
            .GroupBy(n => (n.CompetencyKey, n.TargetLevel))
            .OrderBy(g => g.Key.CompetencyKey, StringComparer.Ordinal).ThenBy(g => g.Key.TargetLevel);
        foreach (var group in groups)
        {
            var open = group.DistinctBy(n => n.PersonId).OrderBy(n => n.NeedId).ToList();
            while (Best(open, venueList, rules) is { } proposal)
            {
                if (rejectedNeedSets?.Contains(proposal.NeedSet) != true)
                    proposals.Add(proposal with { CompetencyKey = group.Key.CompetencyKey, TargetLevel = group.Key.TargetLevel });
                open.RemoveAll(n => proposal.Members.Contains(n));
            }
        }
        return proposals;
    }

    private static CohortProposal? Best(List<OpenNeed> open, List<Town> venues, CohortRules rules)
    {
        CohortProposal? best = null;
        double bestDistance = double.MaxValue;
        foreach (var venue in venues)
        {
            var near = open.Select(n => (Need: n, Km: RegionTowns.DistanceKm(n.Latitude, n.Longitude, venue.Latitude, venue.Longitude)))
                .Where(x => x.Km <= rules.RadiusKm).ToList();
            // A common window starts at someone's first available day; try each.
            foreach (var start in near.Select(x => x.Need.AvailableFrom).Distinct())
            {
                var end = start.AddDays(rules.MinWindowDays - 1);
                var fits = near.Where(x => x.Need.AvailableFrom <= start && x.Need.AvailableTo >= end)
                    .OrderBy(x => x.Km).ThenBy(x => x.Need.NeedId).Take(rules.MaxSize).ToList();
                if (fits.Count < rules.MinSize || fits.Select(x => x.Need.OrganisationId).Distinct().Count() < rules.MinOrganisations) continue;
                var distance = fits.Sum(x => x.Km);
                if (best is not null && (fits.Count < best.Members.Count || (fits.Count == best.Members.Count && distance >= bestDistance))) continue;
                var members = fits.Select(x => x.Need).ToList();
                best = new CohortProposal("", 0, venue, members.Max(m => m.AvailableFrom), members.Min(m => m.AvailableTo), members);
                bestDistance = distance;
            }
        }
        return best;
    }
}
