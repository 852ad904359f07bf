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
            services.AddDbContextPool<AppDbContext, SqliteAppDbContext>(o => o.UseSqlite(connection));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(connection))
                throw new StartupException($"Für PostgreSQL fehlt die Verbindungszeichenfolge ConnectionStrings:{ConnectionName}.");
            try
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(connection);
            }
            catch (Exception e) when (e is ArgumentException or FormatException)
            {
                throw new StartupException($"Die PostgreSQL-Verbindungszeichenfolge ConnectionStrings:{ConnectionName} ist ungültig "
                    + $"(erwartet z. B. „Host=db;Database=weiterbildungsraum;Username=wbr;Password=…“): {FirstSentence(e.Message)}");
            }
            services.AddDbContextPool<AppDbContext, PostgresAppDbContext>(o =>
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
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new StartupException($"Die SQLite-Verbindungszeichenfolge ConnectionStrings:{ConnectionName} ist ungültig "
                + $"(erwartet z. B. „{DefaultSqliteConnection}“): {FirstSentence(e.Message)}");
        }
        if (string.IsNullOrEmpty(file) || file == ":memory:") return;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (string.IsNullOrEmpty(folder)) return;
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"Der Ordner „{folder}“ für die SQLite-Datenbank lässt sich nicht anlegen; liegt dort eine Datei oder fehlen Schreibrechte?");
        }
    }

    /// <summary>The driver's reason without the links and hints it appends.</summary>
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
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

    /// <summary>
    /// Held while one instance migrates and seeds, so that instances started at the same moment on an empty database
    /// do not both insert the model and the demo region: the second waits, then finds everything in place.
    /// PostgreSQL: a session advisory lock; SQLite: an exclusive lock file beside the database file.
    /// </summary>
    public static async Task<IAsyncDisposable> FirstStartLockAsync(AppDbContext db, CancellationToken ct = default)
    {
        var connection = db.Database.GetConnectionString() ?? "";
        try
        {
            return db.Database.IsNpgsql() ? await PostgresStartLock.AcquireAsync(connection, ct) : await SqliteStartLock.AcquireAsync(connection, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException and not TimeoutException)
        {
            throw new StartupException(
                $"Die Datenbank ({db.Database.ProviderName?.Split('.').Last()}) ist nicht erreichbar oder die Verbindungszeichenfolge ist falsch: {Innermost(e).Message}");
        }
    }

    internal static readonly TimeSpan StartLockWait = TimeSpan.FromMinutes(10);

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}

/// <summary>A problem that stops the start; its message is shown to the operator as it is.</summary>
public sealed class StartupException(string message) : Exception(message);

internal sealed class PostgresStartLock(Npgsql.NpgsqlConnection connection) : IAsyncDisposable
{
    // Any fixed number works; all instances of the platform use the same one ("WBR-SEED" in ASCII).
    private const long Key = 0x5742522D53454544;

    public static async Task<PostgresStartLock> AcquireAsync(string connectionString, CancellationToken ct)
    {
        var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using var command = new Npgsql.NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            if (await command.ExecuteScalarAsync(ct) is true) return new PostgresStartLock(connection);
            if (waited.Elapsed > DatabaseSetup.StartLockWait)
            {
                await connection.DisposeAsync();
                throw new TimeoutException("Eine andere Instanz richtet die Datenbank seit über zehn Minuten ein.");
            }
            await Task.Delay(200, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = new Npgsql.NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            await command.ExecuteScalarAsync();
        }
        catch (Npgsql.NpgsqlException)
        {
            // Closing the session below releases the lock as well.
        }
        await connection.DisposeAsync();
    }
}

internal sealed class SqliteStartLock(FileStream? file) : IAsyncDisposable
{
    public static async Task<SqliteStartLock> AcquireAsync(string connectionString, CancellationToken ct)
    {
        var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:") return new SqliteStartLock(null);
        var path = Path.GetFullPath(source) + ".lock";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // The file stays; only the lock on it matters. Deleting it would let a waiting instance lock a vanished file.
                return new SqliteStartLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited.Elapsed < DatabaseSetup.StartLockWait)
            {
                await Task.Delay(200, ct);
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        file?.Dispose();
        return ValueTask.CompletedTask;
    }
}
