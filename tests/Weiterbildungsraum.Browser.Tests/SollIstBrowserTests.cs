using Microsoft.Playwright;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Browser.Tests;

public class SollIstBrowserTests(BrowserPlatform browser)
{
    [Fact]
    public async Task A_person_completes_the_quick_check_on_a_phone_and_sees_chart_and_gap_list()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync("/");
        await page.ClickAndLoadAsync("nav[aria-label='Hauptnavigation'] >> text=Kompetenzcheck", "**/kompetenzcheck");
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.Locator(".role-choices a").First.ClickAndLoadAsync("**/schritt/1");
        var first = true;
        while (true)
        {
            Assert.Matches(@"Schritt \d+ von \d+", await page.Locator(".check-progress").InnerTextAsync());
            await BrowserPlatform.AssertAccessibleAsync(page);
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 375, "Der Schritt ist auf dem Smartphone zu breit.");
            var fieldsets = page.Locator("fieldset.rating");
            var count = await fieldsets.CountAsync();
            for (var i = first ? 1 : 0; i < count; i++)
                await fieldsets.Nth(i).Locator("input[type=radio][value='1']").CheckAsync();
            // The first competency is rated by keyboard: focus the "0" option and move to "2" with the arrow keys.
            if (first && count > 0)
            {
                await fieldsets.Nth(0).Locator("input[type=radio][value='0']").FocusAsync();
                await page.Keyboard.PressAsync("Space");
                await page.Keyboard.PressAsync("ArrowDown");
                await page.Keyboard.PressAsync("ArrowDown");
                Assert.True(await fieldsets.Nth(0).Locator("input[type=radio][value='2']").IsCheckedAsync());
            }
            first = false;
            var next = page.Locator("button[value=weiter]");
            if (await next.CountAsync() == 0) break;
            await next.ClickAndLoadAsync();
        }
        await page.ClickAndLoadAsync("button[value=auswerten]", "**/ergebnis");

        var chart = page.Locator("svg[role=img]");
        Assert.True(await chart.IsVisibleAsync());
        Assert.Equal(3, await chart.Locator(".radar-series").CountAsync());
        Assert.True(await page.Locator(".gap-list li").CountAsync() > 0);
        Assert.True(await page.Locator(".radar-table tbody tr").CountAsync() > 0);
        Assert.Contains("%", await page.Locator(".fit-scores").InnerTextAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.ClickAndLoadAsync("text=Entwicklungsplan ansehen und drucken", "**/entwicklungsplan");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        Assert.False(await page.Locator(".site-header").IsVisibleAsync());
        Assert.True(await page.Locator(".plan-table").IsVisibleAsync());
    }

    [Fact]
    public async Task Company_pages_are_accessible_for_HR()
    {
        var page = await browser.NewSignedInPageAsync(Roles.CompanyHR);
        foreach (var url in new[] { "/unternehmen/mitarbeitende", "/unternehmen/rollen", "/unternehmen/team-bewertung", "/unternehmen/team-matrix", "/unternehmen/team-matrix?sortierung=luecke&horizont=zukunft" })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            await BrowserPlatform.AssertAccessibleAsync(page);
        }
        Assert.True(await page.Locator(".team-matrix tbody tr").CountAsync() > 0);

        await page.GotoAsync("/unternehmen/mitarbeitende");
        await page.Locator("table tbody th a").First.ClickAndLoadAsync("**/unternehmen/mitarbeitende/*");
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.GotoAsync("/unternehmen/rollen");
        await page.SelectOptionAsync("#SourceRole", new SelectOptionValue { Index = 1 });
        await page.ClickAndLoadAsync("button:has-text('Profil übernehmen')", "**/unternehmen/rollen/*");
        await BrowserPlatform.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Learner_pages_are_accessible()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Learner);
        foreach (var url in new[] { "/meine-daten", "/kompetenzcheck/verlauf", "/kompetenzcheck" })
        {
            await page.GotoAsync(url);
            await BrowserPlatform.AssertAccessibleAsync(page);
        }
    }
}
