using System.Diagnostics;
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
                var count = team.Sum(m => Recommender.Recommend(m.Gaps, SearchConstraints.None, index.Touching(m.Gaps), today, limit: 3).Items.Count);
                Step($"Empfehlungen ({count})");
                var board = await TrainingPlanBoard.LoadAsync(db, bench.OrganisationId, today.Year);
                Step($"Planliste ({board.Rows.Count})");
                process.Refresh();
                Console.WriteLine(string.Join(" · ", steps) + $" · CPU gesamt {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms · Last {File.ReadAllText("/proc/loadavg").Trim()}");
            }
        }
        finally
        {
            bench.Cleanup();
        }
    }
}
