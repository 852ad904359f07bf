using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>
/// The person's own data: whether the employer may see the self-assessments, and every rating about them,
/// including their manager's.
/// </summary>
[Authorize(Policy = Policies.Learner)]
public sealed class MyDataModel(AppDbContext db) : PageModel
{
    public sealed record Row(DateTime At, string Competency, int Level, RatingSource Source, string? Note);

    public Person? Person { get; private set; }
    public string? OrganisationName { get; private set; }
    public IReadOnlyList<Row> FromEmployer { get; private set; } = [];
    public int SelfCount { get; private set; }

    [BindProperty] public bool Share { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var person = await SavedChecks.EnsurePersonAsync(db, CheckState.UserId(User)!, ct);
        person.SharesSelfAssessments = Share;
        await db.SaveChangesAsync(ct);
        return Redirect("/meine-daten?gespeichert=1");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Person = await SavedChecks.PersonAsync(db, User, ct);
        if (Person is null) return;
        Share = Person.SharesSelfAssessments;
        OrganisationName = Person.OrganisationId is { } orgId ? await db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).SingleAsync(ct) : null;
        var personId = Person.Id;
        var rows = await db.Assessments.AsNoTracking().Where(a => a.PersonId == personId && a.Source != RatingSource.Self)
            .OrderByDescending(a => a.AssessedAt).Select(a => new Row(a.AssessedAt, a.CompetencyKey, a.Level, a.Source, a.Note)).ToListAsync(ct);
        var keys = rows.Select(r => r.Competency).Distinct().ToList();
        // Names from published versions only (newest first): a draft's wording is not public yet.
        var names = await db.Competencies.AsNoTracking().Where(c => keys.Contains(c.Key) && c.FrameworkVersion.Status == Competencies.VersionStatus.Published)
            .OrderByDescending(c => c.FrameworkVersion.Number).Select(c => new { c.Key, c.Name }).ToListAsync(ct);
        var companyNames = await db.CompanyRoleEntries.AsNoTracking().Where(e => keys.Contains(e.CompetencyKey)).Select(e => new { Key = e.CompetencyKey, Name = e.CompetencyName }).ToListAsync(ct);
        var byKey = names.Concat(companyNames).GroupBy(n => n.Key).ToDictionary(g => g.Key, g => g.First().Name);
        FromEmployer = rows.Select(r => r with { Competency = byKey.GetValueOrDefault(r.Competency, r.Competency) }).ToList();
        SelfCount = await db.Assessments.CountAsync(a => a.PersonId == personId && a.Source == RatingSource.Self, ct);
    }
}
