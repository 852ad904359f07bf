using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Assessments;

public sealed record CheckCompetency(
    string Key, string Name, string Description, CompetencyCategory Category, int TargetNow, int TargetFuture, int Weight, IReadOnlyList<string> Levels);

/// <summary>The profile a person checks themselves against: a REGIO role or a company's own role.</summary>
public sealed record CheckProfile(string RouteKey, string RoleName, string FamilyName, string RoleKey, int? CompanyRoleId, IReadOnlyList<CheckCompetency> Competencies)
{
    public IReadOnlyList<CompetencyCategory> Steps { get; } = Competencies.Select(c => c.Category).Distinct().Order().ToList();

    public IReadOnlyList<CheckCompetency> InStep(int step) => Competencies.Where(c => c.Category == Steps[step - 1]).ToList();

    public IReadOnlyList<ProfileTarget> Targets => Competencies.Select(c => new ProfileTarget(c.Key, c.Name, c.TargetNow, c.TargetFuture, c.Weight)).ToList();
}

public static class CheckProfiles
{
    public const string CompanyRolePrefix = "firmenrolle-";

    public static string RouteKeyOf(int companyRoleId) => CompanyRolePrefix + companyRoleId;

    public static async Task<CheckProfile?> LoadAsync(AppDbContext db, string routeKey, CancellationToken ct = default)
    {
        if (routeKey.StartsWith(CompanyRolePrefix, StringComparison.Ordinal))
            return int.TryParse(routeKey[CompanyRolePrefix.Length..], out var id) ? await LoadCompanyRoleAsync(db, id, ct) : null;
        var profile = await RoleProfileQuery.LoadAsync(db, routeKey, ct);
        return profile is null ? null : new CheckProfile(routeKey, profile.Role.Name, profile.Role.FamilyName, routeKey, null,
            profile.Competencies.Select(c => new CheckCompetency(c.Id, c.Name, c.Description, c.Category, c.TargetNow, c.TargetFuture, c.Weight, c.Levels)).ToList());
    }

    public static async Task<CheckProfile?> LoadCompanyRoleAsync(AppDbContext db, int companyRoleId, CancellationToken ct = default)
    {
        var role = await db.CompanyRoles.AsNoTracking().Where(r => r.Id == companyRoleId)
            .Select(r => new { r.Name, Source = r.SourceRole == null ? null : r.SourceRole.Key, Family = r.SourceRole == null ? "" : r.SourceRole.Family.Name })
            .SingleOrDefaultAsync(ct);
        if (role is null) return null;
        var entries = await db.CompanyRoleEntries.AsNoTracking().Where(e => e.CompanyRoleId == companyRoleId).ToListAsync(ct);
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var keys = entries.Select(e => e.CompetencyKey).ToList();
        var regio = await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId && keys.Contains(c.Key)).ToDictionaryAsync(c => c.Key, ct);
        var competencies = entries.Select(e => regio.TryGetValue(e.CompetencyKey, out var c) && e.CompanyDescription is null
                ? new CheckCompetency(e.CompetencyKey, e.CompetencyName, c.Description, c.Category, e.TargetNow, e.TargetFuture, e.Weight, c.Levels)
                : new CheckCompetency(e.CompetencyKey, e.CompetencyName, e.CompanyDescription ?? "", CompetencyCategory.Fachkompetenz, e.TargetNow, e.TargetFuture, e.Weight, []))
            .OrderBy(c => c.Category).ThenByDescending(c => c.Weight).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
        return new CheckProfile(RouteKeyOf(companyRoleId), role.Name, role.Family, role.Source ?? RouteKeyOf(companyRoleId), companyRoleId, competencies);
    }
}
