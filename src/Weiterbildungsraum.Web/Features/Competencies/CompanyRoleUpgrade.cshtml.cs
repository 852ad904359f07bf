using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;

namespace Weiterbildungsraum.Web.Features.Competencies;

/// <summary>What moving a company role to the newest REGIO version changes, conflicts to decide, then the move.</summary>
[Authorize(Policy = Policies.CompanyHR)]
public sealed class CompanyRoleUpgradeModel(AppDbContext db) : PageModel
{
    public RoleUpgradeView View { get; private set; } = null!;

    [BindProperty] public Dictionary<string, string> Choice { get; set; } = [];
    [BindProperty] public Guid Version { get; set; }
    [BindProperty] public int ToVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (View.UpToDate || View.RoleGone) return Page();
        if (View.Role.Version != Version || View.ToVersion != ToVersion)
        {
            ModelState.AddModelError(string.Empty, "Rolle oder Kompetenzmodell haben sich inzwischen geändert. Bitte prüfen Sie die Übersicht erneut.");
            return Page();
        }
        var (choices, missing) = CompanyRoleUpgrades.ReadChoices(View, Choice);
        if (missing is not null)
        {
            var key = View.Conflicts.First(c => c.Name == missing).Key;
            ModelState.AddModelError($"Choice[{key}]", $"Bitte wählen Sie bei „{missing}“, welche Werte gelten sollen.");
            return Page();
        }
        try
        {
            await CompanyRoleUpgrades.ApplyAsync(db, View, choices, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Die Rolle wurde inzwischen von jemand anderem geändert. Bitte prüfen Sie die Übersicht erneut.");
            return Page();
        }
        return Redirect($"/unternehmen/rollen/{id}?aktualisiert={View.ToVersion}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return false;
        if (await CompanyRoleUpgrades.LoadAsync(db, organisationId, id, ct) is not { } view) return false;
        View = view;
        return true;
    }
}
