using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Browser.Tests;

public class ProviderBrowserTests(BrowserPlatform browser)
{
    [Fact]
    public async Task A_provider_creates_an_offer_and_every_page_of_the_provider_area_is_accessible()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Provider);

        await page.ClickAndLoadAsync("main >> text=Anbieterbereich", "**/anbieter");
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.ClickAndLoadAsync("text=Neues Angebot anlegen", "**/anbieter/angebote/neu*");
        await BrowserPlatform.AssertAccessibleAsync(page);
        var title = "Prüfvorbereitung Elektrofachkraft " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#Input_Title", title);
        await page.FillAsync("#Input_Content", "Vorbereitung auf die Prüfung mit Übungen zu Schutzmaßnahmen, Messungen und Dokumentation.");
        await page.FillAsync("#Input_Hours", "24");
        await page.FillAsync("#Input_Price", "480");
        await page.FillAsync("#Input_Sessions_0__StartDate", "2027-09-06");
        await page.FillAsync("#Input_Sessions_0__EndDate", "2027-09-08");
        await page.SelectOptionAsync("#Input_Sessions_0__Format", "Online");
        await page.CheckAsync("#Input_IsPublished");
        await page.ClickAndLoadAsync("button:has-text('Kompetenzen vorschlagen')");
        await page.WaitForSelectorAsync(".competency-picks li");
        Assert.Equal(title, await page.InputValueAsync("#Input_Title"));
        await page.Locator(".competency-picks input[type=checkbox]").First.CheckAsync();
        await page.ClickAndLoadAsync("button:has-text('Speichern')");
        await page.WaitForSelectorAsync("p.notice.ok");
        Assert.Contains(title, await page.TextContentAsync("p.notice.ok"));
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.GotoAsync("/anbieter");
        Assert.True(await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = title }).IsVisibleAsync());
        foreach (var url in new[] { "/anbieter/profil", "/anbieter/import", "/anbieter/anfragen", "/anbieter/zugaenge" })
        {
            await page.GotoAsync(url);
            await BrowserPlatform.AssertAccessibleAsync(page);
        }
    }

    [Fact]
    public async Task The_offer_form_fits_a_phone()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Provider, width: 375, height: 740);
        foreach (var url in new[] { "/anbieter", "/anbieter/angebote/neu" })
        {
            await page.GotoAsync(url);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(width <= 375, $"{url} ist auf dem Smartphone breiter als der Bildschirm ({width}px).");
        }
    }
}
