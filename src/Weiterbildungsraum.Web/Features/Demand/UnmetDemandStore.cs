using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>Counts unmet needs (Matching writes, the radar reads). One counter row per competency, level, town and month.</summary>
public static class UnmetDemandStore
{
    public static async Task RecordAsync(AppDbContext db, IEnumerable<(string CompetencyKey, int Level)> needs, string? town, DateOnly day, CancellationToken ct)
    {
        var month = UnmetDemand.MonthOf(day);
        var place = town ?? "";
        foreach (var (key, level) in needs.Distinct())
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                var updated = await db.UnmetDemand.Where(u => u.CompetencyKey == key && u.Level == level && u.Town == place && u.Month == month)
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.Count, u => u.Count + 1), ct);
                if (updated > 0) break;
                var row = new UnmetDemandCount { CompetencyKey = key, Level = level, Town = place, Month = month, Count = 1 };
                db.UnmetDemand.Add(row);
                try
                {
                    await db.SaveChangesAsync(ct);
                    break;
                }
                catch (DbUpdateException)
                {
                    // Another request created the counter first (unique index); count on it in the next attempt.
                    db.Entry(row).State = EntityState.Detached;
                }
            }
        }
    }

    public static async Task<List<UnmetDemandRecord>> LoadAsync(AppDbContext db, DateOnly since, CancellationToken ct)
    {
        var month = UnmetDemand.MonthOf(since);
        return await db.UnmetDemand.AsNoTracking().Where(u => u.Month >= month)
            .Select(u => new UnmetDemandRecord(u.CompetencyKey, u.Level, u.Town, u.Month, u.Count)).ToListAsync(ct);
    }
}
