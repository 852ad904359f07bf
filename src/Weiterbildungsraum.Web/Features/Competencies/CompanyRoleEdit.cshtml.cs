using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;

namespace Weiterbildungsraum.Web.Features.Competencies;

/// <summary>Adjusting a company role: targets and weights of every competency, and competencies of the company's own.</summary>
[Authorize(Policy = Policies.CompanyHR)]
public sealed class CompanyRoleEditModel(AppDbContext db) : PageModel
{
    public sealed class EntryInput
    {
        public int Id { get; set; }
        public int TargetNow { get; set; }
        public int TargetFuture { get; set; }
        public int Weight { get; set; }
    }

    public sealed class NewCompetency
    {
        [Required(ErrorMessage = "Bitte geben Sie den Namen der Kompetenz ein.")]
        [StringLength(120, ErrorMessage = "Der Name darf höchstens 120 Zeichen lang sein.")]
        public string Name { get; set; } = "";
        [StringLength(1000, ErrorMessage = "Die Beschreibung darf höchstens 1000 Zeichen lang sein.")]
        public string? Description { get; set; }
        [Range(1, 4, ErrorMessage = "Die Zielstufe heute muss zwischen 1 und 4 liegen.")]
        public int TargetNow { get; set; } = 2;
        [Range(1, 4, ErrorMessage = "Die Zielstufe in 3 Jahren muss zwischen 1 und 4 liegen.")]
        public int TargetFuture { get; set; } = 3;
        [Range(1, 3, ErrorMessage = "Die Gewichtung muss zwischen 1 und 3 liegen.")]
        public int Weight { get; set; } = 2;
    }

    public CompanyRole Role { get; private set; } = null!;
    public string? Origin { get; private set; }

    [BindProperty] public List<EntryInput> Entries { get; set; } = [];
    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public NewCompetency Added { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int id, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Role.Version != Version)
            ModelState.AddModelError(string.Empty, "Die Rolle wurde inzwischen von jemand anderem geändert. Bitte prüfen Sie die Werte und speichern Sie erneut.");
        var byId = Role.Profile.ToDictionary(e => e.Id);
        foreach (var input in Entries)
        {
            if (!byId.TryGetValue(input.Id, out var entry)) continue;
            if (input.TargetNow is < 1 or > 4 || input.TargetFuture is < 1 or > 4)
                ModelState.AddModelError(string.Empty, $"„{entry.CompetencyName}“: Zielstufen müssen zwischen 1 und 4 liegen.");
            else if (!Weight.IsValid(input.Weight))
                ModelState.AddModelError(string.Empty, $"„{entry.CompetencyName}“: Die Gewichtung muss zwischen 1 und 3 liegen.");
            else
            {
                entry.TargetNow = input.TargetNow;
                entry.TargetFuture = input.TargetFuture;
                entry.Weight = input.Weight;
            }
        }
        if (!ModelState.IsValid) return Page();
        db.Entry(Role).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return Redirect($"/unternehmen/rollen/{id}?gespeichert=1");
    }

    public async Task<IActionResult> OnPostAddAsync(int id, CancellationToken ct)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(nameof(Added) + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var key2 = "firma-" + Slug(Added.Name);
        if (Role.Profile.Any(e => e.CompetencyKey == key2 || string.Equals(e.CompetencyName, Added.Name.Trim(), StringComparison.CurrentCultureIgnoreCase)))
            ModelState.AddModelError("Added.Name", "Diese Kompetenz gibt es in der Rolle schon.");
        if (!ModelState.IsValid) return Page();
        db.CompanyRoleEntries.Add(new CompanyRoleEntry
        {
            CompanyRoleId = Role.Id, CompetencyKey = key2, CompetencyName = Added.Name.Trim(),
            CompanyDescription = Added.Description?.Trim() ?? "", TargetNow = Added.TargetNow, TargetFuture = Added.TargetFuture, Weight = Added.Weight,
        });
        db.Entry(Role).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return Redirect($"/unternehmen/rollen/{id}?gespeichert=1");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return false;
        var role = await db.CompanyRoles.Include(r => r.Profile).Include(r => r.SourceRole)
            .SingleOrDefaultAsync(r => r.Id == id && r.OrganisationId == organisationId, ct);
        if (role is null) return false;
        Role = role;
        Origin = role.SourceRole?.Name;
        role.Profile.Sort((a, b) => string.Compare(a.CompetencyName, b.CompetencyName, StringComparison.CurrentCulture));
        return true;
    }

    private static string Slug(string name)
    {
        var chars = name.Trim().ToLowerInvariant()
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss")
            .Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 60 ? slug[..60] : slug;
    }
}
