using Microsoft.Playwright;

namespace Weiterbildungsraum.Browser.Tests;

public class SearchBrowserTests(BrowserPlatform browser)
{
    [Fact]
    public async Task Search_filter_open_an_offer_and_send_an_enquiry_all_accessible()
    {
        var page = await browser.NewPageAsync();
        var cspViolations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy")) cspViolations.Add(message.Text); };

        await page.GotoAsync("/");
        await page.FillAsync("#start-q", "Stapler");
        await page.LoadsAsync(() => page.Keyboard.PressAsync("Enter"), "**/angebote?q=Stapler");
        var before = await page.Locator(".offer-item").CountAsync();
        Assert.True(before > 0);
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.Locator(".more-filters summary").ClickAsync();
        await page.CheckAsync("#f-format-onsite");
        await page.ClickAndLoadAsync("form[role=search] button[type=submit]", "**format=onsite**");
        Assert.InRange(await page.Locator(".offer-item").CountAsync(), 1, before);
        await page.Locator(".facet a:not(.facet-selected)").First.ClickAndLoadAsync();
        Assert.True(await page.Locator(".facet-selected").CountAsync() >= 2);
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.LoadsAsync(() => page.Locator(".offer-item h3 a").First.ClickAsync(),
            url => System.Text.RegularExpressions.Regex.IsMatch(new Uri(url).AbsolutePath, "^/angebote/\\d+$"));
        Assert.Equal(1, await page.Locator("script[type='application/ld+json']").CountAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.FillAsync("#Enquiry_Name", "Bert Browser");
        await page.FillAsync("#Enquiry_Email", "kein-at-zeichen");
        await page.FillAsync("#Enquiry_Message", "Ist der Kurs auch für Quereinsteiger geeignet?");
        await page.ClickAndLoadAsync(".enquiry button[type=submit]");
        Assert.Contains("gültige E-Mail-Adresse", await page.Locator(".enquiry").InnerTextAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.FillAsync("#Enquiry_Email", "bert@example.org");
        await page.ClickAndLoadAsync(".enquiry button[type=submit]", "**gesendet=true**");
        Assert.True(await page.Locator(".enquiry [role=status]").IsVisibleAsync());
        Assert.Empty(cspViolations);
    }

    [Fact]
    public async Task The_search_works_on_a_phone_without_horizontal_scrolling()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        foreach (var url in new[] { "/angebote", "/angebote?q=Xylofonquartettzzz", "/angebote?q=KI&format=online&radiusKm=abc" })
        {
            await page.GotoAsync(url);
            await BrowserPlatform.AssertAccessibleAsync(page);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 375, $"{url} ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
        }
        await page.GotoAsync("/angebote");
        await page.Locator(".offer-item h3 a").First.ClickAndLoadAsync();
        await BrowserPlatform.AssertAccessibleAsync(page);
        var offerWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(offerWidth <= 375, $"{page.Url} ist auf dem Smartphone breiter als der Bildschirm ({offerWidth}px).");
    }

    [Fact]
    public async Task What_the_search_understood_is_shown_as_chips_that_undo_with_one_click_on_a_phone()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync("/angebote");
        await page.FillAsync("#f-q", "Excel online Dortmund");
        await page.ClickAndLoadAsync("form[role=search] button[type=submit]", "**/angebote?**");

        var chips = page.Locator(".understood .chip");
        Assert.Equal(2, await chips.CountAsync());
        Assert.Contains("Ort Dortmund (25 km)", await page.Locator(".understood").InnerTextAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"Die Suche mit Verstanden-Leiste ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");

        await page.Locator(".understood .chip a[href*='literal=Dortmund']").ClickAndLoadAsync();
        Assert.Equal(1, await chips.CountAsync());
        Assert.DoesNotContain("Dortmund", await page.Locator(".understood").InnerTextAsync());
        Assert.Equal("Excel online Dortmund", await page.InputValueAsync("#f-q"));
        await BrowserPlatform.AssertAccessibleAsync(page);
    }
}
