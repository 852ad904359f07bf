using Microsoft.Playwright;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Browser.Tests;

public class DemandBrowserTests(BrowserPlatform browser)
{
    [Fact]
    public async Task The_radar_with_chart_table_filters_and_report_is_accessible()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Coordinator);
        await page.ClickAndLoadAsync("nav[aria-label='Hauptnavigation'] >> text=Bedarfsradar", "**/bedarfsradar");
        await BrowserPlatform.AssertAccessibleAsync(page);
        Assert.True(await page.Locator("main table tbody tr").CountAsync() > 0);

        await page.SelectOptionAsync("#horizon", "future");
        await page.FocusAsync("form.filters button[type=submit]");
        await page.LoadsAsync(() => page.Keyboard.PressAsync("Enter"), url => url.Contains("horizon=future"));
        Assert.Contains("in drei Jahren", await page.InnerTextAsync("#cells-heading"));
        var chart = page.Locator("svg.bar-chart[role=img]");
        if (await chart.CountAsync() > 0)
        {
            var labelledBy = await chart.First.GetAttributeAsync("aria-labelledby");
            Assert.False(string.IsNullOrWhiteSpace(await page.Locator($"#{labelledBy!.Split(' ')[0]}").TextContentAsync()));
        }
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.SelectOptionAsync("#town", "Kreis Unna");
        await page.SelectOptionAsync("#horizon", "now");
        await page.ClickAndLoadAsync("form.filters button[type=submit]", url => url.Contains("town=Kreis"));
        Assert.Contains("Kreis Unna (alle Städte)", await page.InnerTextAsync("#cells-heading"));
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.ClickAndLoadAsync("text=Quartalsbericht (Druckansicht)", url => url.Contains("/bedarfsradar/bericht"));
        await BrowserPlatform.AssertAccessibleAsync(page);
        await page.ClickAndLoadAsync("button:has-text('Bericht veröffentlichen')", "**/bedarfsradar/berichte/*");
        Assert.True(await page.Locator("[role=status]").IsVisibleAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);
        await page.ClickAndLoadAsync("text=Alle Quartalsberichte", "**/bedarfsradar/berichte");
        await BrowserPlatform.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_radar_fits_a_phone_screen()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Provider, width: 375);
        await page.GotoAsync("/bedarfsradar");
        await BrowserPlatform.AssertAccessibleAsync(page);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"Der Bedarfsradar ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
    }

    [Theory]
    [InlineData(Roles.CompanyHR, "/unternehmen/verbund")]
    [InlineData(Roles.Coordinator, "/koordination/verbuende")]
    [InlineData(Roles.Provider, "/anbieter/verbuende")]
    public async Task Cohort_pages_are_accessible(string role, string url)
    {
        var page = await browser.NewSignedInPageAsync(role);
        await page.GotoAsync(url);
        Assert.Equal(1, await page.Locator("main h1").CountAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);
    }
}
