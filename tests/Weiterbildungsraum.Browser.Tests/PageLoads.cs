using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Weiterbildungsraum.Browser.Tests;

/// <summary>
/// Waiting for the page an action loads. Playwright's WaitForURL and WaitForLoadState first look at the
/// load state and then subscribe to its event; when the event arrives in between on the thread that
/// delivers events, they wait until the timeout (microsoft/playwright-dotnet#3364). Polling the
/// document itself cannot miss anything: the old document is marked before the action, and the wait
/// ends when a new, completely loaded document at a matching address is there.
/// </summary>
public static class PageLoads
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    /// <summary>Runs the action (a click, a key press) and waits for the new page it loads.</summary>
    public static Task LoadsAsync(this IPage page, Func<Task> action, string? urlGlob = null) =>
        page.LoadsAsync(action, urlGlob is null ? _ => true : Glob(urlGlob).IsMatch);

    public static async Task LoadsAsync(this IPage page, Func<Task> action, Func<string, bool> url)
    {
        await page.EvaluateAsync("() => { window.__leaving = true; }");
        await action();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!(url(page.Url) && await IsNewLoadedDocumentAsync(page)))
        {
            if (waited.Elapsed > Timeout)
                throw new TimeoutException($"Nach {Timeout.TotalSeconds:0} s ist keine passende neue Seite geladen; die Adresse ist {page.Url}.");
            await Task.Delay(50);
        }
    }

    /// <summary>Clicks the element and waits for the new page the click loads.</summary>
    public static Task ClickAndLoadAsync(this IPage page, string selector, string? urlGlob = null) =>
        page.LoadsAsync(() => page.ClickAsync(selector), urlGlob);

    public static Task ClickAndLoadAsync(this IPage page, string selector, Func<string, bool> url) =>
        page.LoadsAsync(() => page.ClickAsync(selector), url);

    public static Task ClickAndLoadAsync(this ILocator locator, string? urlGlob = null) =>
        locator.Page.LoadsAsync(() => locator.ClickAsync(), urlGlob);

    private static async Task<bool> IsNewLoadedDocumentAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>("() => !window.__leaving && document.readyState === 'complete'");
        }
        catch (PlaywrightException)
        {
            return false; // the document went away while it was asked: a navigation is under way
        }
    }

    /// <summary>Playwright's URL globs: ** any characters, * any characters but a slash; everything else literal.</summary>
    private static Regex Glob(string glob) =>
        new("^" + Regex.Escape(glob).Replace(@"\*\*", ".*").Replace(@"\*", "[^/]*") + "$");
}
