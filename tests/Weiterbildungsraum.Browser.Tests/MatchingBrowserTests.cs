using Microsoft.Playwright;
using Weiterbildungsraum.Web.Features.Accounts;

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
        await page.ClickAndLoadAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("select[id^=stufe-]");
        foreach (var select in await page.Locator("select[id^=stufe-]").AllAsync())
            await select.SelectOptionAsync("0");
        await page.ClickAndLoadAsync("main form button[type=submit]");
        await page.WaitForSelectorAsync("#empfehlungen-titel");
        Assert.True(await page.Locator("#lernpfad-titel").IsVisibleAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"/empfehlungen ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
    }

    [Fact]
    public async Task HR_adds_a_recommendation_to_the_plan_board()
    {
        var page = await browser.NewSignedInPageAsync(Roles.CompanyHR);
        await page.ClickAndLoadAsync("main >> text=Weiterbildungsplan", "**/unternehmen/weiterbildungsplan");
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.Locator("form[action*='handler=Add'] button").First.ClickAndLoadAsync();
        await page.WaitForSelectorAsync("#plan-board");
        Assert.True(await page.Locator("#plan-board tbody tr").CountAsync() > 0);
        await BrowserPlatform.AssertAccessibleAsync(page);

        var status = page.Locator("#plan-board select").First;
        await status.SelectOptionAsync("Booked");
        await page.ClickAndLoadAsync("#plan-board button[type=submit]");
        await page.WaitForSelectorAsync("#plan-board");
        Assert.Equal("Booked", await page.Locator("#plan-board select").First.InputValueAsync());
    }
}

/// <summary>From the Kompetenzcheck to the plan: the employee checks herself, sees recommendations and shares, HR plans.</summary>
public class CheckToPlanBrowserTests(BrowserPlatform browser)
{
    [Fact]
    public async Task An_employee_checks_herself_sees_recommendations_and_HR_adds_them_to_the_plan()
    {
        var employee = await browser.NewSignedInPageAsync(Roles.Learner);
        await employee.GotoAsync("/kompetenzcheck");
        await BrowserPlatform.AssertAccessibleAsync(employee);
        // The role her employer assigned, so that HR compares the same profile.
        await employee.ClickAndLoadAsync("section[aria-labelledby='h-zugewiesen'] a.button", "**/schritt/1");
        while (true)
        {
            await BrowserPlatform.AssertAccessibleAsync(employee);
            foreach (var fieldset in await employee.Locator("fieldset.rating").AllAsync())
                await fieldset.Locator("input[type=radio][value='0']").CheckAsync();
            var next = employee.Locator("button[value=weiter]");
            if (await next.CountAsync() == 0) break;
            await next.ClickAndLoadAsync();
        }
        await employee.ClickAndLoadAsync("button[value=auswerten]", "**/ergebnis");
        await BrowserPlatform.AssertAccessibleAsync(employee);

        await employee.ClickAndLoadAsync("text=Passende Weiterbildungen zu Ihren Lücken");
        await employee.WaitForSelectorAsync("#empfehlungen-titel");
        Assert.True(await employee.Locator("ol.recommendations > li").CountAsync() > 0);
        await BrowserPlatform.AssertAccessibleAsync(employee);
        await employee.Locator("ol.recommendations > li").First.Locator("text=Förderung berechnen").ClickAndLoadAsync("**/foerderrechner?angebot=*");
        await BrowserPlatform.AssertAccessibleAsync(employee);
        await employee.SelectOptionAsync("#beschaeftigung", "Employed");
        await employee.FillAsync("#groesse", "40");
        await employee.ClickAndLoadAsync("main form button[type=submit]");
        await employee.WaitForSelectorAsync("#ergebnis-titel");
        Assert.Contains("keine Entscheidung", await employee.Locator(".funding-result").InnerTextAsync());
        await BrowserPlatform.AssertAccessibleAsync(employee);

        // Her self-assessment reaches the employer only when she shares it.
        await employee.GotoAsync("/meine-daten");
        await BrowserPlatform.AssertAccessibleAsync(employee);
        if (!await employee.Locator("#Share").IsCheckedAsync()) await employee.CheckAsync("#Share");
        await employee.Locator("#Share").Locator("xpath=ancestor::form").Locator("button[type=submit]").ClickAndLoadAsync();

        var hr = await browser.NewSignedInPageAsync(Roles.CompanyHR);
        await hr.GotoAsync("/unternehmen/weiterbildungsplan");
        await BrowserPlatform.AssertAccessibleAsync(hr);
        var add = hr.Locator("form[action*='handler=Add'] button", new PageLocatorOptions { HasText = "Lena Lernwerk" });
        Assert.True(await add.CountAsync() > 0, "Keine Empfehlung für die Beschäftigte im Weiterbildungsplan.");
        await add.First.ClickAndLoadAsync();
        await hr.WaitForSelectorAsync("#plan-board");
        Assert.True(await hr.Locator("#plan-board tbody tr", new PageLocatorOptions { HasText = "Lena Lernwerk" }).CountAsync() > 0);
        await BrowserPlatform.AssertAccessibleAsync(hr);
    }
}
