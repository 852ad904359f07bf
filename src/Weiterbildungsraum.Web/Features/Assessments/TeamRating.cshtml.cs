using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>
/// The manager rates a whole team at once: people × competencies of one role, one select per cell,
/// one post appends a manager rating for every changed cell.
/// </summary>
[Authorize(Policy = Policies.CompanyHR)]
public sealed class TeamRatingModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<RoleRef> Roles { get; private set; } = [];
    public RoleRef? Role { get; private set; }
    public IReadOnlyList<TeamRoles.Member> Members { get; private set; } = [];
    public Dictionary<(int, string), int> Current { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public string? Rolle { get; set; }
    /// <summary>"personId|competencyKey" → level or empty.</summary>
    [BindProperty] public Dictionary<string, string> Cells { get; set; } = [];

    public static string CellKey(int personId, string competencyKey) => $"{personId}|{competencyKey}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return NotFound();
        await LoadAsync(organisationId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return NotFound();
        await LoadAsync(organisationId, ct);
        if (Role is null) return NotFound();
        var members = Members.Select(m => m.Id).ToHashSet();
        var names = Role.Targets.ToDictionary(t => t.CompetencyKey, t => t.Name);
        var now = DateTime.UtcNow;
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var added = 0;
        foreach (var (cell, value) in Cells)
        {
            var parts = cell.Split('|', 2);
            if (parts.Length != 2 || !int.TryParse(parts[0], out var personId) || !members.Contains(personId) || !names.ContainsKey(parts[1])) continue;
            if (string.IsNullOrEmpty(value)) continue;
            if (!int.TryParse(value, out var level) || !ProficiencyScale.Contains(level))
            {
                ModelState.AddModelError($"Cells[{cell}]", $"Stufe „{value}“ für „{names[parts[1]]}“ liegt nicht zwischen 0 und 4.");
                continue;
            }
            if (Current.TryGetValue((personId, parts[1]), out var before) && before == level) continue;
            db.Assessments.Add(new Assessment
            {
                PersonId = personId, CompetencyKey = parts[1], FrameworkVersionId = versionId, Level = level, Source = RatingSource.Manager,
                AssessedAt = now, AssessedByUserId = CheckState.UserId(User),
            });
            added++;
        }
        if (!ModelState.IsValid) return Page();
        await db.SaveChangesAsync(ct);
        return Redirect($"/unternehmen/team-bewertung?rolle={Uri.EscapeDataString(Role.Value)}&gespeichert={added}");
    }

    private async Task LoadAsync(int organisationId, CancellationToken ct)
    {
        var all = await TeamRoles.MembersAsync(db, organisationId, ct);
        var roles = await EmployeeProfiles.LoadAsync(db, organisationId, TeamRoles.RegioKeys(all), ct);
        Roles = roles.Values.Where(r => all.Any(m => m.Role == r.Value)).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        Role = Rolle is null ? Roles.FirstOrDefault() : roles.GetValueOrDefault(Rolle);
        if (Role is null) return;
        Members = all.Where(m => m.Role == Role.Value).ToList();
        var ratings = await EmployeeProfiles.VisibleRatingsAsync(db, organisationId, Members.Select(m => m.Id).ToList(), ct);
        // The grid shows what the manager said last, so an unchanged cell adds nothing.
        Current = Members.SelectMany(m => ratings[m.Id]
                .Where(r => r.Source is RatingSource.Manager or RatingSource.Agreed or RatingSource.Certificate)
                .GroupBy(r => r.CompetencyKey)
                .Select(g => (Key: (m.Id, g.Key), Level: g.MaxBy(r => r.RatedAt)!.Level)))
            .ToDictionary(x => x.Key, x => x.Level);
    }
}
