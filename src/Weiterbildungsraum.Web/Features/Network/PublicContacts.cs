using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Network;

public sealed record PublicContact(int OrganisationId, string Name, string Function, string? Email, string? Phone);

/// <summary>The contact persons the public may see: only those listed with consent, of organisations in the directory.</summary>
public static class PublicContacts
{
    public static Task<List<PublicContact>> OfAsync(AppDbContext db, IReadOnlyCollection<int> organisationIds, CancellationToken ct) =>
        db.ContactPersons.AsNoTracking()
            .Where(c => organisationIds.Contains(c.OrganisationId) && c.IsPublic && c.ConsentAt != null
                && c.Organisation.IsPublicProfile && c.Organisation.IsApproved)
            .OrderBy(c => c.Name)
            .Select(c => new PublicContact(c.OrganisationId, c.Name, c.Function, c.Email, c.Phone))
            .ToListAsync(ct);
}
