using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Demand;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// What a rebuild of the radar costs the web host, end to end on a SQLite file: reading 100,000 assessments of people in
/// REGIO roles at 330 companies across the region, the role targets and the supply, working out current levels and the
/// quarter snapshots, then building and protecting the radar and the trend.
/// </summary>
[MemoryDiagnoser]
// In process: the generated project of the default toolchain cannot build the web host it references.
[InProcess]
[WarmupCount(1)]
[IterationCount(5)]
public class DemandRadarDbBenchmark
{
    public const int Assessments = 100_000;

    private string file = "";
    private DbContextOptions<SqliteAppDbContext> options = null!;

    public DbContextOptions<SqliteAppDbContext> Options => options;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        file = Path.Combine(Path.GetTempPath(), $"wbr-bench-demand-{Guid.NewGuid():N}.db");
        options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file}").Options;
        await using var db = new SqliteAppDbContext(options);
        await DatabaseSetup.MigrateAsync(db);
        var model = new ContentReader(BenchData.ContentRoot()).ReadModel();
        await ModelSeeder.SeedAsync(db, model, DateTime.UtcNow);
        await TrainingPlanData.SeedOffersAsync(db, model, 2_000, DateOnly.FromDateTime(DateTime.UtcNow));
        await SeedPeopleAsync(db);
    }

    private static async Task SeedPeopleAsync(AppDbContext db)
    {
        var random = new Random(100);
        var now = DateTime.UtcNow;
        var versionId = await CurrentModel.VersionIdAsync(db);
        var roles = await db.JobRoles.Where(r => r.Family.VersionId == versionId)
            .Select(r => new { r.Key, Competencies = r.Profile.Select(e => e.Competency.Key).ToList() }).ToListAsync();
        var towns = Weiterbildungsraum.Domain.Demand.RegionTowns.All.Select(t => t.Name).ToArray();
        var companies = Enumerable.Range(0, 330).Select(i => new Organisation
        {
            Name = $"Firma {i}", Type = OrganisationType.Company, Town = towns[random.Next(towns.Length)], EmployeeCount = 10 + random.Next(200), IsApproved = true, CreatedAt = now,
        }).ToList();
        db.Organisations.AddRange(companies);
        await db.SaveChangesAsync();
        var written = 0;
        while (written < Assessments)
        {
            var role = roles[random.Next(roles.Count)];
            var person = new Person { OrganisationId = companies[random.Next(companies.Count)].Id, FirstName = "Bench", LastName = $"{written}", RoleKey = role.Key, CreatedAt = now };
            db.People.Add(person);
            var at = now.AddDays(-random.Next(0, 720));
            foreach (var competency in role.Competencies)
            {
                db.Assessments.Add(new Assessment { Person = person, CompetencyKey = competency, FrameworkVersionId = versionId, Level = random.Next(0, 4), Source = random.Next(2) == 0 ? RatingSource.Self : RatingSource.Manager, AssessedAt = at });
                written++;
            }
            if (db.ChangeTracker.Entries().Count() > 5_000)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
    }

    [Benchmark(Description = "Bedarfsradar neu berechnen: 100.000 Einschätzungen aus SQLite lesen, Radar und Trend bauen")]
    public async Task<int> Rebuild()
    {
        await using var db = new SqliteAppDbContext(options);
        var cache = new DemandRadarCache(TimeSpan.Zero);
        var snapshot = await cache.GetAsync(db, Weiterbildungsraum.Domain.Demand.AnonymityRule.Default, default);
        return snapshot.Radar.Cells(new(Horizon.Now), snapshot.Catalog.CompetencyKeys(null, null)).Count(c => !c.Suppressed);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(file);
    }
}
