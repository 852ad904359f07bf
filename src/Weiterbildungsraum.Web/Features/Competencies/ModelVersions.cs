using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies;

/// <summary>Reading a version back into the content shape (for export) and as a snapshot (for comparison).</summary>
public static class ModelVersions
{
    public static async Task<ModelContent?> LoadAsync(AppDbContext db, int versionId, CancellationToken ct)
    {
        var version = await db.FrameworkVersions.AsNoTracking().Include(v => v.Framework).SingleOrDefaultAsync(v => v.Id == versionId, ct);
        if (version is null) return null;
        var competencies = await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId).OrderBy(c => c.Key).ToListAsync(ct);
        var families = await db.JobFamilies.AsNoTracking().Where(f => f.VersionId == versionId)
            .Include(f => f.Roles).ThenInclude(r => r.Profile).ThenInclude(p => p.Competency)
            .OrderBy(f => f.SortOrder).AsSplitQuery().ToListAsync(ct);
        return new ModelContent(
            new FrameworkFile(version.Framework.Key, version.Framework.Name, version.Number, version.Framework.Description),
            competencies.Select(c => new CompetencyFile(c.Key, c.Name, c.Category,
                new Dictionary<string, string> { ["1"] = c.Level1, ["2"] = c.Level2, ["3"] = c.Level3, ["4"] = c.Level4 },
                c.Description, c.Tags, c.EscoUris)).ToList(),
            families.Select(f => new FamilyFile(f.Key, f.Name, f.SortOrder,
                f.Roles.OrderBy(r => r.Key).Select(r => new RoleFile(r.Key, r.Name,
                    r.Profile.OrderBy(p => p.Competency.Key).Select(p => new ProfileEntryFile(p.Competency.Key, p.TargetNow, p.TargetFuture, p.Weight)).ToList(),
                    r.Description, r.KldbCode, r.EscoOccupationUri)).ToList(), f.Description)).ToList());
    }

    public static ModelSnapshot Snapshot(ModelContent model) => new(
        model.Competencies.ToDictionary(c => c.Key, c => c.Name),
        model.Families.SelectMany(f => f.Roles).ToDictionary(r => r.Key,
            r => (IReadOnlyDictionary<string, TargetSnapshot>)r.Profile.ToDictionary(p => p.Competency, p => new TargetSnapshot(p.TargetNow, p.TargetFuture, p.Weight))))
    {
        Competencies = model.Competencies.ToDictionary(c => c.Key, c => new CompetencySnapshot(
            c.Category, c.Description ?? "", [.. c.Levels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value)], c.Tags ?? [], c.EscoUris ?? [])),
        RoleDetails = model.Families.SelectMany(f => f.Roles.Select(r => (r.Key, Details: new RoleSnapshot(r.Name, f.Key)))).ToDictionary(r => r.Key, r => r.Details),
        FamilyNames = model.Families.ToDictionary(f => f.Key, f => f.Name),
    };
}
