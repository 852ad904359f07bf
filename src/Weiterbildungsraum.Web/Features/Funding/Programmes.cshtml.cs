using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Funding;

[Authorize(Policy = Policies.Admin)]
public sealed class ProgrammesModel(AppDbContext db) : PageModel
{
    public List<FundingProgramme> Programmes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Programmes = await db.FundingProgrammes.AsNoTracking().OrderBy(p => p.Key).ThenByDescending(p => p.ValidFrom).ToListAsync(ct);
}
