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

    internal static async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(WebDll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
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
}
