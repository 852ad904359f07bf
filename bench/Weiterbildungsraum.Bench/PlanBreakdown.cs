using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Matching;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Matching;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Bench;

/// <summary>`-- plan-aufschluesselung`: the training plan page step by step (wall clock and processor time), to see where the time goes.</summary>
public static class PlanBreakdown
{
    public static async Task RunAsync(int rounds = 5)
    {
        var bench = new TrainingPlanBenchmark();
        await bench.SetupAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        try
        {
            for (var round = 0; round < rounds; round++)
            {
                await using var db = new SqliteAppDbContext(bench.Options);
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var steps = new List<string>();
                void Step(string name)
                {
                    steps.Add($"{name} {clock.Elapsed.TotalMilliseconds:0} ms");
                    clock.Restart();
                }
                var team = await TeamLevels.LoadAsync(db, bench.OrganisationId, null, Horizon.Now);
                Step($"Team und Lücken ({team.Count}, {team.Sum(m => m.Gaps.Count(g => g.Size > 0))} Lücken)");
                var gaps = team.Select(m => new EmployeeGaps(m.PersonId, m.Name, m.Gaps)).ToList();
                var teamGaps = TeamNeeds.Aggregate(gaps);
                var shared = TeamNeeds.Shared(gaps);
                Step($"Teambedarf ({shared.Count} gemeinsam)");
                var offers = await CandidateOffers.LoadAsync(db, PlaceTable.Directory, teamGaps.Select(g => g.CompetencyKey).ToList(), today);
                Step($"Angebote laden ({offers.Count}, {offers.Sum(o => o.Sessions.Count)} Termine)");
                var index = new Domain.Matching.OfferIndex(offers);
                var count = team.Sum(m => Recommender.Recommend(m.Gaps, SearchConstraints.ForCompany, index.Touching(m.Gaps), today, limit: 3, nextSteps: 0).Items.Count);
                Step($"Empfehlungen ({count})");
                var board = await TrainingPlanBoard.LoadAsync(db, bench.OrganisationId, today.Year);
                Step($"Planliste ({board.Rows.Count})");
                process.Refresh();
                Console.WriteLine(string.Join(" · ", steps) + $" · CPU gesamt {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms · Last {File.ReadAllText("/proc/loadavg").Trim()}");
            }
        }
        finally
        {
            await ProbeAsync(bench, today);
            bench.Cleanup();
        }
    }

    private static async Task ProbeAsync(TrainingPlanBenchmark bench, DateOnly today)
    {
        await using var db = new SqliteAppDbContext(bench.Options);
        var team = await TeamLevels.LoadAsync(db, bench.OrganisationId, null, Horizon.Now);
        var keys = team.SelectMany(m => m.Gaps).Select(g => g.CompetencyKey).Distinct().ToList();
        var query = db.Offers.AsNoTracking()
            .Where(o => o.IsPublished && o.Provider.IsApproved && o.Competencies.Any(c => keys.Contains(c.CompetencyKey)))
            .Select(o => new { o.Id, o.Title, o.Price, o.Hours, o.Azav, o.Language });
        var teaching = db.OfferCompetencies.Where(c => keys.Contains(c.CompetencyKey)).Select(c => c.OfferId);
        var byCompetency = db.Offers.AsNoTracking()
            .Where(o => teaching.Contains(o.Id) && o.IsPublished && o.Provider.IsApproved)
            .Select(o => new { o.Id, o.Title, o.Price, o.Hours, o.Azav, o.Language });
        Console.WriteLine(byCompetency.ToQueryString().Split("\n\n")[^1]);
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            var offers = await query.ToListAsync();
            var t1 = clock.Elapsed.TotalMilliseconds;
            var ids = offers.Select(o => o.Id).ToList();
            var competencies = await db.OfferCompetencies.AsNoTracking().Where(c => ids.Contains(c.OfferId)).Select(c => new { c.OfferId, c.CompetencyKey, c.EntryLevel, c.ExitLevel }).ToListAsync();
            var t2 = clock.Elapsed.TotalMilliseconds;
            var sessions = await db.OfferSessions.AsNoTracking().Where(s => ids.Contains(s.OfferId) && s.StartDate >= today).Select(s => new { s.OfferId, s.Id, s.StartDate, s.EndDate, s.Format, s.Postcode, s.Town }).ToListAsync();
            var t3 = clock.Elapsed.TotalMilliseconds;
            var split = await CandidateOffers.LoadAsync(db, PlaceTable.Directory, keys, today);
            var t4 = clock.Elapsed.TotalMilliseconds;
            var b = await byCompetency.ToListAsync();
            var t5 = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"über Kompetenzindex {b.Count} {t5 - t4:0} ms");
            Console.WriteLine($"Angebote {offers.Count} {t1:0} ms · Kompetenzen {competencies.Count} {t2 - t1:0} ms · Termine {sessions.Count} {t3 - t2:0} ms · CandidateOffers {split.Count} {t4 - t3:0} ms");
        }
    }
}
