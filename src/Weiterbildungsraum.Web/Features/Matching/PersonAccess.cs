using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Matching;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Matching;

public enum PersonAccessOutcome { Allowed, NotSignedIn, Forbidden, NotFound, NoRole }

/// <summary>
/// Who may compute recommendations from a stored person: the person, and HR of the person's company. HR reads what the
/// sharing rule allows (manager, agreed and certificate ratings; self ratings only when the person shares them), and each
/// such read is written to the audit log the person sees. HR of another company gets 404, like a person that does not exist.
/// The audience follows from this check alone: HR reading its employee plans for the company (in-house runs fit), the person
/// reading herself is an individual — also when she is HR herself.
/// </summary>
public static class PersonAccess
{
    public static async Task<(PersonAccessOutcome Outcome, PersonContext? Context)> LoadAsync(
        AppDbContext db, ClaimsPrincipal user, int personId, string purpose, CancellationToken ct)
    {
        var userId = Tenancy.UserId(user);
        if (userId is null) return (PersonAccessOutcome.NotSignedIn, null);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new
            {
                p.Id, p.UserId, p.OrganisationId, p.RoleKey, p.CompanyRoleId, p.BirthYear, p.SharesSelfAssessments,
                Size = p.Organisation != null ? p.Organisation.EmployeeCount : null,
                Town = p.Organisation != null ? p.Organisation.Town : null,
            })
            .SingleOrDefaultAsync(ct);
        var isSelf = person is not null && person.UserId == userId;
        if (!isSelf)
        {
            var hrOf = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId && m.Kind == MembershipKind.HR)
                .Select(m => m.OrganisationId).ToListAsync(ct);
            if (hrOf.Count == 0) return (PersonAccessOutcome.Forbidden, null);
            if (person?.OrganisationId is not { } organisationId || !hrOf.Contains(organisationId)) return (PersonAccessOutcome.NotFound, null);
        }

        var (role, targets) = await ProfileAsync(db, person!.CompanyRoleId, person.OrganisationId, person.RoleKey, ct);
        if (role is null) return (PersonAccessOutcome.NoRole, null);
        var ratings = await db.Assessments.AsNoTracking()
            .Where(a => a.PersonId == person.Id && (isSelf || a.Source != RatingSource.Self || person.SharesSelfAssessments))
            .Select(a => new { a.CompetencyKey, a.Level, a.Source, a.AssessedAt }).ToListAsync(ct);
        var keys = targets.Select(t => t.CompetencyKey).ToHashSet(StringComparer.Ordinal);
        var levels = CurrentLevel.Levels(ratings.Where(r => keys.Contains(r.CompetencyKey))
            .Select(r => new Rating(r.CompetencyKey, r.Level, r.Source, r.AssessedAt)));
        if (!isSelf)
        {
            AuditLog.RecordRead(db, userId, person.Id, purpose);
            await db.SaveChangesAsync(ct);
        }
        var year = DateTime.UtcNow.Year;
        return (PersonAccessOutcome.Allowed, new PersonContext(role, targets, levels, person.Size, person.Town,
            person.BirthYear is { } born ? year - born : null, isSelf ? Audience.Individual : Audience.Company));
    }

    private static async Task<(RoleSummary? Role, IReadOnlyList<ProfileTarget> Targets)> ProfileAsync(
        AppDbContext db, int? companyRoleId, int? organisationId, string? roleKey, CancellationToken ct)
    {
        if (companyRoleId is { } id && organisationId is { } org)
        {
            var role = await db.CompanyRoles.AsNoTracking().Where(r => r.Id == id && r.OrganisationId == org)
                .Select(r => new { r.Name, Family = r.SourceRole != null ? r.SourceRole.Family.Key : "", FamilyName = r.SourceRole != null ? r.SourceRole.Family.Name : "" })
                .SingleOrDefaultAsync(ct);
            if (role is not null)
            {
                var targets = await db.CompanyRoleEntries.AsNoTracking().Where(e => e.CompanyRoleId == id)
                    .Select(e => new ProfileTarget(e.CompetencyKey, e.CompetencyName, e.TargetNow, e.TargetFuture, e.Weight)).ToListAsync(ct);
                return (new RoleSummary(RoleRef.Company(id), role.Name, "", null, null, role.Family, role.FamilyName), targets);
            }
        }
        if (roleKey is not null && await RoleProfileQuery.LoadAsync(db, roleKey, ct) is { } regio)
            return (regio.Role, regio.Competencies.Select(c => new ProfileTarget(c.Id, c.Name, c.TargetNow, c.TargetFuture, c.Weight)).ToList());
        return (null, []);
    }
}
