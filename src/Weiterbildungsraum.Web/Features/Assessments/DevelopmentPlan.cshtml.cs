using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>The personal Entwicklungsplan of a check, laid out for printing.</summary>
[AllowAnonymous]
public sealed class DevelopmentPlanModel(AppDbContext db, AnonymousDrafts drafts) : PageModel
{
    public CheckResultView Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string rolle, int? id, CancellationToken ct)
    {
        var result = await CheckResultModel.LoadAsync(db, drafts, HttpContext, rolle, id, ct);
        if (result is null) return NotFound();
        Result = result;
        return Page();
    }

    /// <summary>What the next level means, in the words of the model: the concrete next learning goal.</summary>
    public static string NextStep(CheckCompetency competency, int actual)
    {
        var next = Math.Min(actual + 1, ProficiencyScaleMax);
        return competency.Levels.Count >= next && competency.Levels[next - 1].Length > 0
            ? $"Stufe {next}: {competency.Levels[next - 1]}"
            : $"Stufe {next}: {Domain.Competencies.ProficiencyScale.Label(next)}";
    }

    private const int ProficiencyScaleMax = Domain.Competencies.ProficiencyScale.Max;
}
