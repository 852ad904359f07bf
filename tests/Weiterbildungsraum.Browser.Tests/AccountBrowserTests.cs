using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Browser.Tests;

public class AccountBrowserTests(BrowserPlatform browser)
{
    [Fact]
    public async Task Abmelden_in_the_header_signs_out()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Learner);
        await page.ClickAndLoadAsync("header button:has-text('Abmelden')", url => new Uri(url).AbsolutePath == "/");
        Assert.True(await page.Locator("header a[href='/anmelden']").IsVisibleAsync());
        Assert.Equal(0, await page.Locator("header button:has-text('Abmelden')").CountAsync());

        await page.GotoAsync("/mein-bereich");
        Assert.Equal("/anmelden", new Uri(page.Url).AbsolutePath);
    }
}
