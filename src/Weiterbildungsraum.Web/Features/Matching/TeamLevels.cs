using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Matching;

public sealed record TeamMember(int PersonId, string Name, string? RoleKey, int? BirthYear, IReadOnlyList<Gap> Gaps, GapAnalysisResult Analysis);

/// <summary>
/// The employees of one organisation with their Ist (CurrentLevel: agreed → manager/certificate → self, self only when shared)
/// compared with their role's Soll — the company role when they have one, else the REGIO role.
/// </summary>
public static class TeamLevels
{
    public static async Task<List<TeamMember>> LoadAsync(AppDbContext db, int organisationId, string? roleKey, Horizon horizon, CancellationToken ct = default)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => p.OrganisationId == organisationId && (roleKey == null || p.RoleKey == roleKey))
            .OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.RoleKey, p.CompanyRoleId, p.BirthYear, p.SharesSelfAssessments })
            .ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var ratings = (await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.PersonId))
                .Select(a => new { a.PersonId, a.CompetencyKey, a.Level, a.Source, a.AssessedAt }).ToListAsync(ct))
            .ToLookup(a => a.PersonId);
        var profiles = new Dictionary<string, List<ProfileTarget>>();
        var members = new List<TeamMember>();
        foreach (var p in people)
        {
            var profile = await ProfileAsync(db, p.CompanyRoleId, organisationId, p.RoleKey, profiles, ct);
            if (profile is null) continue;
            var visible = ratings[p.Id].Where(a => a.Source != RatingSource.Self || p.SharesSelfAssessments)
                .Select(a => new Rating(a.CompetencyKey, a.Level, a.Source, a.AssessedAt));
            var analysis = GapAnalysis.Compare(profile, CurrentLevel.Levels(visible), horizon);
            members.Add(new TeamMember(p.Id, $"{p.FirstName} {p.LastName}", p.RoleKey, p.BirthYear, analysis.Gaps, analysis));
        }
        return members;
    }

    private static async Task<List<ProfileTarget>?> ProfileAsync(
        AppDbContext db, int? companyRoleId, int organisationId, string? roleKey, Dictionary<string, List<ProfileTarget>> cache, CancellationToken ct)
    {
        var cacheKey = companyRoleId is { } id ? $"company:{id}" : $"regio:{roleKey}";
        if (cache.TryGetValue(cacheKey, out var cached)) return cached;
        List<ProfileTarget>? profile = null;
        if (companyRoleId is not null)
            profile = await db.CompanyRoleEntries.AsNoTracking()
                .Where(e => e.CompanyRoleId == companyRoleId && e.CompanyRole.OrganisationId == organisationId)
                .Select(e => new ProfileTarget(e.CompetencyKey, e.CompetencyName, e.TargetNow, e.TargetFuture, e.Weight)).ToListAsync(ct);
        else if (roleKey is not null && await RoleProfileQuery.LoadAsync(db, roleKey, ct) is { } regio)
            profile = regio.Competencies.Select(c => new ProfileTarget(c.Id, c.Name, c.TargetNow, c.TargetFuture, c.Weight)).ToList();
        if (profile is not null) cache[cacheKey] = profile;
        return profile;
    }
}
