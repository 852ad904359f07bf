using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Features.Competencies;

[Authorize(Policy = Policies.Coordinator)]
public sealed class ModelReviewModel(AppDbContext db) : PageModel
{
    public sealed record ReviewEntry(string Name, Domain.Competencies.CompetencyCategory Category, List<string> Tags, int TargetNow, int TargetFuture, int Weight);
    public sealed record ReviewRole(string Key, string Name, string Description, string? Kldb, string? EscoOccupationUri, List<ReviewEntry> Profile);
    public sealed record ReviewFamily(string Key, string Name, string Description, List<ReviewRole> Roles);
    /// <summary>The German label of an imported ESCO concept; absent when the taxonomy has not been imported.</summary>
    public sealed record EscoLabel(string Label, bool IsGroup);

    public string FrameworkName { get; private set; } = "";
    public int VersionNumber { get; private set; }
    public List<ReviewFamily> Families { get; private set; } = [];
    public List<Competency> Competencies { get; private set; } = [];
    public Dictionary<string, EscoLabel> EscoLabels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var version = await db.FrameworkVersions.AsNoTracking().Include(v => v.Framework).SingleAsync(v => v.Id == versionId, ct);
        FrameworkName = version.Framework.Name;
        VersionNumber = version.Number;
        var families = await db.JobFamilies.AsNoTracking().Where(f => f.VersionId == versionId)
            .Include(f => f.Roles).ThenInclude(r => r.Profile).ThenInclude(p => p.Competency)
            .OrderBy(f => f.SortOrder).AsSplitQuery().ToListAsync(ct);
        Families = families.Select(f => new ReviewFamily(f.Key, f.Name, f.Description, f.Roles.OrderBy(r => r.Name).Select(r => new ReviewRole(r.Key, r.Name, r.Description, r.KldbCode, r.EscoOccupationUri,
            r.Profile.OrderBy(p => p.Competency.Category).ThenByDescending(p => p.Weight).ThenBy(p => p.Competency.Name)
                .Select(p => new ReviewEntry(p.Competency.Name, p.Competency.Category, p.Competency.Tags, p.TargetNow, p.TargetFuture, p.Weight)).ToList())).ToList())).ToList();
        Competencies = await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId).OrderBy(c => c.Name).ToListAsync(ct);

        var uris = Families.SelectMany(f => f.Roles).Select(r => r.EscoOccupationUri).OfType<string>()
            .Concat(Competencies.SelectMany(c => c.EscoUris)).Distinct(StringComparer.Ordinal).ToList();
        EscoLabels = (await db.EscoConcepts.AsNoTracking().Where(c => uris.Contains(c.Uri) && c.PreferredLabel != "")
                .Select(c => new { c.Uri, c.PreferredLabel, c.Kind }).ToListAsync(ct))
            .ToDictionary(c => c.Uri, c => new EscoLabel(c.PreferredLabel, c.Kind == EscoKind.SkillGroup), StringComparer.Ordinal);
    }
}
