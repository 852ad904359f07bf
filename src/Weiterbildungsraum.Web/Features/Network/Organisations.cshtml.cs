using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

[AllowAnonymous]
public sealed class OrganisationsModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, OrganisationType Type, string Town, string Description);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public OrganisationType? Typ { get; set; }

    public List<Row> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Organisations = await NetworkDirectory.Public(db, Typ, Q).AsNoTracking()
            .Select(o => new Row(o.Id, o.Name, o.Type, o.Town, o.Description)).ToListAsync(ct);
}
