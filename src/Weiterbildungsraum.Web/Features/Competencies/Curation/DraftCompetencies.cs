using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

/// <summary>Adding, changing and removing competencies of the open draft.</summary>
public static class DraftCompetencies
{
    public static CompetencyContent ContentOf(Competency c) =>
        new(c.Key, c.Name, c.Description, c.Category, c.Tags, [c.Level1, c.Level2, c.Level3, c.Level4], c.EscoUris);

    public static Task<Competency?> FindAsync(AppDbContext db, DraftSummary draft, string key, CancellationToken ct) =>
        db.Competencies.AsNoTracking().SingleOrDefaultAsync(c => c.VersionId == draft.Id && c.Key == key, ct);

    /// <summary>Creates (existingKey null) or changes a competency; a change needs the stamp the editor saw.</summary>
    public static async Task<EditResult> SaveAsync(AppDbContext db, string? existingKey, CompetencyContent content, Guid? expected, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return EditResult.NoDraft;
        Competency? item = null;
        if (existingKey is not null)
        {
            item = await db.Competencies.SingleOrDefaultAsync(c => c.VersionId == draft.Id && c.Key == existingKey, ct);
            if (item is null) return EditResult.NotFound($"Die Kompetenz „{existingKey}“ gibt es im Entwurf nicht (mehr).");
            if (expected is null) return EditResult.Invalid([new("version", DraftSaving.MissingVersion)]);
            if (item.Version != expected) return EditResult.Conflict(item.Version);
            content = content with { Key = existingKey };
        }
        content = content with { Name = content.Name.Trim(), Description = content.Description.Trim(), Levels = [.. content.Levels.Select(l => l.Trim())] };
        var errors = CompetencyRules.Check(content).ToList();
        var lowered = content.Name.ToLower();
        if (content.Name.Length > 0 && await db.Competencies.AnyAsync(c => c.VersionId == draft.Id && c.Key != content.Key && c.Name.ToLower() == lowered, ct))
            errors.Add(new("name", $"Eine andere Kompetenz heißt schon „{content.Name}“."));
        if (item is null && CompetencyRules.IsValidKey(content.Key) && await db.Competencies.AnyAsync(c => c.VersionId == draft.Id && c.Key == content.Key, ct))
            errors.Add(new("key", $"Den Schlüssel „{content.Key}“ gibt es schon."));
        if (errors.Count > 0) return EditResult.Invalid(errors);

        if (item is null)
        {
            item = new Competency { VersionId = draft.Id, Key = content.Key, Name = content.Name };
            db.Competencies.Add(item);
        }
        else DraftSaving.Expect(db, item, expected!.Value);
        Apply(item, content);
        return await DraftSaving.CommitAsync(db, item, ct);
    }

    /// <summary>Removes a competency and its entries in every role profile of the draft (those roles get a new stamp).</summary>
    public static async Task<EditResult> DeleteAsync(AppDbContext db, string key, Guid? expected, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return EditResult.NoDraft;
        var item = await db.Competencies.SingleOrDefaultAsync(c => c.VersionId == draft.Id && c.Key == key, ct);
        if (item is null) return EditResult.NotFound($"Die Kompetenz „{key}“ gibt es im Entwurf nicht (mehr).");
        if (expected is null) return EditResult.Invalid([new("version", DraftSaving.MissingVersion)]);
        if (item.Version != expected) return EditResult.Conflict(item.Version);
        DraftSaving.Expect(db, item, expected.Value);
        var entries = await db.RoleProfileEntries.Include(e => e.Role).Where(e => e.CompetencyId == item.Id).ToListAsync(ct);
        foreach (var entry in entries)
        {
            db.Entry(entry.Role).Property(r => r.Version).IsModified = true;
            db.RoleProfileEntries.Remove(entry);
        }
        db.Competencies.Remove(item);
        return await DraftSaving.CommitAsync(db, item, ct);
    }

    internal static void Apply(Competency item, CompetencyContent content)
    {
        item.Name = content.Name;
        item.Description = content.Description;
        item.Category = content.Category;
        item.Tags = [.. content.Tags];
        item.EscoUris = [.. content.EscoUris];
        item.Level1 = content.Levels[0];
        item.Level2 = content.Levels[1];
        item.Level3 = content.Levels[2];
        item.Level4 = content.Levels[3];
    }
}
