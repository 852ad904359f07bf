namespace Weiterbildungsraum.Browser.Tests;

public class ModelBrowserTests(BrowserPlatform browser)
{
    [Fact]
    public async Task From_the_start_page_to_a_role_profile_everything_is_accessible()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/");
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.ClickAndLoadAsync("nav[aria-label='Hauptnavigation'] >> text=Jobfamilien", "**/jobfamilien");
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.ClickAndLoadAsync("main .card h2 a", "**/jobfamilien/*");
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.ClickAndLoadAsync("main .card h3 a", "**/rollen/*");
        Assert.True(await page.Locator(".competency").CountAsync() > 0);
        await page.Locator(".competency summary").First.ClickAsync();
        Assert.True(await page.Locator(".competency details[open] .levels li").CountAsync() == 4);
        await BrowserPlatform.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Login_and_registration_pages_are_accessible_and_work_on_a_phone()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        foreach (var url in new[] { "/anmelden", "/registrieren", "/impressum", "/datenschutz", "/barrierefreiheit", "/gibt-es-nicht" })
        {
            await page.GotoAsync(url);
            await BrowserPlatform.AssertAccessibleAsync(page);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 375, $"{url} ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
        }
    }

    [Fact]
    public async Task A_demo_user_signs_in_with_the_keyboard()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/anmelden");
        await page.FocusAsync("#Input_Email");
        await page.Keyboard.TypeAsync(Weiterbildungsraum.Web.Content.DemoSeeder.DemoUsers[1].Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(Weiterbildungsraum.Web.Content.DemoSeeder.DemoPassword);
        await page.LoadsAsync(() => page.Keyboard.PressAsync("Enter"), url => new Uri(url).AbsolutePath == "/mein-bereich");
        Assert.True(await page.Locator("text=Abmelden").IsVisibleAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task A_role_profile_on_a_phone_has_no_horizontal_scrolling_and_is_accessible()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync("/jobfamilien");
        var families = await page.Locator("main .card h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(families);
        foreach (var family in families)
        {
            await page.GotoAsync(family);
            await page.ClickAndLoadAsync("main .card h3 a", "**/rollen/*");
            Assert.True(await page.Locator(".competency").CountAsync() > 0);
            // With every level description open, the longest texts are on the page.
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 375, $"{page.Url} ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
            await BrowserPlatform.AssertAccessibleAsync(page);
        }
    }
}
