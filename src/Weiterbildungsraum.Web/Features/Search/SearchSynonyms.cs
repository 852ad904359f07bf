using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>
/// Synonym groups from the data: every imported ESCO skill with its preferred and alternative labels, and every
/// competency of the current model with the labels of the ESCO skills it links to. A query for an alternative label
/// thus finds offers that name the preferred label, and offers that teach the linked competency (its name is indexed
/// with each offer). Query-time only: an import changes the next search, not the index.
/// </summary>
public static class SearchSynonyms
{
    /// <summary>Changes whenever the groups may have changed: an ESCO import, a newly published model version.</summary>
    public sealed record Stamp(int Skills, DateTime? LastImport, int ModelVersion);

    public static async Task<Stamp> StampAsync(AppDbContext db, CancellationToken ct)
    {
        var skills = db.EscoConcepts.Where(c => c.Kind == EscoKind.Skill);
        return new Stamp(await skills.CountAsync(ct), await skills.MaxAsync(c => (DateTime?)c.ImportedAt, ct), await CurrentModel.VersionIdAsync(db, ct));
    }

    public static async Task<List<IReadOnlyList<string>>> GroupsAsync(AppDbContext db, CancellationToken ct)
    {
        var skills = await db.EscoConcepts.AsNoTracking().Where(c => c.Kind == EscoKind.Skill)
            .Select(c => new { c.Uri, c.PreferredLabel, c.AltLabels }).ToListAsync(ct);
        var groups = new List<IReadOnlyList<string>>();
        if (skills.Count == 0) return groups;
        var labels = skills.ToDictionary(s => s.Uri, s => (IReadOnlyList<string>)[s.PreferredLabel, .. s.AltLabels], StringComparer.Ordinal);

        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var competencies = await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId)
            .Select(c => new { c.Name, c.EscoUris }).ToListAsync(ct);
        foreach (var competency in competencies)
        {
            // One group per linked skill: a label of one skill should not pull in the labels of another.
            foreach (var uri in competency.EscoUris.Where(labels.ContainsKey))
                groups.Add([competency.Name, .. labels[uri]]);
        }
        // After the competency groups: a label's alternatives are bounded, and the competency name is the one every teaching offer carries.
        groups.AddRange(labels.Values.Where(l => l.Count > 1));
        return groups;
    }
}
