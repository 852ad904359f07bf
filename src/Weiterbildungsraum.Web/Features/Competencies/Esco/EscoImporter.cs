using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

public sealed record EscoImportResult(int Added, int Updated, int Unchanged, int RelationsAdded, IReadOnlyList<string> ReadFiles, IReadOnlyList<string> IgnoredFiles);

/// <summary>Loads an ESCO folder into the taxonomy; importing the same files again changes nothing.</summary>
public static class EscoImporter
{
    public static Task<EscoImportResult> ImportAsync(AppDbContext db, string folder, IProgress<string>? progress = null, CancellationToken ct = default) =>
        ImportAsync(db, EscoCsvReader.ReadFolder(folder), progress, ct);

    /// <summary>Writes what was read; a set with problems is refused as a whole, so nothing is half-imported.</summary>
    public static async Task<EscoImportResult> ImportAsync(AppDbContext db, EscoData data, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        if (data.ProblemCount > 0)
            throw new EscoImportException($"{data.ProblemCount} Zeile(n) können nicht übernommen werden, nichts wurde gespeichert:\n" + string.Join("\n", data.Problems.Take(10)));
        progress?.Report($"{data.Concepts.Count} Begriffe und {data.Relations.Count} Beziehungen gelesen aus {string.Join(", ", data.ReadFiles)}.");
        var now = DateTime.UtcNow;
        return await db.InTransactionAsync(async token =>
        {
            var existing = await db.EscoConcepts.ToDictionaryAsync(c => c.Uri, StringComparer.Ordinal, token);
            int added = 0, updated = 0, unchanged = 0;
            foreach (var concept in data.Concepts.Values)
            {
                if (!existing.TryGetValue(concept.Uri, out var current))
                {
                    concept.ImportedAt = now;
                    db.EscoConcepts.Add(concept);
                    added++;
                }
                else if (Apply(current, concept))
                {
                    current.ImportedAt = now;
                    updated++;
                }
                else unchanged++;
            }
            await db.SaveChangesAsync(token);
            progress?.Report($"Begriffe: {added} neu, {updated} geändert, {unchanged} unverändert.");

            var known = (await db.EscoRelations.Select(r => new { r.FromUri, r.ToUri, r.Type }).ToListAsync(token))
                .Select(r => (r.FromUri, r.ToUri, r.Type)).ToHashSet();
            var relations = data.Relations.Where(r => !known.Contains(r)).ToList();
            db.EscoRelations.AddRange(relations.Select(r => new EscoRelation { FromUri = r.From, ToUri = r.To, Type = r.Type }));
            await db.SaveChangesAsync(token);
            db.ChangeTracker.Clear();
            return new EscoImportResult(added, updated, unchanged, relations.Count, data.ReadFiles, data.IgnoredFiles);
        }, ct);
    }

    /// <summary>Takes over what the new files say, without losing labels or collections that other files added.</summary>
    private static bool Apply(EscoConcept current, EscoConcept incoming)
    {
        var changed = false;
        void Set<T>(T value, T now, Action<T> assign)
        {
            if (value is null || (value is string s && s.Length == 0) || EqualityComparer<T>.Default.Equals(value, now)) return;
            assign(value);
            changed = true;
        }
        Set(incoming.PreferredLabel, current.PreferredLabel, v => current.PreferredLabel = v);
        Set(incoming.Description, current.Description, v => current.Description = v);
        Set(incoming.SkillType, current.SkillType, v => current.SkillType = v);
        Set(incoming.ReuseLevel, current.ReuseLevel, v => current.ReuseLevel = v);
        Set(incoming.Code, current.Code, v => current.Code = v);
        var labels = current.AltLabels.Union(incoming.AltLabels).ToList();
        if (labels.Count != current.AltLabels.Count) { current.AltLabels = labels; changed = true; }
        var collections = current.Collections.Union(incoming.Collections).ToList();
        if (collections.Count != current.Collections.Count) { current.Collections = collections; changed = true; }
        return changed;
    }
}
