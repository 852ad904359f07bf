using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>Everything the platform holds about one person, as the person may take it away (Art. 15/20 DSGVO).</summary>
public static class MyDataExport
{
    public static async Task<byte[]> BuildAsync(AppDbContext db, string userId, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.Email, u.DisplayName, u.CreatedAt }).SingleAsync(ct);
        var roles = await db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(ct);
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Select(m => new { Organisation = m.Organisation.Name, Kind = m.Kind.ToString(), m.CreatedAt }).ToListAsync(ct);
        var person = await db.People.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { p.Id, p.FirstName, p.LastName, p.BirthYear, p.RoleKey, p.SharesSelfAssessments, Organisation = p.Organisation == null ? null : p.Organisation.Name })
            .SingleOrDefaultAsync(ct);
        var personId = person?.Id ?? -1;
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.PersonId == personId).OrderBy(a => a.AssessedAt)
            .Select(a => new { a.CompetencyKey, a.Level, Source = a.Source.ToString(), a.AssessedAt, a.Note, a.EvidenceName }).ToListAsync(ct);
        var checks = await db.CompetencyChecks.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.StartedAt)
            .Select(c => new { c.RoleKey, c.StartedAt, c.CompletedAt }).ToListAsync(ct);
        var enquiries = await db.Enquiries.AsNoTracking().Where(e => e.FromUserId == userId)
            .Select(e => new { Offer = e.Offer.Title, e.Message, e.CreatedAt }).ToListAsync(ct);
        var sharedNeeds = await db.SharedNeeds.AsNoTracking().Where(n => n.PersonId == personId).OrderBy(n => n.CreatedAt)
            .Select(n => new { n.CompetencyKey, n.TargetLevel, n.AvailableFrom, n.AvailableTo, n.CreatedAt }).ToListAsync(ct);
        var cohortSeats = await db.CohortMembers.AsNoTracking().Where(m => m.PersonId == personId).OrderBy(m => m.CohortId)
            .Select(m => new { Cohort = m.CohortId, m.Cohort.CompetencyKey, m.Cohort.VenueTown, m.Cohort.WindowFrom, m.Cohort.WindowTo, Status = m.Cohort.Status.ToString(), Seat = m.Seat.ToString() })
            .ToListAsync(ct);
        var cohortChangesByMe = await db.CohortStatusChanges.AsNoTracking().Where(h => h.ChangedByUserId == userId).OrderBy(h => h.ChangedAt)
            .Select(h => new { Cohort = h.CohortId, h.ChangedAt, ToStatus = h.ToStatus.ToString(), h.ChangedBy, h.Note }).ToListAsync(ct);
        var contactListings = await db.ContactPersons.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Id)
            .Select(c => new { Organisation = c.Organisation.Name, c.Name, c.Function, c.Email, c.Phone, c.IsPublic, c.ConsentAt, c.CreatedAt }).ToListAsync(ct);
        var eventRegistrations = await db.EventRegistrations.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.CreatedAt)
            .Select(r => new { Event = r.Event.Title, r.Event.StartsAt, r.Name, r.Email, r.OrganisationName, r.CreatedAt }).ToListAsync(ct);
        var readsOfMyData = await db.AuditLog.AsNoTracking().Where(a => a.SubjectPersonId == personId).OrderBy(a => a.At)
            .Select(a => new { a.At, a.Action, a.Detail }).ToListAsync(ct);

        var export = new
        {
            exportedAt = DateTime.UtcNow,
            account = new { user.Email, user.DisplayName, user.CreatedAt, roles },
            memberships, person, assessments, checks, enquiries, sharedNeeds, cohortSeats, cohortChangesByMe, contactListings, eventRegistrations, readsOfMyData,
        };
        return JsonSerializer.SerializeToUtf8Bytes(export, new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true });
    }
}
