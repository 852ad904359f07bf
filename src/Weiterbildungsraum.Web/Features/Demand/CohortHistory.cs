using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>Who acts on a group: the account (for the record) and the role or organisation it acts for (what stays after deletion).</summary>
public sealed record CohortActor(string? UserId, string Label)
{
    public static CohortActor Coordination(ClaimsPrincipal user) => new(Tenancy.UserId(user), "Netzwerk-Koordination");

    public static async Task<CohortActor> OrganisationAsync(AppDbContext db, ClaimsPrincipal user, int organisationId, CancellationToken ct) =>
        new(Tenancy.UserId(user), await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).SingleAsync(ct));
}

public sealed record HistoryRow(DateTime At, CohortStatus? From, CohortStatus To, string By, string? Person, string Note);

public static class CohortHistory
{
    /// <summary>Moves the group on and writes down who did it.</summary>
    public static void MoveTo(this Cohort cohort, CohortStatus to, CohortActor actor, string note = "")
    {
        cohort.History.Add(new CohortStatusChange
        {
            ChangedAt = DateTime.UtcNow, FromStatus = cohort.Status, ToStatus = to, ChangedByUserId = actor.UserId, ChangedBy = actor.Label, Note = note,
        });
        cohort.Status = to;
    }

    /// <summary>Something changed without a new status (a seat, an answer): recorded the same way.</summary>
    public static void Note(this Cohort cohort, CohortActor actor, string note) =>
        cohort.History.Add(new CohortStatusChange
        {
            ChangedAt = DateTime.UtcNow, FromStatus = cohort.Status, ToStatus = cohort.Status, ChangedByUserId = actor.UserId, ChangedBy = actor.Label, Note = note,
        });

    public static Task<List<HistoryRow>> LoadAsync(AppDbContext db, int cohortId, CancellationToken ct) =>
        db.CohortStatusChanges.AsNoTracking().Where(h => h.CohortId == cohortId).OrderBy(h => h.ChangedAt).ThenBy(h => h.Id)
            .Select(h => new HistoryRow(h.ChangedAt, h.FromStatus, h.ToStatus, h.ChangedBy,
                db.Users.Where(u => u.Id == h.ChangedByUserId).Select(u => u.DisplayName).FirstOrDefault(), h.Note))
            .ToListAsync(ct);
}
