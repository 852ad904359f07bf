using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>The network directory shows only organisations that opted in to a public profile (and approved providers).</summary>
public static class NetworkDirectory
{
    public static IQueryable<Organisation> Public(AppDbContext db, OrganisationType? type, string? search)
    {
        var query = db.Organisations.Where(o => o.IsPublicProfile && o.IsApproved);
        if (type is { } t) query = query.Where(o => o.Type == t);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = search.Trim().ToLower();
            query = query.Where(o => o.Name.ToLower().Contains(term) || o.Town.ToLower().Contains(term) || o.Description.ToLower().Contains(term));
        }
        return query.OrderBy(o => o.Name);
    }
}
