using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Funding;

namespace Weiterbildungsraum.Web.Content;

/// <summary>
/// Loads content/funding/programmes.json, read and checked by <see cref="ContentReader.ReadFunding"/>. A programme version (key + valid-from) that exists is never touched again,
/// so admins' edits survive restarts; a new valid-from date in the file adds a new version.
/// </summary>
public static class FundingSeeder
{
    public static async Task SeedAsync(AppDbContext db, IReadOnlyList<FundingProgrammeFile> programmes, DateTime now, CancellationToken ct = default)
    {
        var existing = (await db.FundingProgrammes.Select(p => new { p.Key, p.ValidFrom }).ToListAsync(ct))
            .Select(p => (p.Key, p.ValidFrom)).ToHashSet();
        foreach (var p in programmes.Where(p => !existing.Contains((p.Key, p.ValidFrom))))
            db.FundingProgrammes.Add(new FundingProgramme
            {
                Key = p.Key, Name = p.Name, Description = p.Description ?? "", RulesJson = p.Rules.GetRawText(),
                ValidFrom = p.ValidFrom, ValidUntil = p.ValidUntil, Source = p.Source, Note = p.Note ?? "", UpdatedAt = now,
            });
        await db.SaveChangesAsync(ct);
    }
}
