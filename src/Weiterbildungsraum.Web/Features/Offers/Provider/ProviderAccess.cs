using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Offers.Provider;

/// <summary>A provider user acts only for the organisations where they are ProviderStaff; everything else is "not found".</summary>
public static class ProviderAccess
{
    public static Task<List<int>> OrganisationIdsAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return db.Memberships.Where(m => m.UserId == userId && m.Kind == MembershipKind.ProviderStaff)
            .OrderBy(m => m.OrganisationId).Select(m => m.OrganisationId).ToListAsync(ct);
    }

    /// <summary>The organisation asked for, if the user may act for it; else the first one; null when the user has none.</summary>
    public static async Task<int?> CurrentAsync(AppDbContext db, ClaimsPrincipal user, int? requested, CancellationToken ct = default)
    {
        var ids = await OrganisationIdsAsync(db, user, ct);
        if (requested is { } r) return ids.Contains(r) ? r : null;
        return ids.Count > 0 ? ids[0] : null;
    }

    /// <summary>The offer with its sessions, competencies and removed competencies, only when it belongs to one of the user's organisations.</summary>
    public static async Task<Offer?> OwnOfferAsync(AppDbContext db, ClaimsPrincipal user, int offerId, CancellationToken ct = default)
    {
        var ids = await OrganisationIdsAsync(db, user, ct);
        return await db.Offers.Include(o => o.Sessions.Where(s => !s.IsClosedGroupRun)).Include(o => o.Competencies).Include(o => o.RemovedCompetencies).Include(o => o.Provider)
            .AsSplitQuery()
            .SingleOrDefaultAsync(o => o.Id == offerId && ids.Contains(o.ProviderId), ct);
    }
}
