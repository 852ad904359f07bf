using Microsoft.Playwright;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Browser.Tests;

public class NetworkBrowserTests(BrowserPlatform browser)
{
    private static async Task AssertFitsAsync(IPage page, int width = 375)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
    }

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

    [Fact]
    public async Task The_directory_filters_by_town_and_AZAV_on_a_phone_and_keeps_them_in_the_address()
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync("/netzwerk");
        await page.SelectOptionAsync("#ort", "Hamm");
        await page.CheckAsync("#azav");
        await page.ClickAndLoadAsync("form[role=search] button", url => url.Contains("ort=Hamm") && url.Contains("azav=true"));
        Assert.True(await page.Locator("main .cards li").CountAsync() > 0);
        Assert.All(await page.Locator("main .cards li .muted").AllTextContentsAsync(), t => Assert.Contains("AZAV-zertifiziert", t));
        await BrowserPlatform.AssertAccessibleAsync(page);
        await AssertFitsAsync(page);

        await page.GotoAsync("/netzwerk?typ=Chamber&azav=true");
        Assert.Contains("nur Bildungsanbieter", await page.TextContentAsync(".error-summary"));
        await BrowserPlatform.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task HR_publishes_the_company_profile_and_adds_a_contact_person_also_on_a_phone()
    {
        var page = await browser.NewSignedInPageAsync(Roles.CompanyHR, width: 375, height: 740);
        await page.GotoAsync("/mein-bereich");
        await page.ClickAndLoadAsync("main >> text=Unser Profil im Netzwerk", "**/netzwerk/profil");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await AssertFitsAsync(page);

        await page.Locator("main .card a:has-text('Profil bearbeiten')").First.ClickAndLoadAsync("**/netzwerk/profil/*");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await AssertFitsAsync(page);
        await page.FillAsync("#Input_Description", "");
        await page.CheckAsync("#Input_IsPublic");
        await page.ClickAndLoadAsync("main button[type=submit]");
        Assert.Contains("Ein öffentliches Profil braucht eine kurze Beschreibung", await page.TextContentAsync(".error-summary"));
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.FillAsync("#Input_Description", "Spedition im Kreis Unna mit eigener Ausbildung für Berufskraftfahrerinnen und -fahrer.");
        await page.ClickAndLoadAsync("main button[type=submit]");
        Assert.Contains("im Netzwerkverzeichnis zu sehen", await page.TextContentAsync("p.notice"));
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.ClickAndLoadAsync("text=Ansprechpersonen verwalten", "**/ansprechpersonen");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await AssertFitsAsync(page);
        var name = "Jana Kontakt " + Guid.NewGuid().ToString("N")[..4];
        await page.FillAsync("#Input_Name", name);
        await page.FillAsync("#Input_Function", "Ausbildung und Weiterbildung");
        await page.FillAsync("#Input_Email", "j.kontakt@seseke.example");
        await page.CheckAsync("#Input_ConsentConfirmed");
        await page.ClickAndLoadAsync("main form button[type=submit]");
        Assert.Contains(name, await page.TextContentAsync("p.notice"));
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.Locator($"main .card:has-text('{name}') a").ClickAndLoadAsync("**/ansprechpersonen/*");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await AssertFitsAsync(page);

        await page.GotoAsync("/netzwerk?q=" + Uri.EscapeDataString("Spedition im Kreis Unna"));
        await page.Locator("main .cards h2 a").First.ClickAndLoadAsync("**/netzwerk/*");
        Assert.Contains(name, await page.TextContentAsync(".contacts"));
        await BrowserPlatform.AssertAccessibleAsync(page);
        await AssertFitsAsync(page);
    }

    [Fact]
    public async Task A_listed_person_gives_her_consent_herself()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Coordinator, width: 375, height: 740);
        await page.GotoAsync("/mein-bereich");
        await page.ClickAndLoadAsync("main >> text=Ansprechperson im Netzwerk", "**/mein-bereich/ansprechperson");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await AssertFitsAsync(page);
        await page.Locator("main form input[type=checkbox]").First.CheckAsync();
        await page.Locator("main form button[type=submit]").First.ClickAndLoadAsync();
        Assert.Contains("öffentlich genannt", await page.TextContentAsync("p.notice"));
        await BrowserPlatform.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task The_coordination_creates_an_event_that_a_visitor_registers_for_and_cancels_on_a_phone()
    {
        var coordinator = await browser.NewSignedInPageAsync(Roles.Coordinator);
        await coordinator.GotoAsync("/koordination/veranstaltungen");
        await BrowserPlatform.AssertAccessibleAsync(coordinator);
        await coordinator.ClickAndLoadAsync("text=Neue Veranstaltung", "**/koordination/veranstaltungen/neu");
        await BrowserPlatform.AssertAccessibleAsync(coordinator);

        await coordinator.ClickAndLoadAsync("main button[type=submit]");
        Assert.True(await coordinator.Locator(".error-summary li").CountAsync() >= 3);
        await BrowserPlatform.AssertAccessibleAsync(coordinator);

        var title = "Werkstattgespräch KI " + Guid.NewGuid().ToString("N")[..6];
        var day = DateTime.Today.AddDays(21);
        await coordinator.FillAsync("#Input_Title", title);
        await coordinator.FillAsync("#Input_StartDate", day.ToString("yyyy-MM-dd"));
        await coordinator.FillAsync("#Input_StartTime", "16:00");
        await coordinator.FillAsync("#Input_EndTime", "18:00");
        await coordinator.FillAsync("#Input_Place", "Lernfabrik, Hafenbogen 40, 44147 Dortmund");
        await coordinator.FillAsync("#Input_Description", "Betriebe berichten, wie sie KI-Werkzeuge einführen.");
        await coordinator.CheckAsync("#reg-platform");
        await coordinator.FillAsync("#Input_Capacity", "12");
        await coordinator.ClickAndLoadAsync("main button[type=submit]", "**/koordination/veranstaltungen");
        Assert.Contains(title, await coordinator.TextContentAsync("p.notice"));
        await BrowserPlatform.AssertAccessibleAsync(coordinator);

        var eventUrl = await coordinator.Locator($"main a:has-text('{title}')").First.GetAttributeAsync("href");
        var id = eventUrl!.Split('/')[^1];

        var visitor = await browser.NewPageAsync(width: 375, height: 740);
        await visitor.GotoAsync($"/veranstaltungen/{id}");
        await BrowserPlatform.AssertAccessibleAsync(visitor);
        await AssertFitsAsync(visitor);
        await visitor.ClickAndLoadAsync("#anmeldung ~ form button[type=submit]");
        Assert.True(await visitor.Locator(".field-error:not(:empty)").CountAsync() >= 2);
        await BrowserPlatform.AssertAccessibleAsync(visitor);
        await visitor.FillAsync("#Input_Name", "Vera Besucherin");
        await visitor.FillAsync("#Input_Email", $"vera-{Guid.NewGuid():N}@example.org");
        await visitor.ClickAndLoadAsync("#anmeldung ~ form button[type=submit]", "**/veranstaltungen/anmeldung/**");
        Assert.Contains("Sie sind angemeldet", await visitor.TextContentAsync("p.notice"));
        await BrowserPlatform.AssertAccessibleAsync(visitor);
        await AssertFitsAsync(visitor);

        await coordinator.GotoAsync($"/koordination/veranstaltungen/{id}/anmeldungen");
        Assert.Contains("Vera Besucherin", await coordinator.TextContentAsync("table.registrations"));
        await BrowserPlatform.AssertAccessibleAsync(coordinator);
        foreach (var url in new[] { $"/koordination/veranstaltungen/{id}", $"/koordination/veranstaltungen/{id}/absagen", $"/koordination/veranstaltungen/{id}/bericht" })
        {
            await coordinator.GotoAsync(url);
            await BrowserPlatform.AssertAccessibleAsync(coordinator);
        }

        await visitor.ClickAndLoadAsync("main form button:has-text('Anmeldung stornieren')", $"**/veranstaltungen/{id}?storniert=true*");
        Assert.Contains("Ihre Anmeldung ist storniert", await visitor.TextContentAsync("#anmeldung ~ p.notice"));
        await BrowserPlatform.AssertAccessibleAsync(visitor);
    }

    [Fact]
    public async Task Event_management_fits_a_phone()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Coordinator, width: 375, height: 740);
        foreach (var url in new[] { "/koordination/veranstaltungen", "/koordination/veranstaltungen/neu" })
        {
            await page.GotoAsync(url);
            await AssertFitsAsync(page);
        }
        await page.GotoAsync("/koordination/veranstaltungen");
        await page.Locator("main .manage-events a:has-text('Bericht')").First.ClickAndLoadAsync("**/bericht");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await AssertFitsAsync(page);
    }
}
