using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Weiterbildungsraum.Browser.Tests.BrowserPlatform))]

namespace Weiterbildungsraum.Browser.Tests;

/// <summary>
/// The platform on a real Kestrel port with the demo region, and Debian's Chromium driven by Playwright
/// through its executable path (no browser download).
/// </summary>
public sealed class BrowserPlatform : IAsyncLifetime
{
    // The only platform of this assembly: it seeds its own database rather than a template to copy from.
    private readonly TestPlatform platform = new(demoData: true, firstStart: true);
    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }
    public string BaseUrl { get; private set; } = "";
    public string? MissingReason { get; private set; }

    public static string ChromiumPath => Environment.GetEnvironmentVariable("WBR_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            MissingReason = $"Chromium fehlt unter {ChromiumPath} (build/test.sh installiert es).";
            return;
        }
        platform.UseKestrel(0);
        platform.StartServer();
        var addresses = platform.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.First().Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh page (own cookies); skips visibly when Chromium is missing, fails under the test command.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        if (Browser is null)
        {
            Assert.False(Requirements.Strict, MissingReason);
            Assert.Skip(MissingReason ?? "Chromium nicht verfügbar.");
        }
        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl, Locale = "de-DE", ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        // A loaded two-core machine can take longer than Playwright's 30 s default for a first page.
        context.SetDefaultTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>A fresh page signed in as the demo user of the role, on the page the sign-in leads to.</summary>
    public async Task<IPage> NewSignedInPageAsync(string role, int width = 1280, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.GotoAsync("/anmelden");
        await page.FillAsync("#Input_Email", Weiterbildungsraum.Web.Content.DemoSeeder.DemoUsers.Single(u => u.Role == role).Email);
        await page.FillAsync("#Input_Password", Weiterbildungsraum.Web.Content.DemoSeeder.DemoPassword);
        await page.ClickAndLoadAsync("main button[type=submit]", url => new Uri(url).AbsolutePath != "/anmelden");
        return page;
    }

    /// <summary>Runs axe with the WCAG 2.1 A and AA rules and fails with every violation listed.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(violations.Count == 0, $"Barrierefreiheit auf {page.Url}:\n" + string.Join("\n", violations));
    }

    /// <summary>The platform's services, for what a test cannot do through pages (e.g. a reset token without a mail server).</summary>
    public IServiceProvider Services => platform.Services;

    /// <summary>Direct access to the platform's database, for setting up data a test needs (e.g. an ESCO taxonomy).</summary>
    public Task WithDbAsync(Func<Weiterbildungsraum.Web.Data.AppDbContext, Task> action) => platform.WithDbAsync(action);

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await platform.DisposeAsync();
    }
}
