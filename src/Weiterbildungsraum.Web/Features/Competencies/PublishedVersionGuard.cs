using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies;

/// <summary>Thrown when a save would change a published version of a competency model.</summary>
public sealed class PublishedVersionException(int number)
    : InvalidOperationException($"Version {number} ist veröffentlicht und ändert sich nicht mehr; Änderungen gehören in einen Entwurf.")
{
    public int Number { get; } = number;
}

/// <summary>
/// The last line behind "a published version never changes": every save that adds, changes or removes a
/// family, role, competency or profile entry of a published version — or changes the published version
/// itself — is refused. The editing pages and endpoints check the status first and answer 409; this
/// guard catches every other path through SaveChanges (bulk ExecuteUpdate/ExecuteDelete is not used on the model).
/// </summary>
public static class PublishedVersionGuard
{
    private sealed record Touched(HashSet<int> Versions, HashSet<int> Families, HashSet<int> Roles, int? PublishedVersionChanged);

    public static void Check(AppDbContext db)
    {
        if (Collect(db) is not { } touched) return;
        if (Query(db, touched).FirstOrDefault() is var number and > 0) throw new PublishedVersionException(number);
    }

    public static async Task CheckAsync(AppDbContext db, CancellationToken ct)
    {
        if (Collect(db) is not { } touched) return;
        if (await Query(db, touched).FirstOrDefaultAsync(ct) is var number and > 0) throw new PublishedVersionException(number);
    }

    private static IQueryable<int> Query(AppDbContext db, Touched t) =>
        db.FrameworkVersions.AsNoTracking()
            .Where(v => v.Status == VersionStatus.Published && (t.Versions.Contains(v.Id)
                || v.Families.Any(f => t.Families.Contains(f.Id) || f.Roles.Any(r => t.Roles.Contains(r.Id)))))
            .Select(v => v.Number);

    private static Touched? Collect(AppDbContext db)
    {
        var touched = new Touched([], [], [], null);
        var any = false;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            switch (entry.Entity)
            {
                case FrameworkVersion when entry.State != EntityState.Added
                    && entry.Property(nameof(FrameworkVersion.Status)).OriginalValue is VersionStatus.Published:
                    throw new PublishedVersionException((int)entry.Property(nameof(FrameworkVersion.Number)).OriginalValue!);
                case JobFamily:
                    any |= Add(entry, nameof(JobFamily.VersionId), touched.Versions);
                    break;
                case Competency:
                    any |= Add(entry, nameof(Competency.VersionId), touched.Versions);
                    break;
                case Role:
                    any |= Add(entry, nameof(Role.FamilyId), touched.Families);
                    break;
                case RoleProfileEntry:
                    any |= Add(entry, nameof(RoleProfileEntry.RoleId), touched.Roles);
                    break;
            }
        }
        return any ? touched : null;
    }

    /// <summary>The parent before and after the change; temporary ids of parents added in the same save match nothing.</summary>
    private static bool Add(EntityEntry entry, string foreignKey, HashSet<int> ids)
    {
        var property = entry.Property(foreignKey);
        if (property.IsTemporary) return false;
        ids.Add((int)property.CurrentValue!);
        if (entry.State != EntityState.Added) ids.Add((int)property.OriginalValue!);
        return true;
    }
}
