using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Browser.Tests;

public class ModelCurationBrowserTests(BrowserPlatform browser)
{
    private static string EscoFixture => Path.Combine(Paths.Root, "tests", "Weiterbildungsraum.Web.Tests", "Fixtures", "esco-mini");

    [Fact]
    public async Task A_coordinator_links_esco_with_suggestions_in_a_draft_and_every_curation_page_is_accessible()
    {
        await browser.WithDbAsync(db => EscoImporter.ImportAsync(db, EscoFixture, ct: TestContext.Current.CancellationToken));
        var page = await browser.NewSignedInPageAsync(Roles.Coordinator);

        await page.ClickAndLoadAsync("nav[aria-label='Hauptnavigation'] >> text=Modellpflege", "**/koordination/modellpflege");
        await BrowserPlatform.AssertAccessibleAsync(page);
        var create = page.Locator("button:text-is('Entwurf anlegen')");
        if (await create.CountAsync() > 0)
        {
            await create.ClickAndLoadAsync();
            await page.WaitForSelectorAsync("p.notice.ok");
        }
        Assert.True(await page.Locator("table.curation-competencies tbody tr").CountAsync() > 0);
        await BrowserPlatform.AssertAccessibleAsync(page);

        await page.Locator("table.curation-competencies tbody a").First.ClickAndLoadAsync("**/koordination/modellpflege/kompetenzen/*");
        await BrowserPlatform.AssertAccessibleAsync(page);
        await page.FillAsync("#Input_EscoQuery", "stapler");
        await page.WaitForSelectorAsync("#esco-hits li");
        Assert.Contains("ESCO", await page.TextContentAsync("#esco-status"));
        await page.Locator("#esco-hits input[type=checkbox]").First.CheckAsync();
        await BrowserPlatform.AssertAccessibleAsync(page);
        await page.Locator("form.curation-form button:text-is('Speichern')").First.ClickAndLoadAsync();
        await page.WaitForSelectorAsync("p.notice.ok");
        Assert.Contains("Gabelstapler bedienen", await page.TextContentAsync(".esco-links"));

        await page.ClickAndLoadAsync("nav.breadcrumb >> text=Kompetenzmodell bearbeiten", "**/koordination/modellpflege");
        Assert.Contains("ESCO-Verknüpfungen", await page.TextContentAsync(".curation-changes"));
        var role = await page.Locator(".curation-family li a").First.GetAttributeAsync("href");
        var family = await page.Locator(".curation-family h3 a").First.GetAttributeAsync("href");
        foreach (var url in new[] { role!, family!, "/koordination/modellpflege/csv", "/koordination/modellpflege/kompetenzen/neu", "/koordination/modellpflege/rollen/neu", "/koordination/modellpflege/familien/neu" })
        {
            await page.GotoAsync(url);
            Assert.Equal(url, new Uri(page.Url).PathAndQuery);
            await BrowserPlatform.AssertAccessibleAsync(page);
        }
    }

    [Fact]
    public async Task The_curation_pages_fit_a_phone()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Coordinator, width: 375, height: 740);
        await page.GotoAsync("/koordination/modellpflege");
        var create = page.Locator("button:text-is('Entwurf anlegen')");
        if (await create.CountAsync() > 0) await create.ClickAndLoadAsync();
        await page.WaitForSelectorAsync("table.curation-competencies");
        var key = string.Empty;
        await browser.WithDbAsync(async db => key = await db.Competencies.OrderBy(c => c.Key).Select(c => c.Key).FirstAsync());
        foreach (var url in new[] { "/koordination/modellpflege", $"/koordination/modellpflege/kompetenzen/{key}", "/koordination/modellpflege/csv" })
        {
            await page.GotoAsync(url);
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 375, $"{url} ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
        }
    }
}
