using System.Security.Claims;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>Where the answers of one check are: in the database for a signed-in person, else in the draft cookie.</summary>
public sealed record CheckState(CheckProfile Profile, Person? Person, CompetencyCheck? Check, Dictionary<string, int> Levels, DateTime? Date)
{
    public static async Task<CheckState?> LoadAsync(AppDbContext db, AnonymousDrafts drafts, HttpContext http, string routeKey, CancellationToken ct)
    {
        var profile = await CheckProfiles.LoadAsync(db, routeKey, ct);
        if (profile is null) return null;
        var person = http.User.Identity?.IsAuthenticated == true ? await SavedChecks.PersonAsync(db, http.User, ct) : null;
        // A company's own role is seen only by the people the company assigned to it.
        if (profile.CompanyRoleId is { } companyRoleId && person?.CompanyRoleId != companyRoleId) return null;
        if (http.User.Identity?.IsAuthenticated == true)
        {
            var check = person is null ? null : await SavedChecks.NewestCheckAsync(db, person.Id, routeKey, ct);
            var levels = check is null ? new Dictionary<string, int>() : await SavedChecks.LevelsAsync(db, check.Id, ct);
            return new CheckState(profile, person, check, levels, check?.CompletedAt ?? check?.StartedAt);
        }
        var draft = drafts.Read(http.Request);
        return draft is not null && draft.Role == routeKey
            ? new CheckState(profile, null, null, new Dictionary<string, int>(draft.Ratings.Where(r => profile.Competencies.Any(c => c.Key == r.Key)), StringComparer.Ordinal), draft.StartedAt)
            : new CheckState(profile, null, null, [], null);
    }

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
