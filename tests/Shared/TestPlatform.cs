using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Tests;

/// <summary>
/// The real application on its own database of the provider under test, with the repository's content.
/// The database is a copy of one that a real first start migrated and seeded in this test run (seeding the demo region
/// costs seconds, a copy milliseconds); <paramref name="firstStart"/> gives an empty database for tests of the first start itself.
/// </summary>
public class TestPlatform(bool demoData = true, IReadOnlyDictionary<string, string>? settings = null, TestDatabase? sharedDatabase = null, bool firstStart = false)
    : WebApplicationFactory<Program>
{
    /// <summary>The platform's own database, or one shared with another instance (then the other owns it).</summary>
    public TestDatabase Database { get; } = sharedDatabase
        ?? (firstStart || (settings ?? new Dictionary<string, string>()).Keys.Any(ChangesSeeding) ? new() : SeededTemplates.CopyFor(demoData));
    private readonly bool ownsDatabase = sharedDatabase is null;

    /// <summary>Settings that change what the first start writes: such a platform seeds its own database.</summary>
    private static bool ChangesSeeding(string key) =>
        key.StartsWith("Seed:", StringComparison.OrdinalIgnoreCase) || key.StartsWith("Content:", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Database:", StringComparison.OrdinalIgnoreCase) || key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase);
    /// <summary>Each platform keeps its own search index, also when it shares a database: Lucene allows one writer per folder.</summary>
    public string SearchIndexPath { get; } = Path.Combine(Path.GetTempPath(), "wbr-index-" + Guid.NewGuid().ToString("N")[..12]);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Weiterbildungsraum", Database.ConnectionString);
        builder.UseSetting("Seed:DemoData", demoData ? "true" : "false");
        builder.UseSetting("Content:Root", Paths.Content);
        // Loading ESCO's skills at a first start costs a noticeable part of a second, and the suite starts hundreds of platforms;
        // the tests that need ESCO turn it on (Seed:Esco=true) or import it themselves.
        builder.UseSetting("Seed:Esco", "false");
        builder.UseSetting("Search:IndexPath", SearchIndexPath);
        // Tests share one client address; a test of the limit itself sets its own.
        builder.UseSetting("RateLimits:ApiPerMinute", "0");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
    }

    public async Task WithDbAsync(Func<AppDbContext, Task> action)
    {
        using var scope = Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabase) Database.Dispose();
        if (disposing)
            try { if (Directory.Exists(SearchIndexPath)) Directory.Delete(SearchIndexPath, recursive: true); } catch (IOException) { }
    }
}

/// <summary>One database per kind (with or without demo region) seeded by a real first start, copied for each platform.</summary>
internal static class SeededTemplates
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<bool, Lazy<TestDatabase>> Templates = new();

    public static TestDatabase CopyFor(bool demoData) =>
        TestDatabase.CopyOf(Templates.GetOrAdd(demoData, d => new Lazy<TestDatabase>(() => FirstStart(d))).Value);

    private static TestDatabase FirstStart(bool demoData)
    {
        var template = new TestDatabase();
        using (var platform = new TestPlatform(demoData, sharedDatabase: template)) _ = platform.Server;
        template.CloseConnections();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Dispose();
        return template;
    }
}

public static class Paths
{
    public static string Root { get; } = FindRoot();
    public static string Content => Environment.GetEnvironmentVariable("WBR_TEST_CONTENT") ?? Path.Combine(Root, "content");
    /// <summary>The ESCO reference data the repository ships (content/esco, CC BY 4.0).</summary>
    public static string Esco => Path.Combine(Root, "content", "esco");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Weiterbildungsraum.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository-Wurzel (Weiterbildungsraum.slnx) nicht gefunden.");
    }
}

/// <summary>Whether a missing tool (PostgreSQL, Chromium) may skip a test: never under the test command.</summary>
public static class Requirements
{
    public static bool Strict => Environment.GetEnvironmentVariable("WBR_REQUIRE_ALL") == "1";
}
