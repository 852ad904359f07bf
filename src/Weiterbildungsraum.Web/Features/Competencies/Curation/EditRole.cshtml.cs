using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

public sealed class ProfileEntryForm
{
    public string Competency { get; set; } = "";
    public string? Name { get; set; }
    public int TargetNow { get; set; } = 2;
    public int TargetFuture { get; set; } = 3;
    public int Weight { get; set; } = 2;
    public bool Remove { get; set; }
}

public sealed class RoleForm
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public string? FamilyKey { get; set; }
    public string? Description { get; set; }
    public string? Kldb { get; set; }
    public string? EscoOccupationUri { get; set; }
    public Guid Version { get; set; }
    public List<ProfileEntryForm> Profile { get; set; } = [];
    /// <summary>The empty line at the end of the profile: a competency to add.</summary>
    public ProfileEntryForm Add { get; set; } = new();
}

/// <summary>One role of the draft with its requirement profile: targets today and in three years, weights; add and remove lines.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class EditRoleModel(AppDbContext db) : DraftEditPage("/Competencies/Curation/EditRole")
{
    public sealed record Option(string Key, string Name);

    [BindProperty] public RoleForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "familie")] public string? Familie { get; set; }
    public List<Option> Families { get; private set; } = [];
    public List<Option> Addable { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return NoDraft();
        IsNew = key == "neu";
        if (IsNew) Input.FamilyKey = Familie;
        else
        {
            if (await DraftRoles.FindAsync(db, draft, key, ct) is not { } role) return NotFound();
            Input = new RoleForm
            {
                Key = role.Key, Name = role.Name, FamilyKey = role.Family.Key, Description = role.Description, Kldb = role.KldbCode,
                EscoOccupationUri = role.EscoOccupationUri, Version = role.Version,
                Profile = [.. role.Profile.OrderBy(p => p.Competency.Category).ThenBy(p => p.Competency.Name).Select(p => new ProfileEntryForm
                {
                    Competency = p.Competency.Key, Name = p.Competency.Name, TargetNow = p.TargetNow, TargetFuture = p.TargetFuture, Weight = p.Weight,
                })],
            };
        }
        await PrepareAsync(draft, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken ct)
    {
        IsNew = key == "neu";
        var kept = Input.Profile.Where(p => !p.Remove).ToList();
        var lines = kept.Select(p => new TargetInput(p.Competency, p.TargetNow, p.TargetFuture, p.Weight)).ToList();
        var adding = !string.IsNullOrEmpty(Input.Add.Competency);
        if (adding) lines.Add(new TargetInput(Input.Add.Competency, Input.Add.TargetNow, Input.Add.TargetFuture, Input.Add.Weight));
        var content = new RoleContent(IsNew ? Input.Key?.Trim() ?? "" : key, Input.Name ?? "", Input.Description ?? "", Input.Kldb, Input.EscoOccupationUri,
            Input.FamilyKey ?? "", lines);
        var result = await DraftRoles.SaveAsync(db, IsNew ? null : key, content, IsNew ? null : Input.Version, ct);
        if (result.Outcome == EditOutcome.Saved) return Saved(content.Name, content.Key);
        if (result.Outcome == EditOutcome.NoDraft) return NoDraft();
        ModelState.Clear();
        FormErrors.Add(ModelState, result, field => FieldOf(field, kept));
        if (result.Outcome == EditOutcome.Conflict && result.Version is { } current) Input.Version = current;
        await PrepareAsync((await ModelDrafts.OpenAsync(db, ct))!, ct);
        return Page();
    }

    public Task<IActionResult> OnPostDeleteAsync(string key, CancellationToken ct)
        => DeleteConfirmedAsync(key, () => DraftRoles.DeleteAsync(db, key, Input.Version, ct), $"Die Rolle „{key}“ ist aus dem Entwurf entfernt.");

    /// <summary>Profile errors name the line in the request; this finds the form field of that line.</summary>
    private string FieldOf(string field, List<ProfileEntryForm> kept)
    {
        if (!field.StartsWith("profile[", StringComparison.Ordinal)) return "Input." + char.ToUpperInvariant(field[0]) + field[1..];
        var close = field.IndexOf(']');
        var index = int.Parse(field[8..close], System.Globalization.CultureInfo.InvariantCulture);
        var property = field[(close + 2)..];
        property = char.ToUpperInvariant(property[0]) + property[1..];
        return index < kept.Count ? $"Input.Profile[{Input.Profile.IndexOf(kept[index])}].{property}" : $"Input.Add.{property}";
    }

    private async Task PrepareAsync(DraftSummary draft, CancellationToken ct)
    {
        DraftNumber = draft.Number;
        Families = await db.JobFamilies.AsNoTracking().Where(f => f.VersionId == draft.Id).OrderBy(f => f.SortOrder).Select(f => new Option(f.Key, f.Name)).ToListAsync(ct);
        var all = await db.Competencies.AsNoTracking().Where(c => c.VersionId == draft.Id).OrderBy(c => c.Name).Select(c => new Option(c.Key, c.Name)).ToListAsync(ct);
        var names = all.ToDictionary(c => c.Key, c => c.Name);
        foreach (var line in Input.Profile) line.Name = names.GetValueOrDefault(line.Competency, line.Competency);
        var used = Input.Profile.Select(p => p.Competency).ToHashSet();
        Addable = [.. all.Where(c => !used.Contains(c.Key))];
    }
}
