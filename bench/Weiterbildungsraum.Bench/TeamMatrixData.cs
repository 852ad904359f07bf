using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Bench;

/// <summary>Generates a company: one company role copied from the largest REGIO profile, filled up to the wanted size.</summary>
public static class TeamMatrixData
{
    public static async Task<int> SeedCompanyAsync(AppDbContext db, int employees, int competencies)
    {
        var now = DateTime.UtcNow;
        var random = new Random(500);
        var organisation = new Organisation { Name = "Benchmark GmbH", Type = OrganisationType.Company, EmployeeCount = employees, IsApproved = true, CreatedAt = now };
        db.Organisations.Add(organisation);
        var versionId = await CurrentModel.VersionIdAsync(db);
        var source = await db.JobRoles.Where(r => r.Family.VersionId == versionId).OrderByDescending(r => r.Profile.Count)
            .Select(r => new { r.Id, r.Name, Entries = r.Profile.Select(e => new { e.Competency.Key, e.Competency.Name, e.TargetNow, e.TargetFuture, e.Weight }).ToList() })
            .FirstAsync();
        var role = new CompanyRole { Organisation = organisation, Name = source.Name, SourceRoleId = source.Id, FrameworkVersionId = versionId, CreatedAt = now };
        role.Profile.AddRange(source.Entries.Take(competencies).Select(e => new CompanyRoleEntry
        {
            CompetencyKey = e.Key, CompetencyName = e.Name, TargetNow = e.TargetNow, TargetFuture = e.TargetFuture, Weight = e.Weight,
        }));
        for (var i = role.Profile.Count; i < competencies; i++)
            role.Profile.Add(new CompanyRoleEntry { CompetencyKey = $"firma-{i}", CompetencyName = $"Firmenkompetenz {i}", CompanyDescription = "", TargetNow = 2, TargetFuture = 3, Weight = 2 });
        db.CompanyRoles.Add(role);
        await db.SaveChangesAsync();

        for (var p = 0; p < employees; p++)
        {
            var person = new Person { Organisation = organisation, FirstName = $"Vorname{p}", LastName = $"Nachname{p}", CompanyRoleId = role.Id, SharesSelfAssessments = p % 2 == 0, CreatedAt = now };
            db.People.Add(person);
            foreach (var entry in role.Profile)
            {
                db.Assessments.Add(new Assessment { Person = person, CompetencyKey = entry.CompetencyKey, FrameworkVersionId = versionId, Level = random.Next(0, 5), Source = RatingSource.Self, AssessedAt = now.AddDays(-30) });
                db.Assessments.Add(new Assessment { Person = person, CompetencyKey = entry.CompetencyKey, FrameworkVersionId = versionId, Level = random.Next(0, 5), Source = RatingSource.Manager, AssessedAt = now.AddDays(-20) });
            }
        }
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    public static async Task<List<TeamMember>> MembersAsync(AppDbContext db, int organisationId)
    {
        var people = await TeamRoles.MembersAsync(db, organisationId, default);
        var roles = await EmployeeProfiles.LoadAsync(db, organisationId, TeamRoles.RegioKeys(people));
        var ratings = await EmployeeProfiles.VisibleRatingsAsync(db, organisationId);
        return people.Select(m => new TeamMember(m.Id, m.Name, roles[m.Role!].Name, roles[m.Role!].Targets, ratings[m.Id].ToList())).ToList();
    }
}
