using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

/// <summary>The coordinators' desk for the model: open a draft, see everything in it, compare with the published version, publish.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class OverviewModel(AppDbContext db) : PageModel
{
    public sealed record RoleRow(string Key, string Name, int Competencies);
    public sealed record FamilyRow(string Key, string Name, List<RoleRow> Roles);
    public sealed record CompetencyRow(string Key, string Name, CompetencyCategory Category, List<string> Tags, int EscoLinks, int Roles);

    public DraftSummary? Draft { get; private set; }
    public int PublishedNumber { get; private set; }
    public List<FamilyRow> Families { get; private set; } = [];
    public List<CompetencyRow> Competencies { get; private set; } = [];
    public IReadOnlyList<ModelChange> Changes { get; private set; } = [];

    [BindProperty] public int Number { get; set; }
    [BindProperty] public string? ChangeNote { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var opened = await ModelDrafts.OpenOrCreateAsync(db, User.Identity?.Name, null, ct);
        TempData["Message"] = opened switch
        {
            null => "Es gibt keine veröffentlichte Version, aus der ein Entwurf entstehen könnte.",
            { Created: true } => $"Entwurf Version {opened.Value.Draft.Number} ist angelegt – eine Kopie der veröffentlichten Version {opened.Value.Draft.PublishedNumber}.",
            _ => $"Es gibt schon einen offenen Entwurf (Version {opened.Value.Draft.Number}); Sie arbeiten darin weiter.",
        };
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken ct)
    {
        if (ChangeNote?.Length > 2000) ModelState.AddModelError(nameof(ChangeNote), "Die Änderungsnotiz darf höchstens 2000 Zeichen lang sein.");
        if (ModelState.IsValid)
        {
            var result = await ModelDrafts.PublishAsync(db, Number, ChangeNote, ct);
            if (result.Outcome == EditOutcome.Saved)
            {
                TempData["Message"] = $"Version {Number} ist veröffentlicht. Alle sehen ab jetzt diese Fassung; sie ändert sich nicht mehr.";
                return RedirectToPage();
            }
            FormErrors.Add(ModelState, result, _ => string.Empty);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var publishedId = await CurrentModel.VersionIdAsync(db, ct);
        PublishedNumber = await db.FrameworkVersions.Where(v => v.Id == publishedId).Select(v => v.Number).SingleOrDefaultAsync(ct);
        Draft = await ModelDrafts.OpenAsync(db, ct);
        if (Draft is null) return;
        Number = Draft.Number;
        var draftId = Draft.Id;
        Families = await db.JobFamilies.AsNoTracking().Where(f => f.VersionId == draftId).OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
            .Select(f => new FamilyRow(f.Key, f.Name, f.Roles.OrderBy(r => r.Name).Select(r => new RoleRow(r.Key, r.Name, r.Profile.Count)).ToList()))
            .ToListAsync(ct);
        var competencies = await db.Competencies.AsNoTracking().Where(c => c.VersionId == draftId).OrderBy(c => c.Name).ToListAsync(ct);
        var usage = await db.RoleProfileEntries.AsNoTracking().Where(e => e.Competency.VersionId == draftId)
            .GroupBy(e => e.CompetencyId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Competencies = competencies.Select(c => new CompetencyRow(c.Key, c.Name, c.Category, c.Tags, c.EscoUris.Count, usage.GetValueOrDefault(c.Id))).ToList();
        Changes = await ModelDrafts.ChangesAsync(db, Draft, ct);
    }
}
