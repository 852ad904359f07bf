using Microsoft.Data.Sqlite;
using Npgsql;

namespace Weiterbildungsraum.Tests;

/// <summary>
/// A fresh, empty database for one test platform. The provider comes from WBR_TEST_DATABASE
/// (Sqlite by default; PostgreSQL needs WBR_TEST_PG, the server's connection string, which the test command sets).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public string Provider { get; }
    public string ConnectionString { get; }
    private readonly string? sqliteFile;
    private readonly string? pgName;
    private readonly string? pgServer;

    public static bool UsesPostgres => string.Equals(Environment.GetEnvironmentVariable("WBR_TEST_DATABASE"), "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public TestDatabase() : this(UsesPostgres
        ? Environment.GetEnvironmentVariable("WBR_TEST_PG") ?? throw new InvalidOperationException("WBR_TEST_DATABASE=PostgreSQL verlangt WBR_TEST_PG (Verbindung zum Testserver).")
        : null)
    {
    }

    /// <summary>A fresh database on the given PostgreSQL server (a connection string without database), or SQLite when null.</summary>
    public TestDatabase(string? postgresServer) : this(postgresServer, create: true)
    {
    }

    private TestDatabase(string? postgresServer, bool create)
    {
        if (postgresServer is { } server)
        {
            pgServer = server;
            pgName = "wbr_test_" + Guid.NewGuid().ToString("N")[..12];
            if (create)
            {
                using var connection = new NpgsqlConnection(server);
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE DATABASE {pgName}", connection);
                command.ExecuteNonQuery();
            }
            Provider = "PostgreSQL";
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = pgName }.ConnectionString;
        }
        else
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), "wbr-test-" + Guid.NewGuid().ToString("N")[..12] + ".db");
            Provider = "Sqlite";
            ConnectionString = $"Data Source={sqliteFile}";
        }
    }

    /// <summary>
    /// A fresh database holding a copy of the template: a file copy for SQLite, <c>CREATE DATABASE … TEMPLATE</c> for
    /// PostgreSQL (which needs no one connected to the template, so the template is never opened after <see cref="CloseConnections"/>).
    /// </summary>
    public static TestDatabase CopyOf(TestDatabase template)
    {
        var copy = new TestDatabase(template.pgServer, create: false);
        if (template.sqliteFile is not null) File.Copy(template.sqliteFile, copy.sqliteFile!);
        else
            for (var attempt = 1; ; attempt++)
                try
                {
                    using var connection = new NpgsqlConnection(template.pgServer);
                    connection.Open();
                    using var create = new NpgsqlCommand($"CREATE DATABASE {copy.pgName} TEMPLATE {template.pgName}", connection);
                    create.ExecuteNonQuery();
                    break;
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 20)
                {
                    // Another copy of the same template is being made at this moment; the server allows one at a time.
                    Thread.Sleep(50 * attempt);
                }
        return copy;
    }

    /// <summary>Closes every pooled connection to this database, so that it can serve as a template.</summary>
    public void CloseConnections()
    {
        if (sqliteFile is not null) SqliteConnection.ClearPool(new SqliteConnection(ConnectionString));
        else NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
    }

    public void Dispose()
    {
        if (sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm", ".lock" })
                try { File.Delete(sqliteFile + suffix); } catch (IOException) { }
        }
        if (pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(pgServer);
            connection.Open();
            using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {pgName} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }
}
