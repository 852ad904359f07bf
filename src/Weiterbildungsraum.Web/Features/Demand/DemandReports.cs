using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Demand;

public sealed record PublishedReportItem(int Id, string Quarter, string Horizon, DateTime PublishedAt);

/// <summary>Published quarterly reports: stored as they were shown, read back unchanged.</summary>
public static class DemandReports
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<int> PublishAsync(AppDbContext db, DemandReportContent content, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(content, Json);
        var now = DateTime.UtcNow;
        for (var attempt = 0; ; attempt++)
        {
            var report = await db.DemandReports.FirstOrDefaultAsync(r => r.Quarter == content.Quarter && r.Horizon == content.Horizon, ct);
            if (report is null) db.DemandReports.Add(report = new PublishedDemandReport { Quarter = content.Quarter, Horizon = content.Horizon, Content = json });
            report.Content = json;
            report.PublishedAt = now;
            try
            {
                await db.SaveChangesAsync(ct);
                return report.Id;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another coordinator published the same quarter at the same moment (unique index): replace that one.
                db.ChangeTracker.Clear();
            }
        }
    }

    public static Task<List<PublishedReportItem>> ListAsync(AppDbContext db, CancellationToken ct) =>
        db.DemandReports.AsNoTracking().OrderByDescending(r => r.Quarter).ThenBy(r => r.Horizon)
            .Select(r => new PublishedReportItem(r.Id, r.Quarter, r.Horizon, r.PublishedAt)).ToListAsync(ct);

    public static async Task<(DemandReportContent Content, DateTime PublishedAt)?> FindAsync(AppDbContext db, int id, CancellationToken ct) =>
        await db.DemandReports.AsNoTracking().Where(r => r.Id == id).Select(r => new { r.Content, r.PublishedAt }).FirstOrDefaultAsync(ct) is { } found
            ? (JsonSerializer.Deserialize<DemandReportContent>(found.Content, Json)!, found.PublishedAt)
            : null;
}
