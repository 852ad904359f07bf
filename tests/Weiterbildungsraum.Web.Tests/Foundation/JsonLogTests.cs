using System.Diagnostics;
using System.Text.Json;

namespace Weiterbildungsraum.Web.Tests.Foundation;

/// <summary>The log switch of docs/configuration.md: the server started with it writes one JSON object per line.</summary>
public class JsonLogTests
{
    [Fact]
    public async Task With_the_json_formatter_every_log_line_is_a_JSON_object_with_time_level_category_and_message()
    {
        var folder = OperatorCommandTests.TempDir();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { OperatorCommandTests.WebDll, "--urls=http://127.0.0.1:0", "--Logging:Console:FormatterName=json", "--Seed:DemoData=false",
                     $"--Search:IndexPath={Path.Combine(folder, "index")}" })
            start.ArgumentList.Add(arg);
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        var lines = new List<string>();
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                lines.Add(line);
                if (line.Contains("Application started", StringComparison.Ordinal)) break;
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Contains(lines, l => l.Contains("Application started", StringComparison.Ordinal));
        var entries = lines.Where(l => l.Length > 0).Select(l =>
        {
            try { return JsonDocument.Parse(l).RootElement.Clone(); }
            catch (JsonException) { Assert.Fail($"Keine JSON-Zeile: {l}"); throw; }
        }).ToList();
        foreach (var entry in entries)
        {
            Assert.Equal(JsonValueKind.Object, entry.ValueKind);
            foreach (var field in new[] { "Timestamp", "EventId", "LogLevel", "Category", "Message" })
                Assert.True(entry.TryGetProperty(field, out _), $"Feld {field} fehlt in {entry}");
            Assert.True(DateTimeOffset.TryParse(entry.GetProperty("Timestamp").GetString(), out var time) && time.Offset == TimeSpan.Zero,
                $"Zeitstempel nicht in UTC: {entry}");
        }
        var listening = entries.Single(e => e.GetProperty("Message").GetString()!.StartsWith("Now listening on", StringComparison.Ordinal));
        Assert.Equal("Information", listening.GetProperty("LogLevel").GetString());
        Assert.Equal("Microsoft.Hosting.Lifetime", listening.GetProperty("Category").GetString());
        Assert.StartsWith("http://127.0.0.1:", listening.GetProperty("State").GetProperty("address").GetString());
        _ = await error;
    }
}
