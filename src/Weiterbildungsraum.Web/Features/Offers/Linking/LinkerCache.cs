using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Linking;
using Weiterbildungsraum.Domain.Text;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Features.Offers.Linking;

/// <summary>The linker of the current model version, with the competencies' names and the ways a file names a competency.</summary>
public sealed class CurrentLinker(int versionId, CompetencyLinker linker, IReadOnlyDictionary<string, string> names, IReadOnlyDictionary<string, string> keysByUriOrName)
{
    public int VersionId { get; } = versionId;
    public CompetencyLinker Linker { get; } = linker;
    public IReadOnlyDictionary<string, string> Names { get; } = names;

    public string NameOf(string key) => Names.GetValueOrDefault(key, key);

    /// <summary>The competency a text names exactly: its key, one of its ESCO URIs, or its name (case and umlaut spelling aside).</summary>
    public string? Resolve(string text)
    {
        var trimmed = text.Trim();
        return Names.ContainsKey(trimmed) ? trimmed : keysByUriOrName.GetValueOrDefault(trimmed) ?? keysByUriOrName.GetValueOrDefault(GermanText.Fold(trimmed));
    }
}

/// <summary>
/// One linker per model version and ESCO state, built on first use and shared by all requests and imports.
/// Publishing a version or importing ESCO changes the stamp, so the next use builds a new one; every instance of the
/// platform sees the change through the database, nothing needs to be told.
/// </summary>
public sealed class LinkerCache
{
    private sealed record Built(Stamp Stamp, CurrentLinker Linker);
    private readonly record struct Stamp(int VersionId, DateTime? EscoImportedAt);

    private readonly SemaphoreSlim building = new(1, 1);
    private volatile Built? current;

    public async Task<CurrentLinker> GetAsync(AppDbContext db, CancellationToken ct = default)
    {
        var stamp = new Stamp(await CurrentModel.VersionIdAsync(db, ct),
            await db.EscoConcepts.Where(c => c.Kind == EscoKind.Skill).MaxAsync(c => (DateTime?)c.ImportedAt, ct));
        if (current is { } cached && cached.Stamp == stamp) return cached.Linker;
        await building.WaitAsync(ct);
        try
        {
            if (current is { } again && again.Stamp == stamp) return again.Linker;
            var linker = await BuildAsync(db, stamp.VersionId, ct);
            current = new Built(stamp, linker);
            return linker;
        }
        finally
        {
            building.Release();
        }
    }

    /// <summary>The model's vocabulary: names, descriptions, level texts and the German ESCO labels of each competency's ESCO skills.</summary>
    private static async Task<CurrentLinker> BuildAsync(AppDbContext db, int versionId, CancellationToken ct)
    {
        var competencies = await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId).OrderBy(c => c.Key)
            .Select(c => new { c.Key, c.Name, c.Description, c.Level1, c.Level2, c.Level3, c.Level4, c.EscoUris }).ToListAsync(ct);
        var uris = competencies.SelectMany(c => c.EscoUris).Distinct().ToList();
        var labels = (await db.EscoConcepts.AsNoTracking().Where(e => uris.Contains(e.Uri))
                .Select(e => new { e.Uri, e.PreferredLabel, e.AltLabels }).ToListAsync(ct))
            .ToDictionary(e => e.Uri, e => (IEnumerable<string>)[e.PreferredLabel, .. e.AltLabels], StringComparer.Ordinal);
        var texts = competencies.Select(c => new CompetencyText(c.Key, c.Name, c.Description, [c.Level1, c.Level2, c.Level3, c.Level4],
            c.EscoUris.SelectMany(u => labels.GetValueOrDefault(u) ?? []).Select(l => l.Trim()).Where(l => l.Length > 0).Distinct().ToList()));
        var byUriOrName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in competencies)
            foreach (var uri in c.EscoUris) byUriOrName.TryAdd(uri, c.Key);
        foreach (var c in competencies) byUriOrName.TryAdd(GermanText.Fold(c.Name), c.Key);
        return new CurrentLinker(versionId, new CompetencyLinker(texts), competencies.ToDictionary(c => c.Key, c => c.Name, StringComparer.Ordinal), byUriOrName);
    }
}
