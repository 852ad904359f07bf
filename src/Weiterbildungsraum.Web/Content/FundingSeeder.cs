using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Funding;

namespace Weiterbildungsraum.Web.Content;

public sealed record FundingProgrammeFile(
    string Key, string Name, DateOnly ValidFrom, string Source, JsonElement Rules,
    string? Description = null, DateOnly? ValidUntil = null, string? Note = null);

/// <summary>
/// Loads content/funding/programmes.json. A programme version (key + valid-from) that exists is never touched again,
/// so admins' edits survive restarts; a new valid-from date in the file adds a new version.
/// </summary>
public static class FundingSeeder
{
    public static async Task SeedAsync(AppDbContext db, string contentRoot, DateTime now, CancellationToken ct = default)
    {
        var file = Path.Combine(contentRoot, "funding", "programmes.json");
        if (!File.Exists(file)) return;
        List<FundingProgrammeFile> programmes;
        await using (var stream = File.OpenRead(file))
            programmes = await JsonSerializer.DeserializeAsync<List<FundingProgrammeFile>>(stream, ContentJson.Options, ct) ?? [];

        var errors = new List<ContentError>();
        foreach (var p in programmes)
        {
            FundingRulesJson.Parse(p.Rules.GetRawText(), out var ruleErrors);
            errors.AddRange(ruleErrors.Select(e => new ContentError("funding/programmes.json", p.Key, e)));
            if (string.IsNullOrWhiteSpace(p.Source)) errors.Add(new ContentError("funding/programmes.json", p.Key, "Quelle fehlt."));
        }
        if (errors.Count > 0) throw new ContentInvalidException(errors);

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
