using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies;

public sealed record ProfileCompetency(
    string Id, string Name, string Description, CompetencyCategory Category, IReadOnlyList<string> Tags,
    int TargetNow, int TargetFuture, int Weight, IReadOnlyList<string> EscoUris, IReadOnlyList<string> Levels);

public sealed record RoleSummary(string Id, string Name, string Description, string? Kldb, string? EscoOccupationUri, string FamilyId, string FamilyName);

public sealed record RoleProfile(RoleSummary Role, IReadOnlyList<ProfileCompetency> Competencies);

/// <summary>
/// A role with its Soll profile, as pages and the API show it. The current version is always a published one, and a
/// published version never changes, so a profile is kept in memory under the role's stamp (a fresh Guid for every row
/// written): the gap analysis, the check and the recommendations then read one small row instead of the whole profile.
/// </summary>
public static class RoleProfileQuery
{
    private const int MaxCachedProfiles = 5_000;
    private static readonly ConcurrentDictionary<(Guid Stamp, string Key), IReadOnlyList<ProfileCompetency>> ProfilesByStamp = new();

    public static async Task<RoleProfile?> LoadAsync(AppDbContext db, string roleKey, CancellationToken ct = default)
    {
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var role = await CurrentModel.Roles(db, versionId)
            .Where(r => r.Key == roleKey)
            .Select(r => new { r.Version, Summary = new RoleSummary(r.Key, r.Name, r.Description, r.KldbCode, r.EscoOccupationUri, r.Family.Key, r.Family.Name) })
            .SingleOrDefaultAsync(ct);
        if (role is null) return null;
        // Rows from before stamps existed all carry the empty Guid; they are read every time.
        if (role.Version != Guid.Empty && ProfilesByStamp.TryGetValue((role.Version, roleKey), out var cached))
            return new RoleProfile(role.Summary, cached);
        var competencies = await LoadCompetenciesAsync(db, roleKey, versionId, ct);
        if (role.Version != Guid.Empty)
        {
            if (ProfilesByStamp.Count >= MaxCachedProfiles) ProfilesByStamp.Clear();
            ProfilesByStamp[(role.Version, roleKey)] = competencies;
        }
        return new RoleProfile(role.Summary, competencies);
    }

    private static async Task<IReadOnlyList<ProfileCompetency>> LoadCompetenciesAsync(AppDbContext db, string roleKey, int versionId, CancellationToken ct)
    {
        var entries = await db.RoleProfileEntries.AsNoTracking()
            .Where(e => e.Role.Key == roleKey && e.Role.Family.VersionId == versionId)
            .Select(e => new { e.TargetNow, e.TargetFuture, e.Weight, e.Competency })
            .ToListAsync(ct);
        return entries
            .OrderBy(e => e.Competency.Category).ThenByDescending(e => e.Weight).ThenBy(e => e.Competency.Name, StringComparer.CurrentCulture)
            .Select(e => new ProfileCompetency(
                e.Competency.Key, e.Competency.Name, e.Competency.Description, e.Competency.Category, e.Competency.Tags,
                e.TargetNow, e.TargetFuture, e.Weight, e.Competency.EscoUris, e.Competency.Levels))
            .ToList();
    }
}
