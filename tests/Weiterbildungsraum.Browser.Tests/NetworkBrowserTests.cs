namespace Weiterbildungsraum.Browser.Tests;

public class NetworkBrowserTests(BrowserPlatform browser)
{
    [Fact]
    public async Task Directory_events_calendar_and_news_are_accessible()
    {
        var page = await browser.NewPageAsync();
        foreach (var url in new[] { "/netzwerk", "/veranstaltungen", "/veranstaltungen?ansicht=kalender", "/veranstaltungen/archiv", "/aktuelles" })
        {
            await page.GotoAsync(url);
            await BrowserPlatform.AssertAccessibleAsync(page);
        }
        await page.GotoAsync("/netzwerk");
        await page.SelectOptionAsync("#typ", "Chamber");
        await page.ClickAndLoadAsync("form[role=search] button");
        Assert.True(await page.Locator("main .card").CountAsync() > 0);
        await page.Locator("main .card h2 a").First.ClickAndLoadAsync("**/netzwerk/*");
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.GotoAsync("/veranstaltungen");
        await page.Locator("main .event h3 a").First.ClickAndLoadAsync("**/veranstaltungen/*");
        await BrowserPlatform.AssertAccessibleAsync(page);
    }
}
