using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>The company's employees and the role each one is assigned to; one form assigns all.</summary>
[Authorize(Policy = Policies.CompanyHR)]
public sealed class EmployeesModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, string? Role, bool HasAccount, bool SharesSelf);

    public sealed class NewEmployee
    {
        [Required(ErrorMessage = "Bitte geben Sie den Vornamen ein.")]
        [StringLength(80, ErrorMessage = "Der Vorname darf höchstens 80 Zeichen lang sein.")]
        public string FirstName { get; set; } = "";
        [Required(ErrorMessage = "Bitte geben Sie den Nachnamen ein.")]
        [StringLength(80, ErrorMessage = "Der Nachname darf höchstens 80 Zeichen lang sein.")]
        public string LastName { get; set; } = "";
    }

    public IReadOnlyList<Row> People { get; private set; } = [];
    public IReadOnlyList<(string Value, string Name)> RoleOptions { get; private set; } = [];

    /// <summary>Person id → role reference ("c:12", "r:key" or empty).</summary>
    [BindProperty] public Dictionary<int, string> Assign { get; set; } = [];
    [BindProperty] public NewEmployee Added { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return NotFound();
        await LoadAsync(organisationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return NotFound();
        await LoadAsync(organisationId, ct);
        var valid = RoleOptions.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        var ids = Assign.Keys.ToList();
        var people = await CompanyScope.Employees(db, organisationId).Where(p => ids.Contains(p.Id)).ToListAsync(ct);
        foreach (var person in people)
        {
            var value = Assign[person.Id] ?? "";
            if (value.Length > 0 && !valid.Contains(value)) continue;
            person.CompanyRoleId = value.StartsWith("c:", StringComparison.Ordinal) ? int.Parse(value[2..]) : null;
            person.RoleKey = value.StartsWith("r:", StringComparison.Ordinal) ? value[2..] : person.CompanyRoleId is null ? null : person.RoleKey;
        }
        await db.SaveChangesAsync(ct);
        return Redirect("/unternehmen/mitarbeitende?gespeichert=1");
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return NotFound();
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(nameof(Added) + ".", StringComparison.Ordinal)).ToList()) ModelState.Remove(key);
        if (!ModelState.IsValid)
        {
            await LoadAsync(organisationId, ct);
            return Page();
        }
        db.People.Add(new Person { OrganisationId = organisationId, FirstName = Added.FirstName.Trim(), LastName = Added.LastName.Trim(), CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync(ct);
        return Redirect("/unternehmen/mitarbeitende?gespeichert=1");
    }

    private async Task LoadAsync(int organisationId, CancellationToken ct)
    {
        var companyRoles = await db.CompanyRoles.AsNoTracking().Where(r => r.OrganisationId == organisationId).OrderBy(r => r.Name)
            .Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var regio = await CurrentModel.Roles(db, versionId).OrderBy(r => r.Name).Select(r => new { r.Key, r.Name }).ToListAsync(ct);
        RoleOptions = companyRoles.Select(r => (RoleRef.Company(r.Id), r.Name + " (Unternehmensrolle)"))
            .Concat(regio.Select(r => (RoleRef.Regio(r.Key), r.Name + " (REGIO)"))).ToList();
        var names = RoleOptions.ToDictionary(o => o.Value, o => o.Name);
        var people = await CompanyScope.Employees(db, organisationId).AsNoTracking().OrderBy(p => p.LastName).ThenBy(p => p.FirstName)
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.CompanyRoleId, p.RoleKey, HasAccount = p.UserId != null, p.SharesSelfAssessments })
            .ToListAsync(ct);
        People = people.Select(p => new Row(p.Id, $"{p.FirstName} {p.LastName}", RoleRef.Of(p.CompanyRoleId, p.RoleKey), p.HasAccount, p.SharesSelfAssessments)).ToList();
    }
}
