using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

/// <summary>One line of a role profile: competency key, Soll today and in three years, weight.</summary>
public sealed record TargetInput(string Competency, int TargetNow, int TargetFuture, int Weight);

public sealed record RoleContent(
    string Key, string Name, string Description, string? Kldb, string? EscoOccupationUri, string FamilyKey, IReadOnlyList<TargetInput> Profile);

/// <summary>Adding, changing and removing roles of the open draft; a role is saved together with its whole profile.</summary>
public static class DraftRoles
{
    public static Task<Role?> FindAsync(AppDbContext db, DraftSummary draft, string key, CancellationToken ct) =>
        db.JobRoles.AsNoTracking().Include(r => r.Family).Include(r => r.Profile).ThenInclude(p => p.Competency)
            .SingleOrDefaultAsync(r => r.Family.VersionId == draft.Id && r.Key == key, ct);

    public static RoleContent ContentOf(Role r) => new(r.Key, r.Name, r.Description, r.KldbCode, r.EscoOccupationUri, r.Family.Key,
        [.. r.Profile.OrderBy(p => p.Competency.Name).Select(p => new TargetInput(p.Competency.Key, p.TargetNow, p.TargetFuture, p.Weight))]);

    public static async Task<EditResult> SaveAsync(AppDbContext db, string? existingKey, RoleContent content, Guid? expected, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return EditResult.NoDraft;
        Role? role = null;
        if (existingKey is not null)
        {
            role = await db.JobRoles.Include(r => r.Profile).SingleOrDefaultAsync(r => r.Family.VersionId == draft.Id && r.Key == existingKey, ct);
            if (role is null) return EditResult.NotFound($"Die Rolle „{existingKey}“ gibt es im Entwurf nicht (mehr).");
            if (expected is null) return EditResult.Invalid([new("version", DraftSaving.MissingVersion)]);
            if (role.Version != expected) return EditResult.Conflict(role.Version);
            content = content with { Key = existingKey };
        }
        content = content with
        {
            Name = content.Name.Trim(), Description = content.Description.Trim(),
            Kldb = string.IsNullOrWhiteSpace(content.Kldb) ? null : content.Kldb.Trim(),
            EscoOccupationUri = string.IsNullOrWhiteSpace(content.EscoOccupationUri) ? null : content.EscoOccupationUri.Trim(),
        };
        var errors = CompetencyRules.CheckRole(content.Key, content.Name, content.Description, content.Kldb, content.EscoOccupationUri).ToList();
        if (role is null && CompetencyRules.IsValidKey(content.Key) && await db.JobRoles.AnyAsync(r => r.Family.VersionId == draft.Id && r.Key == content.Key, ct))
            errors.Add(new("key", $"Den Schlüssel „{content.Key}“ gibt es schon."));
        var family = await db.JobFamilies.SingleOrDefaultAsync(f => f.VersionId == draft.Id && f.Key == content.FamilyKey, ct);
        if (family is null) errors.Add(new("familyKey", $"Die Jobfamilie „{content.FamilyKey}“ gibt es im Entwurf nicht."));
        var keys = content.Profile.Select(p => p.Competency).Distinct().ToList();
        var competencies = await db.Competencies.Where(c => c.VersionId == draft.Id && keys.Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.Id, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < content.Profile.Count; i++)
        {
            var entry = content.Profile[i];
            if (!competencies.ContainsKey(entry.Competency)) errors.Add(new($"profile[{i}].competency", $"Die Kompetenz „{entry.Competency}“ gibt es im Entwurf nicht."));
            else if (!seen.Add(entry.Competency)) errors.Add(new($"profile[{i}].competency", $"Die Kompetenz „{entry.Competency}“ steht doppelt im Profil."));
            errors.AddRange(CompetencyRules.CheckTarget(entry.TargetNow, entry.TargetFuture, entry.Weight).Select(e => e with { Field = $"profile[{i}].{e.Field}" }));
        }
        if (errors.Count > 0) return EditResult.Invalid(errors);

        if (role is null)
        {
            role = new Role { Key = content.Key, Name = content.Name, Family = family! };
            db.JobRoles.Add(role);
        }
        else DraftSaving.Expect(db, role, expected!.Value);
        role.Name = content.Name;
        role.Description = content.Description;
        role.KldbCode = content.Kldb;
        role.EscoOccupationUri = content.EscoOccupationUri;
        role.FamilyId = family!.Id;
        role.Family = family;
        var wanted = content.Profile.ToDictionary(p => competencies[p.Competency]);
        role.Profile.RemoveAll(p => !wanted.ContainsKey(p.CompetencyId));
        foreach (var (competencyId, target) in wanted)
        {
            var entry = role.Profile.FirstOrDefault(p => p.CompetencyId == competencyId);
            if (entry is null) role.Profile.Add(entry = new RoleProfileEntry { CompetencyId = competencyId });
            entry.TargetNow = target.TargetNow;
            entry.TargetFuture = target.TargetFuture;
            entry.Weight = target.Weight;
        }
        return await DraftSaving.CommitAsync(db, role, ct);
    }

    public static async Task<EditResult> DeleteAsync(AppDbContext db, string key, Guid? expected, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return EditResult.NoDraft;
        var role = await db.JobRoles.Include(r => r.Profile).SingleOrDefaultAsync(r => r.Family.VersionId == draft.Id && r.Key == key, ct);
        if (role is null) return EditResult.NotFound($"Die Rolle „{key}“ gibt es im Entwurf nicht (mehr).");
        if (expected is null) return EditResult.Invalid([new("version", DraftSaving.MissingVersion)]);
        if (role.Version != expected) return EditResult.Conflict(role.Version);
        DraftSaving.Expect(db, role, expected.Value);
        db.JobRoles.Remove(role);
        return await DraftSaving.CommitAsync(db, role, ct);
    }
}
