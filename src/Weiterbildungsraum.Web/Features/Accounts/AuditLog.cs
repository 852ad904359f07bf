using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>Records reads of another person's assessment data, so that the person can see who looked.</summary>
public static class AuditLog
{
    public static void RecordRead(AppDbContext db, string? actorUserId, int subjectPersonId, string what) =>
        db.AuditLog.Add(new AuditLogEntry { At = DateTime.UtcNow, ActorUserId = actorUserId, SubjectPersonId = subjectPersonId, Action = what });
}
