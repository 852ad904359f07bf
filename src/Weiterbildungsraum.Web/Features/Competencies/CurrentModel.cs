using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies;

/// <summary>The version people see: the newest published version of the REGIO model.</summary>
public static class CurrentModel
{
    public static Task<int> VersionIdAsync(AppDbContext db, CancellationToken ct = default) =>
        db.FrameworkVersions.Where(v => v.Status == VersionStatus.Published)
            .OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Number)
            .Select(v => v.Id).FirstOrDefaultAsync(ct);

    public static IQueryable<JobFamily> Families(AppDbContext db, int versionId) =>
        db.JobFamilies.AsNoTracking().Where(f => f.VersionId == versionId);

    public static IQueryable<Role> Roles(AppDbContext db, int versionId) =>
        db.JobRoles.AsNoTracking().Where(r => r.Family.VersionId == versionId);
}
