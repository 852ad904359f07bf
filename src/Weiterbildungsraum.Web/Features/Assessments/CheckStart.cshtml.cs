using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>Start of the Kompetenzcheck: the role the employer assigned, checks to resume, or any REGIO role.</summary>
[AllowAnonymous]
public sealed class CheckStartModel(AppDbContext db) : PageModel
{
    public sealed record FamilyChoice(string Name, IReadOnlyList<RoleChoice> Roles);
    public sealed record RoleChoice(string Key, string Name, int CompetencyCount);
    public sealed record Resumable(string RouteKey, string RoleName, DateTime StartedAt);

    public IReadOnlyList<FamilyChoice> Families { get; private set; } = [];
    public (string RouteKey, string Name)? AssignedRole { get; private set; }
    public IReadOnlyList<Resumable> Open { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var families = await CurrentModel.Families(db, versionId).OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
            .Select(f => new { f.Name, Roles = f.Roles.OrderBy(r => r.Name).Select(r => new RoleChoice(r.Key, r.Name, r.Profile.Count)).ToList() })
            .ToListAsync(ct);
        Families = families.Select(f => new FamilyChoice(f.Name, f.Roles)).ToList();

        if (User.Identity?.IsAuthenticated != true || await SavedChecks.PersonAsync(db, User, ct) is not { } person) return;
        if (person.CompanyRoleId is { } companyRoleId)
            AssignedRole = (CheckProfiles.RouteKeyOf(companyRoleId), await db.CompanyRoles.Where(r => r.Id == companyRoleId).Select(r => r.Name).SingleAsync(ct));
        else if (person.RoleKey is { } roleKey && Families.SelectMany(f => f.Roles).FirstOrDefault(r => r.Key == roleKey) is { } role)
            AssignedRole = (role.Key, role.Name);
        var open = await db.CompetencyChecks.AsNoTracking().Where(c => c.PersonId == person.Id && c.CompletedAt == null)
            .OrderByDescending(c => c.StartedAt).ToListAsync(ct);
        var names = Families.SelectMany(f => f.Roles).ToDictionary(r => r.Key, r => r.Name);
        Open = open.Select(c => new Resumable(SavedChecks.RouteKeyOf(c),
                c.CompanyRoleId is not null && AssignedRole is { } a ? a.Name : names.GetValueOrDefault(c.RoleKey, c.RoleKey), c.StartedAt))
            .ToList();
    }
}
