using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>
/// Deleting one's account removes the login and every name, and keeps the ratings only as anonymous
/// data points, so that regional aggregates and the company's own numbers stay consistent
/// (docs/privacy.md).
/// </summary>
public static class AccountDeletion
{
    public const string AnonymousName = "Gelöschte Person";

    public static Task DeleteAsync(AppDbContext db, UserManager<AppUser> users, string userId, CancellationToken ct) =>
        db.InTransactionAsync(async token =>
        {
            var now = DateTime.UtcNow;
            foreach (var person in await db.People.Where(p => p.UserId == userId).ToListAsync(token))
            {
                person.FirstName = AnonymousName;
                person.LastName = "";
                person.BirthYear = null;
                person.Key = null;
                person.UserId = null;
                person.SharesSelfAssessments = false;
                await db.Assessments.Where(a => a.PersonId == person.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Note, (string?)null).SetProperty(a => a.EvidenceName, (string?)null), token);
            }
            await db.Enquiries.Where(e => e.FromUserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Name, AnonymousName).SetProperty(e => e.Email, "").SetProperty(e => e.FromUserId, (string?)null), token);
            // The record of a Verbund keeps the organisation that acted, not the account.
            await db.CohortStatusChanges.Where(h => h.ChangedByUserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(h => h.ChangedByUserId, (string?)null), token);
            await db.ContactPersons.Where(c => c.UserId == userId).ExecuteDeleteAsync(token);
            await Network.EventRegistrations.RemoveOfUserAsync(db, userId, now, token);
            await db.Memberships.Where(m => m.UserId == userId).ExecuteDeleteAsync(token);
            await db.SaveChangesAsync(token);
            var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException("Konto nicht gefunden.");
            var result = await users.DeleteAsync(user);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            db.AuditLog.Add(new AuditLogEntry { At = now, Action = "Konto gelöscht", Detail = "Personenbezogene Daten entfernt oder anonymisiert." });
            await db.SaveChangesAsync(token);
            return true;
        }, ct);
}
