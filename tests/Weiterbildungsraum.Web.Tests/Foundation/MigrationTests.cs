using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Tests.Foundation;

public class MigrationTests
{
    [Fact]
    public void Sqlite_model_has_no_changes_without_a_migration()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Das Modell hat Änderungen ohne SQLite-Migration: dotnet ef migrations add … --context SqliteAppDbContext");
    }

    [Fact]
    public void PostgreSQL_model_has_no_changes_without_a_migration()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Das Modell hat Änderungen ohne PostgreSQL-Migration: dotnet ef migrations add … --context PostgresAppDbContext");
    }

    [Fact]
    public async Task Every_migration_applies_to_an_empty_database_of_the_provider_under_test()
    {
        using var database = new TestDatabase();
        var services = new ServiceCollection().AddLogging();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:Weiterbildungsraum"] = database.ConnectionString,
        }).Build();
        services.AddPlatformDatabase(configuration);
        await using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await DatabaseSetup.MigrateAsync(db, TestContext.Current.CancellationToken);
        var applied = await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken);
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.NotEmpty(applied);
        Assert.Equal(0, await db.Offers.CountAsync(TestContext.Current.CancellationToken));
    }
}
