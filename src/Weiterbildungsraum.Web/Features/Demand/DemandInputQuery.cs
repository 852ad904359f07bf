using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Demand;

public sealed record DemandInput(List<PersonLevel> Levels, List<SupplySession> Supply, DemandCatalog Catalog, List<QuarterGap> QuarterGaps, IReadOnlyList<string> Quarters);

/// <summary>Reads what the radar aggregates: current levels against REGIO role targets, and upcoming sessions.</summary>
public static class DemandInputQuery
{
    public static async Task<DemandInput> LoadAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var profile = await db.RoleProfileEntries.AsNoTracking()
            .Where(e => e.Role.Family.VersionId == versionId)
            .Select(e => new { FamilyKey = e.Role.Family.Key, FamilyName = e.Role.Family.Name, FamilySort = e.Role.Family.SortOrder, RoleKey = e.Role.Key, RoleName = e.Role.Name, CompetencyKey = e.Competency.Key, CompetencyName = e.Competency.Name, e.TargetNow, e.TargetFuture })
            .ToListAsync(ct);
        var catalog = new DemandCatalog(
            profile.GroupBy(p => (p.FamilyKey, p.FamilyName, p.FamilySort)).OrderBy(f => f.Key.FamilySort).ThenBy(f => f.Key.FamilyName)
                .Select(f => new CatalogFamily(f.Key.FamilyKey, f.Key.FamilyName, f.GroupBy(r => (r.RoleKey, r.RoleName)).OrderBy(r => r.Key.RoleName)
                    .Select(r => new CatalogRole(r.Key.RoleKey, r.Key.RoleName, r.Select(c => c.CompetencyKey).ToList())).ToList()))
                .ToList(),
            profile.DistinctBy(p => p.CompetencyKey).ToDictionary(p => p.CompetencyKey, p => p.CompetencyName));
        var targets = profile.ToDictionary(p => (p.RoleKey, p.CompetencyKey), p => (p.FamilyKey, p.TargetNow, p.TargetFuture));
        var roleFamily = profile.DistinctBy(p => p.RoleKey).ToDictionary(p => p.RoleKey, p => p.FamilyKey);

        var people = await db.People.AsNoTracking().Where(p => p.RoleKey != null)
            .Select(p => new { p.Id, p.OrganisationId, Town = p.Organisation != null ? p.Organisation.Town : "", p.RoleKey })
            .ToDictionaryAsync(p => p.Id, ct);
        var ratings = await db.Assessments.AsNoTracking().Where(a => a.Person.RoleKey != null)
            .Select(a => new { a.PersonId, a.CompetencyKey, a.Level, a.Source, a.AssessedAt })
            .ToListAsync(ct);

        var quarters = TrendQuarters(LocalTime.FromUtc(DateTime.UtcNow), ratings.Select(r => r.AssessedAt).DefaultIfEmpty(DateTime.UtcNow).Min());
        var levels = new List<PersonLevel>();
        var quarterGaps = new Dictionary<(int Person, int Quarter), (int Now, int Future)>();
        foreach (var group in ratings.GroupBy(r => (r.PersonId, r.CompetencyKey)))
        {
            var person = people[group.Key.PersonId];
            if (!targets.TryGetValue((person.RoleKey!, group.Key.CompetencyKey), out var target)) continue;
            var history = group.Select(r => new Rating(r.CompetencyKey, r.Level, r.Source, r.AssessedAt)).ToList();
            var current = CurrentLevel.Decide(history);
            if (current is null) continue;
            levels.Add(new PersonLevel(person.Id, person.OrganisationId ?? -person.Id, RegionTowns.Find(person.Town)?.Name ?? person.Town,
                target.FamilyKey, person.RoleKey!, group.Key.CompetencyKey, current.Level, target.TargetNow, target.TargetFuture, current.RatedAt));
            // The trend takes each quarter's snapshot from the ratings known at its end; a quarter without a new rating keeps the last one.
            history.Sort((a, b) => a.RatedAt.CompareTo(b.RatedAt));
            var known = 0;
            Rating? then = null;
            for (var q = 0; q < quarters.Count; q++)
            {
                var end = DemandTrend.EndOf(quarters[q]);
                var before = known;
                while (known < history.Count && history[known].RatedAt <= end) known++;
                if (known != before) then = CurrentLevel.Decide(history.Take(known));
                if (then is null) continue;
                var sum = quarterGaps.GetValueOrDefault((person.Id, q));
                quarterGaps[(person.Id, q)] = (sum.Now + Math.Max(0, target.TargetNow - then.Level), sum.Future + Math.Max(0, target.TargetFuture - then.Level));
            }
        }
        var gaps = quarterGaps.Select(g =>
        {
            var person = people[g.Key.Person];
            return new QuarterGap(quarters[g.Key.Quarter], person.Id, person.OrganisationId ?? -person.Id, RegionTowns.Find(person.Town)?.Name ?? person.Town,
                roleFamily[person.RoleKey!], person.RoleKey!, g.Value.Now, g.Value.Future);
        }).ToList();

        // Supply is what people can book: published offers of approved providers.
        var supply = await db.OfferCompetencies.AsNoTracking()
            .Where(c => c.Offer.IsPublished && c.Offer.Provider.IsApproved)
            .SelectMany(c => c.Offer.Sessions.Where(s => s.StartDate >= today && !s.IsClosedGroupRun),
                (c, s) => new { s.Id, c.CompetencyKey, c.EntryLevel, c.ExitLevel, s.Town, s.Format })
            .ToListAsync(ct);
        return new DemandInput(levels,
            supply.Select(s => new SupplySession(s.Id, s.CompetencyKey, s.EntryLevel, s.ExitLevel, s.Format == OfferFormat.Online ? null : RegionTowns.Find(s.Town)?.Name ?? s.Town)).ToList(),
            catalog, gaps, quarters);
    }

    /// <summary>The trend's quarters: the last eight up to the current one, not before the first rating.</summary>
    public static IReadOnlyList<string> TrendQuarters(DateTime now, DateTime firstRating)
    {
        var quarters = new List<string>();
        var start = new DateTime(now.Year, (now.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 7; i >= 0; i--)
        {
            var quarterStart = start.AddMonths(-3 * i);
            if (quarterStart.AddMonths(3) > firstRating) quarters.Add(DemandTrend.QuarterOf(quarterStart));
        }
        return quarters;
    }
}
