using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// The team matrix of a company with 500 employees in one 25-competency role, each with a self and a
/// manager rating per competency (25,000 ratings): the server's work from the database to the finished matrix,
/// on a SQLite file as in the default installation; and the in-memory part alone.
/// </summary>
[MemoryDiagnoser]
// In process: the generated project of the default toolchain cannot build the web host it references.
[InProcess]
[WarmupCount(3)]
[IterationCount(10)]
public class TeamMatrixBenchmark
{
    public const int Employees = 500;
    public const int Competencies = 25;

    private string file = "";
    private DbContextOptions<SqliteAppDbContext> options = null!;
    private int organisationId;

    public DbContextOptions<SqliteAppDbContext> Options => options;
    public int OrganisationId => organisationId;
    private List<TeamMember> members = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        file = Path.Combine(Path.GetTempPath(), $"wbr-bench-{Guid.NewGuid():N}.db");
        options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new SqliteAppDbContext(options);
        await DatabaseSetup.MigrateAsync(db);
        await ModelSeeder.SeedAsync(db, new ContentReader(ContentRoot()).ReadModel(), DateTime.UtcNow);
        organisationId = await TeamMatrixData.SeedCompanyAsync(db, Employees, Competencies);
        members = await TeamMatrixData.MembersAsync(db, organisationId);
    }

    [Benchmark(Description = "Team-Matrix 500 × 25 aus SQLite (Abfragen + Berechnung)")]
    public async Task<TeamMatrixResult> From_database()
    {
        await using var db = new SqliteAppDbContext(options);
        return (await TeamMatrixQuery.LoadAsync(db, organisationId, null, MatrixSort.LargestGap)).Result;
    }

    [Benchmark(Description = "Team-Matrix 500 × 25, nur Berechnung")]
    public TeamMatrixResult In_memory() => TeamMatrix.Build(members, MatrixSort.LargestGap);

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
}
