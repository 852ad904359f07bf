using System.Linq.Expressions;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>Checks of signed-in people: every answer is an appended self-assessment of the check.</summary>
public static class SavedChecks
{
    public static Task<Person?> PersonAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct = default)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? Task.FromResult<Person?>(null) : db.People.SingleOrDefaultAsync(p => p.UserId == userId, ct);
    }

    public static async Task<Person> EnsurePersonAsync(AppDbContext db, string userId, CancellationToken ct = default)
    {
        var person = await db.People.SingleOrDefaultAsync(p => p.UserId == userId, ct);
        if (person is not null) return person;
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(ct);
        var parts = name.Trim().Split(' ', 2);
        person = new Person { UserId = userId, FirstName = parts[0], LastName = parts.Length > 1 ? parts[1] : "", CreatedAt = DateTime.UtcNow };
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return person;
    }

    public static Task<CompetencyCheck?> OpenCheckAsync(AppDbContext db, int personId, string routeKey, CancellationToken ct = default) =>
        db.CompetencyChecks.Where(c => c.PersonId == personId && c.CompletedAt == null).Where(ForRoute(routeKey))
            .OrderByDescending(c => c.StartedAt).FirstOrDefaultAsync(ct);

    public static Task<CompetencyCheck?> NewestCheckAsync(AppDbContext db, int personId, string routeKey, CancellationToken ct = default) =>
        db.CompetencyChecks.AsNoTracking().Where(c => c.PersonId == personId).Where(ForRoute(routeKey))
            .OrderByDescending(c => c.StartedAt).FirstOrDefaultAsync(ct);

    public static async Task<Dictionary<string, int>> LevelsAsync(AppDbContext db, int checkId, CancellationToken ct = default)
    {
        var rows = await db.Assessments.AsNoTracking().Where(a => a.CheckId == checkId && a.Source == RatingSource.Self)
            .Select(a => new { a.CompetencyKey, a.Level, a.AssessedAt, a.Id }).ToListAsync(ct);
        return rows.GroupBy(r => r.CompetencyKey)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.AssessedAt).ThenByDescending(r => r.Id).First().Level, StringComparer.Ordinal);
    }

    /// <summary>Appends a rating only where it differs from the check's newest one; the history stays intact.</summary>
    public static async Task<CompetencyCheck> SaveAsync(AppDbContext db, Person person, CheckProfile profile, IReadOnlyDictionary<string, int> ratings,
        string? userId, DateTime now, bool complete, CancellationToken ct = default)
    {
        var check = await OpenCheckAsync(db, person.Id, profile.RouteKey, ct);
        if (check is null)
        {
            check = new CompetencyCheck
            {
                PersonId = person.Id, RoleKey = profile.RoleKey, CompanyRoleId = profile.CompanyRoleId,
                FrameworkVersionId = await CurrentModel.VersionIdAsync(db, ct), StartedAt = now,
            };
            db.CompetencyChecks.Add(check);
            await db.SaveChangesAsync(ct);
        }
        var current = await LevelsAsync(db, check.Id, ct);
        foreach (var (key, level) in ratings)
            if (!current.TryGetValue(key, out var before) || before != level)
                db.Assessments.Add(new Assessment
                {
                    PersonId = person.Id, CheckId = check.Id, CompetencyKey = key, FrameworkVersionId = check.FrameworkVersionId,
                    Level = level, Source = RatingSource.Self, AssessedAt = now, AssessedByUserId = userId,
                });
        if (complete) check.CompletedAt = now;
        await db.SaveChangesAsync(ct);
        return check;
    }

    public static Expression<Func<CompetencyCheck, bool>> ForRoute(string routeKey)
    {
        if (routeKey.StartsWith(CheckProfiles.CompanyRolePrefix, StringComparison.Ordinal)
            && int.TryParse(routeKey[CheckProfiles.CompanyRolePrefix.Length..], out var companyRoleId))
            return c => c.CompanyRoleId == companyRoleId;
        return c => c.RoleKey == routeKey && c.CompanyRoleId == null;
    }

    public static string RouteKeyOf(CompetencyCheck check) =>
        check.CompanyRoleId is { } id ? CheckProfiles.RouteKeyOf(id) : check.RoleKey;
}
