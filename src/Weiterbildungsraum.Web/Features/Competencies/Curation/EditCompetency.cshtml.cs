using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

public sealed class CompetencyForm
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public CompetencyCategory Category { get; set; }
    public string? Description { get; set; }
    public List<string> Tags { get; set; } = [];
    public string?[] Levels { get; set; } = new string?[ProficiencyScale.Max];
    /// <summary>Every checked ESCO box: the links kept and the search hits chosen.</summary>
    public List<string> EscoUris { get; set; } = [];
    public string? EscoUri { get; set; }
    public string? EscoQuery { get; set; }
    public Guid Version { get; set; }
}

/// <summary>One competency of the draft: name, description, category, level descriptions and ESCO links (search without script, suggestions with it).</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditCompetencyModel(AppDbContext db) : DraftEditPage("/Competencies/Curation/EditCompetency")
{
    public sealed record EscoOption(string Uri, string Label, string Description);

    [BindProperty] public CompetencyForm Input { get; set; } = new();
    public bool Conflict { get; private set; }
    public List<EscoOption> Linked { get; private set; } = [];
    public List<EscoOption> Hits { get; private set; } = [];
    public bool Searched { get; private set; }
    public int UsedInRoles { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return NoDraft();
        IsNew = key == "neu";
        if (!IsNew)
        {
            if (await DraftCompetencies.FindAsync(db, draft, key, ct) is not { } item) return NotFound();
            Input = new CompetencyForm
            {
                Key = item.Key, Name = item.Name, Category = item.Category, Description = item.Description, Tags = item.Tags,
                Levels = [.. item.Levels], EscoUris = item.EscoUris, Version = item.Version,
            };
        }
        await PrepareAsync(key, ct);
        return Page();
    }

    /// <summary>"In ESCO suchen": the form comes back with the hits to tick, nothing is saved.</summary>
    public async Task<IActionResult> OnPostSearchAsync(string key, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is null) return NoDraft();
        IsNew = key == "neu";
        ModelState.Clear();
        if (Input.EscoQuery is not { } q || q.Trim().Length < 2)
            ModelState.AddModelError("Input.EscoQuery", "Bitte mindestens zwei Zeichen für die ESCO-Suche eingeben.");
        else
        {
            Searched = true;
            Hits = [.. (await EscoApi.FindAsync(db, q, EscoKind.Skill, 15, ct))
                .Where(c => !Input.EscoUris.Contains(c.Uri)).Select(c => new EscoOption(c.Uri, c.PreferredLabel, c.Description))];
        }
        await PrepareAsync(key, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        IsNew = key == "neu";
        var i = Input;
        var uris = i.EscoUris.Select(u => u.Trim()).Where(u => u.Length > 0).ToList();
        if (!string.IsNullOrWhiteSpace(i.EscoUri) && !uris.Contains(i.EscoUri.Trim())) uris.Add(i.EscoUri.Trim());
        var content = new CompetencyContent(IsNew ? i.Key?.Trim() ?? "" : key, i.Name ?? "", i.Description ?? "", i.Category,
            [.. CompetencyTags.All.Where(i.Tags.Contains)], [.. i.Levels.Select(l => l ?? "")], uris);
        var result = await DraftCompetencies.SaveAsync(db, IsNew ? null : key, content, IsNew ? null : i.Version, ct);
        if (result.Outcome == EditOutcome.Saved) return Saved(content.Name, content.Key);
        if (result.Outcome == EditOutcome.NoDraft) return NoDraft();
        ModelState.Clear();
        FormErrors.Add(ModelState, result, FormErrors.Competency);
        if (result.Outcome == EditOutcome.Conflict && result.Version is { } current)
        {
            Conflict = true;
            Input.Version = current;
        }
        Input.EscoUris = uris;
        Input.EscoUri = null;
        await PrepareAsync(key, ct);
        return Page();
    }

    public Task<IActionResult> OnPostDeleteAsync(string key, CancellationToken ct)
        => DeleteConfirmedAsync(key, () => DraftCompetencies.DeleteAsync(db, key, Input.Version, ct), $"Die Kompetenz „{key}“ ist aus dem Entwurf entfernt, auch aus allen Rollenprofilen.");

    private async Task PrepareAsync(string key, CancellationToken ct)
    {
        var labels = await db.EscoConcepts.AsNoTracking().Where(c => Input.EscoUris.Contains(c.Uri))
            .ToDictionaryAsync(c => c.Uri, c => (c.PreferredLabel, c.Description), ct);
        Linked = [.. Input.EscoUris.Select(u => labels.TryGetValue(u, out var l) ? new EscoOption(u, l.PreferredLabel, l.Description) : new EscoOption(u, u.Split('/').Last(), ""))];
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return;
        DraftNumber = draft.Number;
        if (!IsNew) UsedInRoles = await db.RoleProfileEntries.CountAsync(e => e.Competency.Key == key && e.Competency.VersionId == draft.Id, ct);
    }
}
