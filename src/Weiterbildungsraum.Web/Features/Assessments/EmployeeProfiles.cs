using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>A role as a company uses it: a company role ("c:12") or a REGIO role ("r:key").</summary>
public sealed record RoleRef(string Value, string Name, IReadOnlyList<ProfileTarget> Targets)
{
    public static string Company(int id) => "c:" + id;
    public static string Regio(string key) => "r:" + key;
    public static string? Of(int? companyRoleId, string? roleKey) =>
        companyRoleId is { } id ? Company(id) : roleKey is { } key ? Regio(key) : null;
}

/// <summary>Loads the Soll profiles of many roles at once: one query for REGIO roles, one for company roles.</summary>
public static class EmployeeProfiles
{
    public static async Task<Dictionary<string, RoleRef>> LoadAsync(AppDbContext db, int organisationId,
        IEnumerable<string> regioRoleKeys, CancellationToken ct = default)
    {
        var result = new Dictionary<string, RoleRef>(StringComparer.Ordinal);
        var companyEntries = await db.CompanyRoleEntries.AsNoTracking()
            .Where(e => e.CompanyRole.OrganisationId == organisationId)
            .Select(e => new { e.CompanyRoleId, RoleName = e.CompanyRole.Name, e.CompetencyKey, e.CompetencyName, e.TargetNow, e.TargetFuture, e.Weight })
            .ToListAsync(ct);
        foreach (var role in companyEntries.GroupBy(e => (e.CompanyRoleId, e.RoleName)))
            result[RoleRef.Company(role.Key.CompanyRoleId)] = new RoleRef(RoleRef.Company(role.Key.CompanyRoleId), role.Key.RoleName,
                role.OrderBy(e => e.CompetencyName, StringComparer.CurrentCulture)
                    .Select(e => new ProfileTarget(e.CompetencyKey, e.CompetencyName, e.TargetNow, e.TargetFuture, e.Weight)).ToList());

        var keys = regioRoleKeys.Distinct().ToList();
        if (keys.Count == 0) return result;
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var regioEntries = await db.RoleProfileEntries.AsNoTracking()
            .Where(e => e.Role.Family.VersionId == versionId && keys.Contains(e.Role.Key))
            .Select(e => new { RoleKey = e.Role.Key, RoleName = e.Role.Name, e.Competency.Key, e.Competency.Name, e.TargetNow, e.TargetFuture, e.Weight })
            .ToListAsync(ct);
        foreach (var role in regioEntries.GroupBy(e => (e.RoleKey, e.RoleName)))
            result[RoleRef.Regio(role.Key.RoleKey)] = new RoleRef(RoleRef.Regio(role.Key.RoleKey), role.Key.RoleName,
                role.OrderBy(e => e.Name, StringComparer.CurrentCulture)
                    .Select(e => new ProfileTarget(e.Key, e.Name, e.TargetNow, e.TargetFuture, e.Weight)).ToList());
        return result;
    }

    /// <summary>
    /// The ratings an employer may see, as domain ratings: manager, agreed and certificate always;
    /// self-assessments only of people who share them.
    /// </summary>
    public static async Task<ILookup<int, Rating>> VisibleRatingsAsync(AppDbContext db, int organisationId,
        IReadOnlyCollection<int>? personIds = null, CancellationToken ct = default)
    {
        var query = db.Assessments.AsNoTracking().Where(a => a.Person.OrganisationId == organisationId
            && (a.Source != RatingSource.Self || a.Person.SharesSelfAssessments));
        if (personIds is not null) query = query.Where(a => personIds.Contains(a.PersonId));
        var rows = await query.Select(a => new { a.PersonId, a.CompetencyKey, a.Level, a.Source, a.AssessedAt }).ToListAsync(ct);
        return rows.ToLookup(r => r.PersonId, r => new Rating(r.CompetencyKey, r.Level, r.Source, r.AssessedAt));
    }
}
