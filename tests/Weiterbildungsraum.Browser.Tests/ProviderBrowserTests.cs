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
        foreach (var url in new[] { "/anbieter/profil", "/anbieter/import", "/anbieter/anfragen", "/anbieter/zugaenge", "/anbieter/zuordnungen" })
        {
            await page.GotoAsync(url);
            await BrowserPlatform.AssertAccessibleAsync(page);
        }
    }

    [Fact]
    public async Task Automatic_links_are_reviewed_on_a_phone_and_the_review_page_is_accessible()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Provider, width: 375, height: 740);
        await page.GotoAsync("/anbieter/angebote/neu");
        var title = "Gabelstapler sicher fahren " + Guid.NewGuid().ToString("N")[..6];
        await page.FillAsync("#Input_Title", title);
        await page.FillAsync("#Input_Content", "Theorie und Praxis: Sie führen Gabelstapler und Schubmaststapler sicher, nehmen Lasten auf und machen die tägliche Einsatzprüfung.");
        await page.FillAsync("#Input_Keywords", "Staplerschein, Flurförderzeuge");
        await page.FillAsync("#Input_Hours", "24");
        await page.FillAsync("#Input_Price", "390");
        await page.ClickAndLoadAsync("button:has-text('Speichern')");
        await page.WaitForSelectorAsync("p.notice.ok");
        Assert.True(await page.Locator(".competency-picks .tag-auto").CountAsync() > 0, "Nach dem Speichern ist keine Kompetenz automatisch zugeordnet.");

        await page.GotoAsync("/anbieter");
        await page.ClickAndLoadAsync("text=Kompetenz-Zuordnungen prüfen", "**/anbieter/zuordnungen*");
        await page.FillAsync("#q", title);
        await page.ClickAndLoadAsync("button:has-text('Filtern')");
        var offer = page.Locator("fieldset.review-offer", new() { HasText = title });
        await offer.Locator("input[type=checkbox]").First.CheckAsync();
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"Die Prüfseite ist auf dem Smartphone breiter als der Bildschirm ({width}px).");
        await BrowserPlatform.AssertAccessibleAsync(page);

        var before = await offer.Locator("input[type=checkbox]").CountAsync();
        await page.ClickAndLoadAsync("button:has-text('Ausgewählte bestätigen')");
        await page.WaitForSelectorAsync("p.notice.ok");
        Assert.Contains("1 Zuordnung bestätigt", await page.TextContentAsync("p.notice.ok"));
        Assert.Equal(before - 1, await page.Locator("fieldset.review-offer", new() { HasText = title }).Locator("input[type=checkbox]").CountAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);
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
