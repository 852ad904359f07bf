using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>
/// Tenant isolation for HR: every company query starts from the organisations the user is HR of.
/// Anything outside answers 404, so ids of other companies reveal nothing.
/// </summary>
public static class CompanyScope
{
    public static Task<int?> OrganisationIdAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct = default) =>
        Tenancy.OrganisationIdAsync(db, user, MembershipKind.HR, ct);

    public static Task<bool> IsHrOfAsync(AppDbContext db, ClaimsPrincipal user, int organisationId, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.Memberships.AnyAsync(m => m.UserId == userId && m.Kind == MembershipKind.HR && m.OrganisationId == organisationId, ct);
    }

    public static IQueryable<Person> Employees(AppDbContext db, int organisationId) =>
        db.People.Where(p => p.OrganisationId == organisationId);
}
