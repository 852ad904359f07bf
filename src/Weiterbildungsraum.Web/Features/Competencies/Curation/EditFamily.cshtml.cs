using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

public sealed class FamilyForm
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int Order { get; set; }
    public Guid Version { get; set; }
}

/// <summary>One job family of the draft: name, description, position in lists; an empty family can be removed.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditFamilyModel(AppDbContext db) : DraftEditPage("/Competencies/Curation/EditFamily")
{
    public sealed record RoleLink(string Key, string Name);

    [BindProperty] public FamilyForm Input { get; set; } = new();
    public List<RoleLink> Roles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return NoDraft();
        IsNew = key == "neu";
        if (!IsNew)
        {
            if (await DraftFamilies.FindAsync(db, draft, key, ct) is not { } family) return NotFound();
            Input = new FamilyForm { Key = family.Key, Name = family.Name, Description = family.Description, Order = family.SortOrder, Version = family.Version };
            Roles = [.. family.Roles.OrderBy(r => r.Name).Select(r => new RoleLink(r.Key, r.Name))];
        }
        DraftNumber = draft.Number;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        IsNew = key == "neu";
        var content = new FamilyContent(IsNew ? Input.Key?.Trim() ?? "" : key, Input.Name ?? "", Input.Description ?? "", Input.Order);
        var result = await DraftFamilies.SaveAsync(db, IsNew ? null : key, content, IsNew ? null : Input.Version, ct);
        if (result.Outcome == EditOutcome.Saved) return Saved(content.Name, content.Key);
        if (result.Outcome == EditOutcome.NoDraft) return NoDraft();
        ModelState.Clear();
        FormErrors.Add(ModelState, result, field => "Input." + char.ToUpperInvariant(field[0]) + field[1..]);
        if (result.Outcome == EditOutcome.Conflict && result.Version is { } current) Input.Version = current;
        var draft = await ModelDrafts.OpenAsync(db, ct);
        DraftNumber = draft?.Number ?? 0;
        if (!IsNew && draft is not null && await DraftFamilies.FindAsync(db, draft, key, ct) is { } family)
            Roles = [.. family.Roles.OrderBy(r => r.Name).Select(r => new RoleLink(r.Key, r.Name))];
        return Page();
    }

    public Task<IActionResult> OnPostDeleteAsync(string key, CancellationToken ct)
        => DeleteConfirmedAsync(key, () => DraftFamilies.DeleteAsync(db, key, Input.Version, ct), $"Die Jobfamilie „{key}“ ist aus dem Entwurf entfernt.");
}
