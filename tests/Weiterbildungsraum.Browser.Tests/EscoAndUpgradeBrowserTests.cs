using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Browser.Tests;

public class EscoAndUpgradeBrowserTests(BrowserPlatform browser)
{
    [Fact]
    public async Task An_admin_uploads_ESCO_files_and_the_status_page_follows_the_import_by_itself()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Admin);
        await page.GotoAsync("/mein-bereich");
        await page.ClickAndLoadAsync("main a[href='/verwaltung/esco-import']", "**/verwaltung/esco-import");
        await BrowserPlatform.AssertAccessibleAsync(page);

        var fixture = Path.Combine(Paths.Root, "tests", "Weiterbildungsraum.Web.Tests", "Fixtures", "esco-mini");
        await page.SetInputFilesAsync("#Uploads", Directory.GetFiles(fixture));
        await page.ClickAndLoadAsync("main form button[type=submit]", "**/verwaltung/esco-import/*");
        // The page polls the status API and reloads itself when the import is done; nobody presses "Aktualisieren".
        await page.Locator("[data-field=stateText]:has-text('Fertig')").WaitForAsync(new() { Timeout = 60_000 });
        Assert.True(await page.Locator(".notice.ok").IsVisibleAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task HR_moves_an_adjusted_role_to_a_newer_version_and_every_page_is_accessible()
    {
        // A newer model version changes what every other test sees, so this test brings its own platform.
        await using var own = new BrowserPlatform();
        await own.InitializeAsync();
        var hr = await own.NewSignedInPageAsync(Roles.CompanyHR, width: 375, height: 740);
        await hr.GotoAsync("/unternehmen/rollen");
        var roleKey = await hr.Locator("#SourceRole option[value]:not([value=''])").First.GetAttributeAsync("value");
        await hr.SelectOptionAsync("#SourceRole", roleKey!);
        await hr.ClickAndLoadAsync("main form button[type=submit]", "**/unternehmen/rollen/*");
        var roleUrl = new Uri(hr.Url).AbsolutePath;

        // HR weights the first competency differently from the REGIO profile.
        var firstName = (await hr.Locator("table.edit-grid tbody th").First.TextContentAsync())!.Trim();
        var weight = hr.Locator("table.edit-grid tbody tr").First.Locator("select[name$='.Weight']");
        var originWeight = int.Parse((await weight.InputValueAsync())!);
        var companyWeight = new[] { 1, 2, 3 }.First(w => w != originWeight);
        await weight.SelectOptionAsync(companyWeight.ToString());
        await hr.ClickAndLoadAsync("main form button[type=submit]", "**gespeichert=1");

        // The coordination publishes a version that weights the same competency a third way.
        var coordinator = await own.NewSignedInPageAsync(Roles.Coordinator);
        var model = JsonNode.Parse(await (await coordinator.APIRequest.GetAsync("/api/v1/competency-model")).TextAsync())!;
        var key = model["competencies"]!.AsArray().First(c => c!["name"]!.GetValue<string>() == firstName)!["key"]!.GetValue<string>();
        var entry = model["families"]!.AsArray().SelectMany(f => f!["roles"]!.AsArray()).Single(r => r!["key"]!.GetValue<string>() == roleKey)!["profile"]!
            .AsArray().Single(p => p!["competency"]!.GetValue<string>() == key)!;
        entry["weight"] = new[] { 1, 2, 3 }.Single(w => w != originWeight && w != companyWeight);
        var draft = await coordinator.APIRequest.PostAsync("/api/v1/competency-model/drafts", new()
        {
            DataString = model.ToJsonString(), Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" },
        });
        Assert.Equal(201, draft.Status);
        var number = JsonNode.Parse(await draft.TextAsync())!["number"]!.GetValue<int>();
        Assert.Equal(200, (await coordinator.APIRequest.PostAsync($"/api/v1/competency-model/versions/{number}/publish")).Status);

        await hr.GotoAsync(roleUrl);
        await BrowserPlatform.AssertAccessibleAsync(hr);
        await hr.ClickAndLoadAsync(".upgrade-hint a", "**/neue-version");
        Assert.Equal(1, await hr.Locator("fieldset.upgrade-conflict").CountAsync());
        await BrowserPlatform.AssertAccessibleAsync(hr);
        var scrollWidth = await hr.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"Die Seite ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");

        await hr.ClickAndLoadAsync("main form button[type=submit]");
        Assert.True(await hr.Locator(".error-summary li").First.IsVisibleAsync());
        await BrowserPlatform.AssertAccessibleAsync(hr);
        await hr.CheckAsync("fieldset.upgrade-conflict input[value=company]");
        await hr.ClickAndLoadAsync("main form button[type=submit]", "**aktualisiert=*");
        Assert.Equal(0, await hr.Locator(".upgrade-hint").CountAsync());
        await BrowserPlatform.AssertAccessibleAsync(hr);
    }
}
