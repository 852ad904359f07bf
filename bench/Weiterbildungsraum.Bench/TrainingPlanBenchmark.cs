using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Matching;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// The company's training plan for 500 employees (issue target &lt; 2 s), end to end on a SQLite file: people, 25,000
/// assessments, the role profile, 10,000 generated offers with their runs and competencies, the plan board of the year —
/// read from the database — and the team gaps, shared needs and three recommendations per employee worked out from them.
/// This is what /weiterbildungsplan computes per request; the API reads the plan board alone.
/// </summary>
[MemoryDiagnoser]
// In process: the generated project of the default toolchain cannot build the web host it references.
[InProcess]
[Config(typeof(Percentiles))]
public class TrainingPlanBenchmark
{
    public const int Employees = 500;
    public const int Competencies = 25;
    public const int Offers = 10_000;

    private string file = "";
    private DbContextOptions<SqliteAppDbContext> options = null!;
    private int organisationId;
    private readonly DateOnly today = DateOnly.FromDateTime(DateTime.UtcNow);

    public DbContextOptions<SqliteAppDbContext> Options => options;
    public int OrganisationId => organisationId;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        file = Path.Combine(Path.GetTempPath(), $"wbr-bench-plan-{Guid.NewGuid():N}.db");
        options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new SqliteAppDbContext(options);
        await DatabaseSetup.MigrateAsync(db);
        var model = new ContentReader(ContentRoot()).ReadModel();
        await ModelSeeder.SeedAsync(db, model, DateTime.UtcNow);
        organisationId = await TeamMatrixData.SeedCompanyAsync(db, Employees, Competencies);
        await TrainingPlanData.SeedOffersAsync(db, model, Offers, today);
        await TrainingPlanData.SeedPlanAsync(db, organisationId, today.Year, itemsPerPerson: 2);
    }

    [Benchmark(Description = "Weiterbildungsplan-Seite, 500 Beschäftigte, 10.000 Angebote, SQLite (Abfragen + Berechnung)")]
    public async Task<int> Page()
    {
        await using var db = new SqliteAppDbContext(options);
        var view = await TrainingPlanView.LoadAsync(db, PlaceTable.Directory, organisationId, null, Horizon.Now, today.Year, today);
        return view.PerEmployee.Values.Sum(r => r.Count) + view.Shared.Count + view.Board.Rows.Count;
    }

    [Benchmark(Description = "Weiterbildungsplan-API (Planliste, 1.000 Einträge), SQLite")]
    public async Task<int> Board()
    {
        await using var db = new SqliteAppDbContext(options);
        return (await TrainingPlanBoard.LoadAsync(db, organisationId, today.Year)).Rows.Count;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    private static string ContentRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Weiterbildungsraum.slnx"))) dir = dir.Parent;
        return dir is null ? ContentReader.DefaultRoot : Path.Combine(dir.FullName, "content");
    }

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95);
    }
}
