using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>One employee: self and manager ratings side by side; the manager rates or records the agreed level.</summary>
[Authorize(Policy = Policies.CompanyHR)]
public sealed class EmployeeRatingsModel(AppDbContext db) : PageModel
{
    public sealed record HistoryRow(DateTime At, string Competency, int Level, RatingSource Source, string? Note, string? Evidence);

    public Person Person { get; private set; } = null!;
    public RoleRef? Role { get; private set; }
    public IReadOnlyList<RatingComparison> Rows { get; private set; } = [];
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];

    /// <summary>Competency key → new level; empty keeps the competency unchanged.</summary>
    [BindProperty] public Dictionary<string, string> Levels { get; set; } = [];
    [BindProperty] public RatingSource Source { get; set; } = RatingSource.Manager;
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public string? Evidence { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        db.AuditLog.Add(new AuditLogEntry { At = DateTime.UtcNow, ActorUserId = CheckState.UserId(User), SubjectPersonId = id, Action = "Einschätzungen angesehen" });
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Source == RatingSource.Self) ModelState.AddModelError(nameof(Source), "Selbsteinschätzungen gibt nur die Person selbst ab.");
        if (Note?.Length > 1000) ModelState.AddModelError(nameof(Note), "Die Notiz darf höchstens 1000 Zeichen lang sein.");
        if (Evidence?.Length > 200) ModelState.AddModelError(nameof(Evidence), "Der Nachweis darf höchstens 200 Zeichen lang sein.");
        if (Source == RatingSource.Certificate && string.IsNullOrWhiteSpace(Evidence))
            ModelState.AddModelError(nameof(Evidence), "Bitte nennen Sie den Nachweis (z. B. Zertifikat und Datum).");
        var known = Rows.ToDictionary(r => r.Target.CompetencyKey, r => r.Target.Name);
        var now = DateTime.UtcNow;
        var added = new List<Assessment>();
        foreach (var (key, value) in Levels)
        {
            if (string.IsNullOrEmpty(value) || !known.TryGetValue(key, out var name)) continue;
            if (!int.TryParse(value, out var level) || !ProficiencyScale.Contains(level))
            {
                ModelState.AddModelError($"Levels[{key}]", $"„{name}“: Bitte wählen Sie eine Stufe von 0 bis 4.");
                continue;
            }
            added.Add(new Assessment
            {
                PersonId = id, CompetencyKey = key, FrameworkVersionId = await FrameworkVersionAsync(ct), Level = level, Source = Source,
                AssessedAt = now, AssessedByUserId = CheckState.UserId(User), Note = Blank(Note), EvidenceName = Blank(Evidence),
            });
        }
        if (added.Count == 0 && ModelState.IsValid) ModelState.AddModelError(string.Empty, "Bitte wählen Sie mindestens für eine Kompetenz eine Stufe.");
        if (!ModelState.IsValid) return Page();
        db.Assessments.AddRange(added);
        await db.SaveChangesAsync(ct);
        return Redirect($"/unternehmen/mitarbeitende/{id}?gespeichert={added.Count}");
    }

    private int? versionId;
    private async Task<int> FrameworkVersionAsync(CancellationToken ct) => versionId ??= await Competencies.CurrentModel.VersionIdAsync(db, ct);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return false;
        var person = await CompanyScope.Employees(db, organisationId).AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return false;
        Person = person;
        var roleRef = RoleRef.Of(person.CompanyRoleId, person.RoleKey);
        var roles = await EmployeeProfiles.LoadAsync(db, organisationId, person.RoleKey is null ? [] : [person.RoleKey], ct);
        Role = roleRef is null ? null : roles.GetValueOrDefault(roleRef);
        var ratings = (await EmployeeProfiles.VisibleRatingsAsync(db, organisationId, [id], ct))[id].ToList();
        Rows = RatingComparison.Of(Role?.Targets ?? [], ratings);
        var names = (Role?.Targets ?? []).ToDictionary(t => t.CompetencyKey, t => t.Name);
        History = await db.Assessments.AsNoTracking().Where(a => a.PersonId == id && (a.Source != RatingSource.Self || person.SharesSelfAssessments))
            .OrderByDescending(a => a.AssessedAt).Take(200)
            .Select(a => new HistoryRow(a.AssessedAt, a.CompetencyKey, a.Level, a.Source, a.Note, a.EvidenceName)).ToListAsync(ct);
        History = History.Select(h => h with { Competency = names.GetValueOrDefault(h.Competency, h.Competency) }).ToList();
        return true;
    }
}
