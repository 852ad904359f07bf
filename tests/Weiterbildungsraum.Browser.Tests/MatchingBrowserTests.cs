using Microsoft.Playwright;
using Weiterbildungsraum.Web.Content;

namespace Weiterbildungsraum.Browser.Tests;

public class MatchingBrowserTests(BrowserPlatform browser)
{
    [Fact]
    public async Task A_learner_gets_recommendations_on_a_phone_and_everything_is_accessible()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync("/empfehlungen");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await page.SelectOptionAsync("#rolle", new SelectOptionValue { Index = 1 });
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("select[id^=stufe-]");
        foreach (var select in await page.Locator("select[id^=stufe-]").AllAsync())
            await select.SelectOptionAsync("0");
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("#empfehlungen-titel");
        Assert.True(await page.Locator("#lernpfad-titel").IsVisibleAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"/empfehlungen ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
    }

    [Fact]
    public async Task HR_adds_a_recommendation_to_the_plan_board()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/anmelden");
        await page.FillAsync("#Input_Email", DemoSeeder.DemoUsers.Single(u => u.Role == "CompanyHR").Email);
        await page.FillAsync("#Input_Password", DemoSeeder.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/mein-bereich");
        await page.ClickAsync("main >> text=Weiterbildungsplan");
        await page.WaitForURLAsync("**/unternehmen/weiterbildungsplan");
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.Locator("form[action*='handler=Add'] button").First.ClickAsync();
        await page.WaitForSelectorAsync("#plan-board");
        Assert.True(await page.Locator("#plan-board tbody tr").CountAsync() > 0);
        await BrowserPlatform.AssertAccessibleAsync(page);

        var status = page.Locator("#plan-board select").First;
        await status.SelectOptionAsync("Booked");
        await page.ClickAsync("#plan-board button[type=submit]");
        await page.WaitForSelectorAsync("#plan-board");
        Assert.Equal("Booked", await page.Locator("#plan-board select").First.InputValueAsync());
    }
}
