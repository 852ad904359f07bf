using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Profiles;

/// <summary>/netzwerk/profil: the organisations the user speaks for and, for the coordination, the network actors it curates.</summary>
[Authorize(Policy = Policies.OrganisationStaff)]
public sealed class OurProfilesModel(AppDbContext db) : PageModel
{
    public sealed record Row(int Id, string Name, OrganisationType Type, bool IsPublic, bool IsApproved, int Contacts, int PublicContacts);

    public List<Row> Own { get; private set; } = [];
    public List<Row> Curated { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var own = await ProfileAccess.OwnOrganisationIdsAsync(db, User, ct);
        Own = await Rows(db.Organisations.Where(o => own.Contains(o.Id))).ToListAsync(ct);
        if (ProfileAccess.CuratesActors(User))
            Curated = await Rows(db.Organisations.Where(o => o.Type != OrganisationType.Company && o.Type != OrganisationType.Provider && !own.Contains(o.Id)))
                .ToListAsync(ct);
    }

    private IQueryable<Row> Rows(IQueryable<Organisation> organisations) =>
        organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Row(o.Id, o.Name, o.Type, o.IsPublicProfile, o.IsApproved,
            db.ContactPersons.Count(c => c.OrganisationId == o.Id), db.ContactPersons.Count(c => c.OrganisationId == o.Id && c.IsPublic)));
}
