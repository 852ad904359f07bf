using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;

namespace Weiterbildungsraum.Web.Features.Competencies;

/// <summary>The company's own roles, and adopting a REGIO role profile as a copy that remembers its origin.</summary>
[Authorize(Policy = Policies.CompanyHR)]
public sealed class CompanyRolesModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string? Origin, int Competencies, int Employees);
    public sealed record RegioFamily(string Name, IReadOnlyList<(string Key, string Name)> Roles);

    public IReadOnlyList<Row> Roles { get; private set; } = [];
    public IReadOnlyList<RegioFamily> Regio { get; private set; } = [];

    [BindProperty] public string? SourceRole { get; set; }
    [BindProperty] public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return NotFound();
        await LoadAsync(organisationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return NotFound();
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var source = string.IsNullOrWhiteSpace(SourceRole) ? null : await db.JobRoles
            .Where(r => r.Key == SourceRole && r.Family.VersionId == versionId)
            .Select(r => new { r.Id, r.Name, Entries = r.Profile.Select(e => new { e.Competency.Key, e.Competency.Name, e.TargetNow, e.TargetFuture, e.Weight }).ToList() })
            .SingleOrDefaultAsync(ct);
        if (source is null) ModelState.AddModelError(nameof(SourceRole), "Bitte wählen Sie eine Rolle aus den REGIO-Jobfamilien.");
        if (Name?.Length > 120) ModelState.AddModelError(nameof(Name), "Der Name darf höchstens 120 Zeichen lang sein.");
        if (!ModelState.IsValid || source is null)
        {
            await LoadAsync(organisationId, ct);
            return Page();
        }
        var role = new CompanyRole
        {
            OrganisationId = organisationId, Name = string.IsNullOrWhiteSpace(Name) ? source.Name : Name.Trim(), SourceRoleId = source.Id,
            FrameworkVersionId = versionId, CreatedAt = DateTime.UtcNow,
            Profile = source.Entries.Select(e => new CompanyRoleEntry
            {
                CompetencyKey = e.Key, CompetencyName = e.Name, TargetNow = e.TargetNow, TargetFuture = e.TargetFuture, Weight = e.Weight,
            }).ToList(),
        };
        db.CompanyRoles.Add(role);
        await db.SaveChangesAsync(ct);
        return Redirect($"/unternehmen/rollen/{role.Id}");
    }

    private async Task LoadAsync(int organisationId, CancellationToken ct)
    {
        Roles = await db.CompanyRoles.AsNoTracking().Where(r => r.OrganisationId == organisationId).OrderBy(r => r.Name)
            .Select(r => new Row(r.Id, r.Name, r.SourceRole == null ? null : r.SourceRole.Name, r.Profile.Count,
                db.People.Count(p => p.CompanyRoleId == r.Id)))
            .ToListAsync(ct);
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var families = await CurrentModel.Families(db, versionId).OrderBy(f => f.SortOrder)
            .Select(f => new { f.Name, Roles = f.Roles.OrderBy(r => r.Name).Select(r => new { r.Key, r.Name }).ToList() }).ToListAsync(ct);
        Regio = families.Select(f => new RegioFamily(f.Name, f.Roles.Select(r => (r.Key, r.Name)).ToList())).ToList();
    }
}
