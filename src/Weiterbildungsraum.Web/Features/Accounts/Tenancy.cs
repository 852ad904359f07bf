using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>Which organisation a signed-in user acts for; everything tenant-bound starts here.</summary>
public static class Tenancy
{
    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>The organisation the user belongs to with the given membership kind, or null.</summary>
    public static async Task<int?> OrganisationIdAsync(AppDbContext db, ClaimsPrincipal user, MembershipKind kind, CancellationToken ct = default)
    {
        var userId = UserId(user);
        if (userId is null) return null;
        var ids = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && m.Kind == kind)
            .OrderBy(m => m.Id).Select(m => (int?)m.OrganisationId).Take(1).ToListAsync(ct);
        return ids.FirstOrDefault();
    }
}
