using System.Diagnostics;

namespace Weiterbildungsraum.Web.Tests.Foundation;

/// <summary>The built program, started as operators start it: from another working directory.</summary>
public class OperatorCommandTests
{
    internal static string WebDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            return Path.Combine(Paths.Root, "src", "Weiterbildungsraum.Web", "bin", configuration, "net10.0", "Weiterbildungsraum.Web.dll");
        }
    }

    internal static Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args) =>
        RunAsync(workingDirectory, TimeSpan.FromMinutes(5), args);

    /// <summary>Runs the program to its end; one that is still running after the timeout (a server that should not have started) is stopped and fails the test.</summary>
    internal static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Assert.Fail($"{string.Join(' ', args)} lief nach {timeout.TotalSeconds:0} s noch (Server gestartet?): {await output} {await error}");
        }
        return (process.ExitCode, await output, await error);
    }

    internal static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "wbr-cmd-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public async Task Help_lists_every_command_with_one_line()
    {
        var (code, output, _) = await RunAsync(TempDir(), "--help");
        Assert.Equal(0, code);
        Assert.Contains("create-admin", output);
        Assert.Contains("migrate", output);
        Assert.Contains("check-content", output);
    }

    [Fact]
    public async Task Create_admin_creates_the_database_in_the_working_directory_and_prints_a_one_time_password()
    {
        var dir = TempDir();
        var (code, output, error) = await RunAsync(dir, "create-admin", "chefin@example.org", "--Seed:DemoData=false");
        Assert.True(code == 0, error);
        Assert.Contains("Einmal-Passwort", output);
        Assert.Contains("„Passwort ändern“ (/mein-bereich/passwort)", output);
        Assert.True(File.Exists(Path.Combine(dir, "data", "weiterbildungsraum.db")));

        var again = await RunAsync(dir, "create-admin", "chefin@example.org", "--Seed:DemoData=false");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("Passwort unverändert", again.Output);
    }

    [Fact]
    public async Task Create_admin_without_email_fails_with_a_clear_message()
    {
        var (code, _, error) = await RunAsync(TempDir(), "create-admin");
        Assert.NotEqual(0, code);
        Assert.Contains("E-Mail-Adresse", error);
    }

    [Fact]
    public async Task An_unreachable_database_stops_the_start_with_one_sentence()
    {
        var (code, _, error) = await RunAsync(TempDir(), "migrate", "--Database:Provider=PostgreSQL",
            "--ConnectionStrings:Weiterbildungsraum=Host=127.0.0.1;Port=1;Username=x;Password=y;Timeout=3");
        Assert.Equal(1, code);
        Assert.Contains("nicht erreichbar", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task An_unknown_database_provider_is_named()
    {
        var (code, _, error) = await RunAsync(TempDir(), "migrate", "--Database:Provider=Oracle");
        Assert.Equal(1, code);
        Assert.Contains("Oracle", error);
    }

    [Theory]
    [InlineData("crate-admin", "create-admin")]
    [InlineData("bakup", "backup")]
    [InlineData("serve", null)]
    public async Task An_unknown_command_is_named_and_does_not_start_the_server(string command, string? suggestion)
    {
        var dir = TempDir();
        var (code, output, error) = await RunAsync(dir, TimeSpan.FromMinutes(1), command, "x@example.org", "--Seed:DemoData=false");
        Assert.Equal(2, code);
        Assert.Contains($"Unbekannter Befehl „{command}“", error);
        Assert.Contains("--help", error);
        if (suggestion is not null) Assert.Contains($"Meinten Sie „{suggestion}“?", error);
        Assert.DoesNotContain("Now listening", output);
        Assert.False(Directory.Exists(Path.Combine(dir, "data")), "Der Server hat eine Datenbank angelegt.");
    }

    [Fact]
    public async Task A_backup_into_a_folder_that_cannot_be_created_ends_with_one_German_sentence()
    {
        var dir = TempDir();
        Assert.Equal(0, (await RunAsync(dir, "migrate", "--Seed:DemoData=false")).ExitCode);
        await File.WriteAllTextAsync(Path.Combine(dir, "eine-datei"), "x", TestContext.Current.CancellationToken);

        var (code, _, error) = await RunAsync(dir, "backup", "eine-datei/sicherung.db");
        Assert.Equal(1, code);
        Assert.Contains("Die Sicherung lässt sich nicht nach", error);
        Assert.Contains(Path.Combine(dir, "eine-datei", "sicherung.db"), error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Theory]
    [InlineData("Sqlite", "Dta Sorce=data/x.db", "SQLite-Verbindungszeichenfolge")]
    [InlineData("PostgreSQL", "Host=localhost;Port=5432;;Usernme", "PostgreSQL-Verbindungszeichenfolge")]
    public async Task A_malformed_connection_string_stops_the_start_with_one_sentence(string provider, string connection, string expected)
    {
        var dir = TempDir();
        var (code, _, error) = await RunAsync(dir, TimeSpan.FromMinutes(2), "--urls=http://127.0.0.1:0", $"--Database:Provider={provider}",
            $"--ConnectionStrings:Weiterbildungsraum={connection}");
        Assert.Equal(1, code);
        Assert.StartsWith("Der Weiterbildungsraum kann nicht starten:", error.Trim());
        Assert.Contains(expected, error);
        Assert.Contains("ist ungültig", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_SQLite_folder_that_cannot_be_created_stops_the_start_with_one_sentence()
    {
        var dir = TempDir();
        await File.WriteAllTextAsync(Path.Combine(dir, "data"), "eine Datei, kein Ordner", TestContext.Current.CancellationToken);
        var (code, _, error) = await RunAsync(dir, TimeSpan.FromMinutes(2), "--urls=http://127.0.0.1:0", "--ConnectionStrings:Weiterbildungsraum=Data Source=data/sub/wbr.db");
        Assert.Equal(1, code);
        Assert.Contains($"Der Ordner „{Path.Combine(dir, "data", "sub")}“ für die SQLite-Datenbank lässt sich nicht anlegen", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Single(error.Trim().Split('\n'));
    }

    /// <summary>The README's promise: the build output, started from any directory, finds its content and serves the demo region.</summary>
    [Fact]
    public async Task The_built_dll_started_elsewhere_with_demo_data_serves_the_five_job_families()
    {
        var dir = TempDir();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        // A setting without dashes first: ASP.NET reads Key=Value as configuration, so it must not count as an unknown command.
        foreach (var arg in new[] { WebDll, $"Search:IndexPath={Path.Combine(dir, "index")}", "--urls", "http://127.0.0.1:0" })
            start.ArgumentList.Add(arg);
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            string? address = null;
            using (var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4)))
                while (address is null && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
                    if (System.Text.RegularExpressions.Regex.Match(line, @"Now listening on: (http://\S+)") is { Success: true } match)
                        address = match.Groups[1].Value;
            Assert.True(address is not null, "Der Server hat keine Adresse gemeldet: " + (process.HasExited ? await error : ""));
            _ = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);

            using var http = new HttpClient { BaseAddress = new Uri(address!) };
            var families = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<List<FamilySummary>>(http, "/api/v1/job-families", TestContext.Current.CancellationToken);
            Assert.Equal(5, families!.Count);
            Assert.Contains(families, f => f.Name == "Logistik" && f.RoleCount > 0);
            Assert.True(File.Exists(Path.Combine(dir, "data", "weiterbildungsraum.db")));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }

    private sealed record FamilySummary(string Id, string Name, string? Description, int RoleCount);
}
