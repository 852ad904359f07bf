using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
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

    [Fact]
    public async Task A_person_changes_the_password_on_a_phone_and_signs_in_with_the_new_one()
    {
        var (page, email) = await RegisterAsync("Altes-Passwort-2026");
        await page.GotoAsync("/mein-bereich");
        await page.ClickAndLoadAsync("main a[href='/mein-bereich/passwort']", "**/mein-bereich/passwort");
        await AssertFitsAndAccessibleAsync(page);

        // A wrong current password: the error stands at its field, and the page stays accessible.
        await page.FillAsync("#Input_CurrentPassword", "Falsches-Passwort-1");
        await page.FillAsync("#Input_NewPassword", "Neues-Passwort-2027");
        await page.FillAsync("#Input_ConfirmPassword", "Neues-Passwort-2027");
        await page.ClickAndLoadAsync("main button[type=submit]");
        Assert.Equal("Das bisherige Passwort ist falsch.", (await page.Locator("[data-valmsg-for='Input.CurrentPassword']").TextContentAsync())?.Trim());
        await AssertFitsAndAccessibleAsync(page);

        await page.FillAsync("#Input_CurrentPassword", "Altes-Passwort-2026");
        await page.FillAsync("#Input_NewPassword", "Neues-Passwort-2027");
        await page.FillAsync("#Input_ConfirmPassword", "Neues-Passwort-2027");
        await page.ClickAndLoadAsync("main button[type=submit]", "**/mein-bereich/passwort?geaendert=true");
        Assert.True(await page.Locator("text=Ihr Passwort ist geändert").IsVisibleAsync());
        await AssertFitsAndAccessibleAsync(page);

        await page.ClickAndLoadAsync("header button:has-text('Abmelden')", url => new Uri(url).AbsolutePath == "/");
        await SignInAsync(page, email, "Neues-Passwort-2027");
        Assert.Equal("/mein-bereich", new Uri(page.Url).AbsolutePath);
    }

    [Fact]
    public async Task Forgotten_password_pages_work_on_a_phone_and_a_reset_link_sets_a_new_password()
    {
        var (registered, email) = await RegisterAsync("Altes-Passwort-2026");
        await registered.Context.CloseAsync();

        var page = await browser.NewPageAsync(width: 375, height: 740);
        await page.GotoAsync("/anmelden");
        await page.ClickAndLoadAsync("main a[href='/passwort-vergessen']", "**/passwort-vergessen");
        // The browser tests run without a mail server: the page says so instead of offering a form that cannot work.
        Assert.True(await page.Locator("text=nicht eingerichtet").IsVisibleAsync());
        await AssertFitsAndAccessibleAsync(page);

        await page.GotoAsync("/passwort-zuruecksetzen?konto=x&code=abc");
        Assert.True(await page.Locator("text=Der Link ist ungültig").IsVisibleAsync());
        await AssertFitsAndAccessibleAsync(page);

        await page.GotoAsync(await ResetLinkAsync(email));
        await AssertFitsAndAccessibleAsync(page);
        await page.FillAsync("#Input_NewPassword", "Neues-Passwort-2027");
        await page.FillAsync("#Input_ConfirmPassword", "Anderes-Passwort-2027");
        await page.ClickAndLoadAsync("main button[type=submit]");
        Assert.Equal("Die Wiederholung stimmt nicht mit dem neuen Passwort überein.", (await page.Locator("[data-valmsg-for='Input.ConfirmPassword']").TextContentAsync())?.Trim());
        await AssertFitsAndAccessibleAsync(page);

        await page.FillAsync("#Input_NewPassword", "Neues-Passwort-2027");
        await page.FillAsync("#Input_ConfirmPassword", "Neues-Passwort-2027");
        await page.ClickAndLoadAsync("main button[type=submit]", "**/anmelden?passwort=neu");
        Assert.True(await page.Locator("text=Ihr neues Passwort ist gespeichert").IsVisibleAsync());
        await AssertFitsAndAccessibleAsync(page);
        await SignInAsync(page, email, "Neues-Passwort-2027");
        Assert.Equal("/mein-bereich", new Uri(page.Url).AbsolutePath);
    }

    private async Task<(IPage Page, string Email)> RegisterAsync(string password)
    {
        var page = await browser.NewPageAsync(width: 375, height: 740);
        var email = $"browser-{Guid.NewGuid():N}@example.org";
        await page.GotoAsync("/registrieren");
        await page.FillAsync("#Input_Name", "Berta Browser");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAndLoadAsync("main button[type=submit]", url => new Uri(url).AbsolutePath == "/mein-bereich");
        return (page, email);
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/anmelden");
        await page.FillAsync("#Input_Email", email);
        await page.FillAsync("#Input_Password", password);
        await page.ClickAndLoadAsync("main button[type=submit]", url => new Uri(url).AbsolutePath != "/anmelden");
    }

    /// <summary>The link the reset mail would carry, made with the platform's own token provider.</summary>
    private async Task<string> ResetLinkAsync(string email)
    {
        using var scope = browser.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return $"/passwort-zuruecksetzen?konto={Uri.EscapeDataString(user.Id)}&code={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token))}";
    }

    private static async Task AssertFitsAndAccessibleAsync(IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 375, $"{page.Url} ist auf dem Smartphone breiter als der Bildschirm ({scrollWidth}px).");
        await BrowserPlatform.AssertAccessibleAsync(page);
    }
}
