using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

public sealed record FamilyContent(string Key, string Name, string Description, int Order);

/// <summary>Adding, changing and removing job families of the open draft.</summary>
public static class DraftFamilies
{
    public static Task<JobFamily?> FindAsync(AppDbContext db, DraftSummary draft, string key, CancellationToken ct) =>
        db.JobFamilies.AsNoTracking().Include(f => f.Roles).SingleOrDefaultAsync(f => f.VersionId == draft.Id && f.Key == key, ct);

    public static async Task<EditResult> SaveAsync(AppDbContext db, string? existingKey, FamilyContent content, Guid? expected, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return EditResult.NoDraft;
        JobFamily? family = null;
        if (existingKey is not null)
        {
            family = await db.JobFamilies.SingleOrDefaultAsync(f => f.VersionId == draft.Id && f.Key == existingKey, ct);
            if (family is null) return EditResult.NotFound($"Die Jobfamilie „{existingKey}“ gibt es im Entwurf nicht (mehr).");
            if (expected is null) return EditResult.Invalid([new("version", DraftSaving.MissingVersion)]);
            if (family.Version != expected) return EditResult.Conflict(family.Version);
            content = content with { Key = existingKey };
        }
        content = content with { Name = content.Name.Trim(), Description = content.Description.Trim() };
        var errors = CompetencyRules.CheckFamily(content.Key, content.Name, content.Description).ToList();
        if (family is null && CompetencyRules.IsValidKey(content.Key) && await db.JobFamilies.AnyAsync(f => f.VersionId == draft.Id && f.Key == content.Key, ct))
            errors.Add(new("key", $"Den Schlüssel „{content.Key}“ gibt es schon."));
        if (errors.Count > 0) return EditResult.Invalid(errors);
        if (family is null)
        {
            family = new JobFamily { VersionId = draft.Id, Key = content.Key, Name = content.Name };
            db.JobFamilies.Add(family);
        }
        else DraftSaving.Expect(db, family, expected!.Value);
        family.Name = content.Name;
        family.Description = content.Description;
        family.SortOrder = content.Order;
        return await DraftSaving.CommitAsync(db, family, ct);
    }

    /// <summary>Only an empty family can go: its roles are removed or moved first, so that nothing disappears by accident.</summary>
    public static async Task<EditResult> DeleteAsync(AppDbContext db, string key, Guid? expected, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return EditResult.NoDraft;
        var family = await db.JobFamilies.Include(f => f.Roles).SingleOrDefaultAsync(f => f.VersionId == draft.Id && f.Key == key, ct);
        if (family is null) return EditResult.NotFound($"Die Jobfamilie „{key}“ gibt es im Entwurf nicht (mehr).");
        if (expected is null) return EditResult.Invalid([new("version", DraftSaving.MissingVersion)]);
        if (family.Version != expected) return EditResult.Conflict(family.Version);
        if (family.Roles.Count > 0)
            return EditResult.Invalid([new("roles", $"Die Jobfamilie hat noch {family.Roles.Count} Rollen. Bitte diese zuerst entfernen oder einer anderen Familie zuordnen.")]);
        DraftSaving.Expect(db, family, expected.Value);
        db.JobFamilies.Remove(family);
        return await DraftSaving.CommitAsync(db, family, ct);
    }
}
