using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Tests.Foundation;

/// <summary>A fresh database of the provider under test, migrated step by step: rows written at an older migration show what a later one does to them.</summary>
public sealed class MigratingDatabase : IAsyncDisposable
{
    private readonly TestDatabase database = new();
    private readonly ServiceProvider services;
    private readonly IServiceScope scope;

    public AppDbContext Db { get; }

    public MigratingDatabase()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider, ["ConnectionStrings:Weiterbildungsraum"] = database.ConnectionString,
        }).Build();
        var collection = new ServiceCollection().AddLogging();
        collection.AddPlatformDatabase(configuration);
        services = collection.BuildServiceProvider();
        scope = services.CreateScope();
        Db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    }

    /// <summary>Applies the migrations up to the one whose name ends with the given name (after its timestamp).</summary>
    public Task MigrateToAsync(string name, CancellationToken ct) =>
        Db.GetService<IMigrator>().MigrateAsync(Db.Database.GetMigrations().Single(m => m.EndsWith("_" + name, StringComparison.Ordinal)), ct);

    /// <summary>Applies the migrations up to the one before the given one.</summary>
    public Task MigrateToBeforeAsync(string name, CancellationToken ct)
    {
        var migrations = Db.Database.GetMigrations().ToList();
        return Db.GetService<IMigrator>().MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_" + name, StringComparison.Ordinal)) - 1], ct);
    }

    public Task MigrateToLatestAsync(CancellationToken ct) => Db.GetService<IMigrator>().MigrateAsync(cancellationToken: ct);

    public async ValueTask DisposeAsync()
    {
        scope.Dispose();
        await services.DisposeAsync();
        database.Dispose();
    }
}
