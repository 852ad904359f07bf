using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>The result of the current check (draft or newest saved one) or of a saved check from the history.</summary>
[AllowAnonymous]
public sealed class CheckResultModel(AppDbContext db, AnonymousDrafts drafts) : PageModel
{
    public CheckResultView Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string rolle, int? id, CancellationToken ct)
    {
        var result = await LoadAsync(db, drafts, HttpContext, rolle, id, ct);
        if (result is null) return NotFound();
        Result = result;
        return Page();
    }

    public static async Task<CheckResultView?> LoadAsync(AppDbContext db, AnonymousDrafts drafts, HttpContext http, string rolle, int? id, CancellationToken ct)
    {
        var state = await CheckState.LoadAsync(db, drafts, http, rolle, ct);
        if (state is null) return null;
        if (id is { } checkId)
        {
            // A saved check belongs to its person alone.
            var check = state.Person is null ? null : await db.CompetencyChecks.FindAsync([checkId], ct);
            if (check is null || check.PersonId != state.Person!.Id || SavedChecks.RouteKeyOf(check) != rolle) return null;
            state = state with { Check = check, Levels = await SavedChecks.LevelsAsync(db, check.Id, ct), Date = check.CompletedAt ?? check.StartedAt };
        }
        return CheckResultView.Of(state);
    }
}
