using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Demand;

public static class CohortQueries
{
    /// <summary>Offers that can serve a cohort: published, teaching the competency up to at least the target level.</summary>
    public static IQueryable<Offers.Offer> MatchingOffers(AppDbContext db, string competencyKey, int targetLevel) =>
        db.Offers.AsNoTracking().Where(o => o.IsPublished && o.Provider.IsApproved
            && o.Competencies.Any(c => c.CompetencyKey == competencyKey && c.ExitLevel >= targetLevel));

    /// <summary>Cohorts still forming or running (CohortLifecycle.IsActive, in SQL).</summary>
    public static IQueryable<Cohort> Active(AppDbContext db) =>
        db.Cohorts.Where(c => c.Status != CohortStatus.Closed && c.Status != CohortStatus.Rejected);

    /// <summary>Seats that bind a person in an active cohort: the person is not proposed again for the same competency.</summary>
    public static IQueryable<CohortMember> HeldSeats(AppDbContext db) =>
        db.CohortMembers.Where(m => (m.Seat == SeatState.Open || m.Seat == SeatState.Confirmed)
            && m.Cohort.Status != CohortStatus.Closed && m.Cohort.Status != CohortStatus.Rejected);

    public static async Task<HashSet<string>> RejectedNeedSetsAsync(AppDbContext db, CancellationToken ct) =>
        (await db.Cohorts.AsNoTracking().Where(c => c.Status == CohortStatus.Rejected && c.NeedSet != "").Select(c => c.NeedSet).ToListAsync(ct)).ToHashSet();

    public static async Task<Dictionary<string, string>> CompetencyNamesAsync(AppDbContext db, IEnumerable<string> keys, CancellationToken ct)
    {
        var list = keys.Distinct().ToList();
        var versionId = await Competencies.CurrentModel.VersionIdAsync(db, ct);
        return await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId && list.Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.Name, ct);
    }
}
