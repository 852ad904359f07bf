using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

/// <summary>
/// How far an ESCO import has come. Works without script through the "Aktualisieren" link; a meta refresh
/// would fail WCAG 2.2.1 (axe rule meta-refresh), so the page polls the status API with a small script instead.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EscoImportStatusModel(AppDbContext db) : PageModel
{
    public EscoImportJob Job { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await db.EscoImportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id, ct) is not { } job) return NotFound();
        Job = job;
        return Page();
    }
}
