using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies;

[AllowAnonymous]
public sealed class FamiliesModel(AppDbContext db) : PageModel
{
    public List<JobFamilyListItem> Families { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Families = (await CompetenciesApi.ListFamilies(db, ct)).Value ?? [];
}
