using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Profiles;

/// <summary>
/// Who edits an organisation's profile and contact persons: its own HR, provider staff or network staff; the network
/// coordination also curates the profiles of network actors (chambers, agencies, associations …), never those of
/// companies and providers. Everyone else gets "not found", so that the existence of a private profile is not revealed.
/// </summary>
public static class ProfileAccess
{
    private static readonly MembershipKind[] SpeakingFor = [MembershipKind.HR, MembershipKind.ProviderStaff, MembershipKind.Staff];

    public static bool IsNetworkActor(OrganisationType type) => type is not (OrganisationType.Company or OrganisationType.Provider);

    public static bool CuratesActors(ClaimsPrincipal user) => user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Admin);

    public static Task<List<int>> OwnOrganisationIdsAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = Tenancy.UserId(user) ?? "";
        return db.Memberships.AsNoTracking().Where(m => m.UserId == userId && SpeakingFor.Contains(m.Kind))
            .Select(m => m.OrganisationId).Distinct().ToListAsync(ct);
    }

    /// <summary>The organisation, tracked for editing, when the user may edit it; otherwise null.</summary>
    public static async Task<Organisation?> EditableAsync(AppDbContext db, ClaimsPrincipal user, int organisationId, CancellationToken ct)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null) return null;
        if (CuratesActors(user) && IsNetworkActor(organisation.Type)) return organisation;
        return (await OwnOrganisationIdsAsync(db, user, ct)).Contains(organisationId) ? organisation : null;
    }
}
