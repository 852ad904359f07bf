using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Assessments;

namespace Weiterbildungsraum.Bench;

/// <summary>`-- aufschluesselung`: times each query of the team matrix separately, to see where the time goes.</summary>
public static class Breakdown
{
    public static async Task RunAsync()
    {
        var bench = new TeamMatrixBenchmark();
        await bench.SetupAsync();
        var options = bench.Options;
        for (var round = 0; round < 5; round++)
        {
            await using var db = new SqliteAppDbContext(options);
            var clock = Stopwatch.StartNew();
            var members = await TeamRoles.MembersAsync(db, bench.OrganisationId, default);
            var t1 = clock.Elapsed.TotalMilliseconds;
            var roles = await EmployeeProfiles.LoadAsync(db, bench.OrganisationId, TeamRoles.RegioKeys(members));
            var t2 = clock.Elapsed.TotalMilliseconds;
            var ratings = await EmployeeProfiles.VisibleRatingsAsync(db, bench.OrganisationId);
            var t3 = clock.Elapsed.TotalMilliseconds;
            var matrix = await TeamMatrixQuery.LoadAsync(db, bench.OrganisationId, null, Domain.Assessments.MatrixSort.LargestGap);
            var t4 = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"Personen {t1:0.0} ms · Profile {t2 - t1:0.0} ms · Einschätzungen ({ratings.Sum(g => g.Count())}) {t3 - t2:0.0} ms · ganze Matrix ({matrix.Result.Rows.Count} × {matrix.Result.Columns.Count}) {t4 - t3:0.0} ms");
        }
        await using (var db = new SqliteAppDbContext(options))
        {
            var org = bench.OrganisationId;
            var query = db.Assessments.AsNoTracking().Where(a => a.Person.OrganisationId == org && (a.Source != Domain.Assessments.RatingSource.Self || a.Person.SharesSelfAssessments))
                .Select(a => new { a.PersonId, a.CompetencyKey, a.Level, a.Source, a.AssessedAt });
            Console.WriteLine(query.ToQueryString());
            for (var round = 0; round < 3; round++)
            {
                var clock = Stopwatch.StartNew();
                var sync = query.ToList();
                var t1 = clock.Elapsed.TotalMilliseconds;
                var async = await query.ToListAsync();
                var t2 = clock.Elapsed.TotalMilliseconds;
                var narrow = await db.Assessments.AsNoTracking().Where(a => a.Person.OrganisationId == org).Select(a => new { a.PersonId, a.CompetencyKey, a.Level }).ToListAsync();
                var t3 = clock.Elapsed.TotalMilliseconds;
                Console.WriteLine($"EF sync {t1:0.0} ms · EF async {t2 - t1:0.0} ms · EF ohne Quelle/Datum {t3 - t2:0.0} ms");
            }
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            for (var round = 0; round < 3; round++)
            {
                var clock = Stopwatch.StartNew();
                await using var command = connection.CreateCommand();
                var sql = query.ToQueryString();
                command.CommandText = sql[sql.IndexOf("SELECT", StringComparison.Ordinal)..];
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@org";
                parameter.Value = org;
                command.Parameters.Add(parameter);
                await using var reader = await command.ExecuteReaderAsync();
                var n = 0;
                while (await reader.ReadAsync()) { _ = reader.GetString(1); _ = reader.GetString(3); _ = reader.GetString(4); n++; }
                Console.WriteLine($"roh: {n} Zeilen in {clock.Elapsed.TotalMilliseconds:0.0} ms");
            }
        }
        bench.Cleanup();
    }
}
