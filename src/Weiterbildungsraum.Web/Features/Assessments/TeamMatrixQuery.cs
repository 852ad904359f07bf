using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>
/// The team matrix of one company in a fixed number of set-based queries (people, company roles,
/// REGIO profiles, ratings) whatever the head count, then computed in memory by the domain.
/// </summary>
public static class TeamMatrixQuery
{
    public sealed record Matrix(TeamMatrixResult Result, IReadOnlyList<RoleRef> Roles, RoleRef? Filter);

    public static async Task<Matrix> LoadAsync(AppDbContext db, int organisationId, string? roleFilter, MatrixSort sort, CancellationToken ct = default)
    {
        var members = await TeamRoles.MembersAsync(db, organisationId, ct);
        var roles = await EmployeeProfiles.LoadAsync(db, organisationId, TeamRoles.RegioKeys(members), ct);
        var filter = roleFilter is null ? null : roles.GetValueOrDefault(roleFilter);
        var included = members.Where(m => m.Role is not null && roles.ContainsKey(m.Role) && (filter is null || m.Role == filter.Value)).ToList();
        var ratings = await EmployeeProfiles.VisibleRatingsAsync(db, organisationId, roleFilter is null ? null : included.Select(m => m.Id).ToList(), ct);
        var result = TeamMatrix.Build(included.Select(m =>
        {
            var role = roles[m.Role!];
            return new TeamMember(m.Id, m.Name, role.Name, role.Targets, ratings[m.Id]);
        }), sort);
        var used = members.Select(m => m.Role).ToHashSet();
        return new Matrix(result, roles.Values.Where(r => used.Contains(r.Value)).OrderBy(r => r.Name, StringComparer.CurrentCulture).ToList(), filter);
    }

    public static MatrixSort ParseSort(string? sort) => sort switch
    {
        "luecke" => MatrixSort.LargestGap,
        "passung" => MatrixSort.LowestFit,
        _ => MatrixSort.Name,
    };
}
