using Microsoft.Data.Sqlite;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Operations;

/// <summary>
/// backup DATEI: a consistent copy of the SQLite database while the platform keeps serving (SQLite's online backup).
/// PostgreSQL is backed up with its own tools (pg_dump), which this command names instead of imitating.
/// </summary>
public static class BackupCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var target = args.FirstOrDefault(a => !a.StartsWith('-'));
        if (target is null)
        {
            Console.Error.WriteLine("backup: Bitte die Zieldatei angeben, z. B. backup sicherung-2026-11-25.db");
            return 2;
        }
        var configuration = services.GetRequiredService<IConfiguration>();
        if (DatabaseSetup.Provider(configuration) == DatabaseProvider.PostgreSQL)
        {
            Console.Error.WriteLine("backup: Für PostgreSQL bitte pg_dump verwenden, z. B. pg_dump --format=custom --file=" + target
                + " \"<Verbindung>\"; Wiederherstellen mit pg_restore (docs/operations.md).");
            return 2;
        }
        var source = configuration.GetConnectionString(DatabaseSetup.ConnectionName);
        source = string.IsNullOrWhiteSpace(source) ? DatabaseSetup.DefaultSqliteConnection : source;
        var full = Path.GetFullPath(target);
        if (File.Exists(full))
        {
            Console.Error.WriteLine($"backup: „{full}“ gibt es schon; eine Sicherung überschreibt nichts.");
            return 2;
        }
        var sourceFile = new SqliteConnectionStringBuilder(source).DataSource;
        if (!File.Exists(sourceFile))
        {
            Console.Error.WriteLine($"backup: Die Datenbank „{sourceFile}“ gibt es nicht.");
            return 1;
        }
        // SQLite's online backup copies a consistent state while the running server keeps writing.
        await using var from = new SqliteConnection(new SqliteConnectionStringBuilder(source) { Pooling = false }.ConnectionString);
        await using var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ConnectionString);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await to.OpenAsync();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            Console.Error.WriteLine($"backup: Die Sicherung lässt sich nicht nach „{full}“ schreiben; fehlt der Ordner, liegt dort eine Datei oder fehlen Schreibrechte?");
            return 1;
        }
        await from.OpenAsync();
        from.BackupDatabase(to);
        await using var check = to.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        var integrity = (string?)await check.ExecuteScalarAsync();
        if (integrity != "ok")
        {
            Console.Error.WriteLine($"backup: Die Sicherung ist nicht in Ordnung ({integrity}).");
            return 1;
        }
        Console.WriteLine($"Sicherung von {Path.GetFullPath(sourceFile)} nach {full} geschrieben ({new FileInfo(full).Length / 1024} KB).");
        return 0;
    }
}
