using System.Diagnostics;

namespace Weiterbildungsraum.Web.Tests.Search;

public class RebuildCommandTests
{
    [Fact]
    public async Task Rebuild_search_index_builds_the_index_under_the_working_directory()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(Paths.Root, "src", "Weiterbildungsraum.Web", "bin", configuration, "net10.0", "Weiterbildungsraum.Web.dll");
        var dir = Path.Combine(Path.GetTempPath(), "wbr-cmd-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "rebuild-search-index", "--Seed:DemoData=false" }) start.ArgumentList.Add(arg);
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 0, await error);
        Assert.Contains("neu aufgebaut", await output);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(dir, "data", "search-index")));
        Directory.Delete(dir, recursive: true);
    }
}
