using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Weiterbildungsraum.Tests;

/// <summary>
/// A PostgreSQL cluster of its own, in a temporary folder on a free port, for tests that stop or restart the server
/// (the shared test server must never be restarted under other tests). As root, the cluster belongs to the
/// postgres system user, because the server refuses to run as root.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string folder;
    public int Port { get; }
    /// <summary>Connection to the server, without a database (TestDatabase adds one).</summary>
    public string ServerConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Pooling=true;Timeout=5";

    private ThrowawayPostgres(string folder, int port)
    {
        this.folder = folder;
        Port = port;
    }

    /// <summary>The newest installed server's bin folder, or null when PostgreSQL is not installed.</summary>
    public static string? BinDirectory { get; } = FindBin();

    private static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).LastOrDefault()
            : null;

    /// <summary>Skips the test with the reason when PostgreSQL is missing, unless the test command requires everything.</summary>
    public static void RequireInstalled()
    {
        if (BinDirectory is not null) return;
        const string reason = "PostgreSQL ist nicht installiert (/usr/lib/postgresql/*/bin fehlt).";
        if (Requirements.Strict) Assert.Fail(reason + " WBR_REQUIRE_ALL=1 verlangt diesen Test.");
        Assert.Skip(reason);
    }

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wbr-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        if (IsRoot) await RunAsync("chown", "postgres", folder);
        var server = new ThrowawayPostgres(folder, FreePort());
        await server.PgAsync("initdb", "-D", server.Data, "-U", "postgres", "-A", "trust", "--encoding=UTF8", "--locale=C.UTF-8");
        await server.PgAsync("pg_ctl", "-D", server.Data, "-l", Path.Combine(folder, "server.log"), "-w", "-o", server.Options, "start");
        return server;
    }

    private string Data => Path.Combine(folder, "data");

    // Commits must survive a crash of the server (restart -m immediate): synchronous_commit stays on. fsync only
    // guards against a crash of the machine, which these tests do not cause.
    private string Options => $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100";

    /// <summary>Restarts the server; mode fast ends sessions cleanly, immediate like a crash.</summary>
    public Task RestartAsync(string mode = "fast") =>
        PgAsync("pg_ctl", "-D", Data, "-l", Path.Combine(folder, "server.log"), "-w", "-m", mode, "-o", Options, "restart");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await PgAsync("pg_ctl", "-D", Data, "-m", "immediate", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task PgAsync(string tool, params string[] args)
    {
        var path = Path.Combine(BinDirectory!, tool);
        return IsRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. args]) : RunAsync(path, args);
    }

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} → {process.ExitCode}: {await error}{await output}");
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
