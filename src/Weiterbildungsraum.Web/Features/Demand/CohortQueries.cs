using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Demand;

public static class CohortQueries
{
    /// <summary>Offers that can serve a cohort: published, teaching the competency up to at least the target level.</summary>
    public static IQueryable<Offers.Offer> MatchingOffers(AppDbContext db, string competencyKey, int targetLevel) =>
        db.Offers.AsNoTracking().Where(o => o.IsPublished && o.Provider.IsApproved
            && o.Competencies.Any(c => c.CompetencyKey == competencyKey && c.ExitLevel >= targetLevel));

    /// <summary>Cohorts still in progress; a person in one of them is not proposed again for the same competency.</summary>
    public static IQueryable<Cohort> Active(AppDbContext db) => db.Cohorts.Where(c => c.Status != CohortStatus.Closed);

    public static async Task<Dictionary<string, string>> CompetencyNamesAsync(AppDbContext db, IEnumerable<string> keys, CancellationToken ct)
    {
        var list = keys.Distinct().ToList();
        var versionId = await Competencies.CurrentModel.VersionIdAsync(db, ct);
        return await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId && list.Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.Name, ct);
    }
}
