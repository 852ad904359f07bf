using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies;

[AllowAnonymous]
public sealed class FamilyModel(AppDbContext db) : PageModel
{
    public JobFamilyDetail Family { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if ((await CompetenciesApi.GetFamily(id, db, ct)).Result is not Ok<JobFamilyDetail> { Value: { } family })
            return NotFound();
        Family = family;
        return Page();
    }
}
