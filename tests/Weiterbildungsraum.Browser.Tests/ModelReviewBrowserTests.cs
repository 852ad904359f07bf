using Microsoft.Playwright;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Browser.Tests;

public class ModelReviewBrowserTests(BrowserPlatform browser)
{
    private const string Review = "/koordination/kompetenzmodell";

    [Fact]
    public async Task The_review_page_is_accessible_and_fits_a_phone()
    {
        var page = await browser.NewSignedInPageAsync(Roles.Coordinator, width: 375, height: 740);
        await page.GotoAsync(Review);
        Assert.Equal(1, await page.Locator("main h1").CountAsync());
        await BrowserPlatform.AssertAccessibleAsync(page);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"Die Prüfseite ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
    }

    [Fact]
    public async Task In_print_every_profile_table_shows_all_its_columns()
    {
        // A4 portrait at 96 dpi minus margins is about 700 px wide.
        var page = await browser.NewSignedInPageAsync(Roles.Coordinator, width: 700, height: 1000);
        await page.GotoAsync(Review);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        var cut = await page.EvaluateAsync<string[]>("""
            [...document.querySelectorAll('.review-role .table-scroll')]
              .filter(box => getComputedStyle(box).overflowX !== 'visible' || box.querySelector('table').scrollWidth > box.clientWidth + 1)
              .map(box => box.getAttribute('aria-label'))
            """);
        Assert.True(cut.Length == 0, "Im Druck abgeschnitten: " + string.Join(", ", cut));
        Assert.True(await page.Locator(".review-role .table-scroll").CountAsync() >= 15);
        Assert.False(await page.Locator("nav[aria-label='Inhalt des Modells']").IsVisibleAsync());
    }
}
