using Microsoft.EntityFrameworkCore;

namespace Weiterbildungsraum.Web.Data;

public enum DatabaseProvider { Sqlite, PostgreSQL }

public static class DatabaseSetup
{
    public const string ConnectionName = "Weiterbildungsraum";
    public const string DefaultSqliteConnection = "Data Source=data/weiterbildungsraum.db";

    public static DatabaseProvider Provider(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var provider)
            ? provider
            : throw new StartupException($"Database:Provider „{value}“ ist unbekannt; erlaubt sind Sqlite und PostgreSQL.");
    }

    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = Provider(configuration);
        var connection = configuration.GetConnectionString(ConnectionName);
        if (provider == DatabaseProvider.Sqlite)
        {
            connection = string.IsNullOrWhiteSpace(connection) ? DefaultSqliteConnection : connection;
            EnsureSqliteFolder(connection);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connection));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new StartupException($"Für PostgreSQL fehlt die Verbindungszeichenfolge ConnectionStrings:{ConnectionName}.");
            services.AddDbContext<AppDbContext, PostgresAppDbContext>(o =>
                o.UseNpgsql(connection, npgsql => npgsql.EnableRetryOnFailure(3)));
        }
        return services;
    }

    private static void EnsureSqliteFolder(string connection)
    {
        string? file;
        try
        {
            file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connection).DataSource;
        }
        catch (ArgumentException e)
        {
            throw new StartupException($"Die SQLite-Verbindungszeichenfolge ist ungültig: {e.Message}");
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:") Directory.CreateDirectory(folder);
    }

    /// <summary>Applies all migrations; an unreachable database becomes one clear sentence.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new StartupException(
                $"Die Datenbank ({db.Database.ProviderName?.Split('.').Last()}) ist nicht erreichbar oder die Verbindungszeichenfolge ist falsch: {Innermost(e).Message}");
        }
    }

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}

/// <summary>A problem that stops the start; its message is shown to the operator as it is.</summary>
public sealed class StartupException(string message) : Exception(message);
