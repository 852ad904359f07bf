using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies;

public sealed record ProfileCompetency(
    string Id, string Name, string Description, CompetencyCategory Category, IReadOnlyList<string> Tags,
    int TargetNow, int TargetFuture, int Weight, IReadOnlyList<string> EscoUris, IReadOnlyList<string> Levels);

public sealed record RoleSummary(string Id, string Name, string Description, string? Kldb, string? EscoOccupationUri, string FamilyId, string FamilyName);

public sealed record RoleProfile(RoleSummary Role, IReadOnlyList<ProfileCompetency> Competencies);

/// <summary>A role with its Soll profile, as pages and the API show it.</summary>
public static class RoleProfileQuery
{
    public static async Task<RoleProfile?> LoadAsync(AppDbContext db, string roleKey, CancellationToken ct = default)
    {
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var role = await CurrentModel.Roles(db, versionId)
            .Where(r => r.Key == roleKey)
            .Select(r => new RoleSummary(r.Key, r.Name, r.Description, r.KldbCode, r.EscoOccupationUri, r.Family.Key, r.Family.Name))
            .SingleOrDefaultAsync(ct);
        if (role is null) return null;
        var entries = await db.RoleProfileEntries.AsNoTracking()
            .Where(e => e.Role.Key == roleKey && e.Role.Family.VersionId == versionId)
            .Select(e => new { e.TargetNow, e.TargetFuture, e.Weight, e.Competency })
            .ToListAsync(ct);
        var competencies = entries
            .OrderBy(e => e.Competency.Category).ThenByDescending(e => e.Weight).ThenBy(e => e.Competency.Name, StringComparer.CurrentCulture)
            .Select(e => new ProfileCompetency(
                e.Competency.Key, e.Competency.Name, e.Competency.Description, e.Competency.Category, e.Competency.Tags,
                e.TargetNow, e.TargetFuture, e.Weight, e.Competency.EscoUris, e.Competency.Levels))
            .ToList();
        return new RoleProfile(role, competencies);
    }
}
