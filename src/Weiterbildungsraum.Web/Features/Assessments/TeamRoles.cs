using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>The roles in use in one company, with their employees' ids: the basis of the team grid and the matrix.</summary>
public static class TeamRoles
{
    public sealed record Member(int Id, string FirstName, string LastName, string? Role, bool SharesSelf)
    {
        public string Name => $"{FirstName} {LastName}";
    }

    public static Task<List<Member>> MembersAsync(AppDbContext db, int organisationId, CancellationToken ct) =>
        CompanyScope.Employees(db, organisationId).AsNoTracking().OrderBy(p => p.LastName).ThenBy(p => p.FirstName).ThenBy(p => p.Id)
            .Select(p => new Member(p.Id, p.FirstName, p.LastName,
                p.CompanyRoleId != null ? "c:" + p.CompanyRoleId : p.RoleKey != null ? "r:" + p.RoleKey : null, p.SharesSelfAssessments))
            .ToListAsync(ct);

    public static IEnumerable<string> RegioKeys(IEnumerable<Member> members) =>
        members.Where(m => m.Role is not null && m.Role.StartsWith("r:", StringComparison.Ordinal)).Select(m => m.Role![2..]);
}
