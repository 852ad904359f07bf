using System.Diagnostics;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Demand;

namespace Weiterbildungsraum.Bench;

/// <summary>`-- bedarf-aufschluesselung`: reading, radar and trend of one rebuild timed apart (wall clock and processor time).</summary>
public static class DemandBreakdown
{
    public static async Task RunAsync(int rounds)
    {
        var bench = new DemandRadarDbBenchmark();
        await bench.SetupAsync();
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                await using var db = new SqliteAppDbContext(bench.Options);
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var input = await DemandInputQuery.LoadAsync(db, DateOnly.FromDateTime(DateTime.UtcNow), default);
                var read = clock.Elapsed;
                var radar = DemandRadar.Build(input.Levels, input.Supply, AnonymityRule.Default);
                var built = clock.Elapsed;
                var trend = DemandTrend.Build(input.QuarterGaps, input.Quarters, AnonymityRule.Default);
                var total = clock.Elapsed;
                process.Refresh();
                var published = radar.Cells(new(Weiterbildungsraum.Domain.Assessments.Horizon.Now), input.Catalog.CompetencyKeys(null, null)).Count(c => !c.Suppressed);
                Console.WriteLine($"Lesen {read.TotalMilliseconds:0} ms ({input.Levels.Count} Stufen, {input.QuarterGaps.Count} Quartalswerte, {input.Supply.Count} Termine) · "
                    + $"Radar {(built - read).TotalMilliseconds:0} ms ({published} Kompetenzen veröffentlicht) · Trend {(total - built).TotalMilliseconds:0} ms ({trend.Quarters.Count} Quartale) · "
                    + $"gesamt {total.TotalMilliseconds:0} ms · CPU {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms · Last {File.ReadAllText("/proc/loadavg").Trim()}");
            }
        }
        finally
        {
            bench.Cleanup();
        }
    }
}
