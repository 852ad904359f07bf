using System.Net;
using System.Text.RegularExpressions;

namespace Weiterbildungsraum.Web.Tests.Accounts;

public class PasswordTests(PasswordPlatform platform) : IClassFixture<PasswordPlatform>
{
    private const string Old = "Altes-Passwort-2026", New = "Neues-Passwort-2027";

    private static string FieldError(string html, string field) =>
        Forms.Parse(html).QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task A_signed_in_person_changes_the_password_and_stays_signed_in()
    {
        var (client, email) = await platform.RegisterAsync(Old);
        var response = await client.SubmitAsync("/mein-bereich/passwort", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Old, ["Input.NewPassword"] = New, ["Input.ConfirmPassword"] = New,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/mein-bereich/passwort?geaendert=true", response.Headers.Location?.OriginalString);
        Assert.Contains("Ihr Passwort ist geändert", await client.GetStringAsync("/mein-bereich/passwort?geaendert=true", TestContext.Current.CancellationToken));

        platform.SessionCheckClock.Offset = TimeSpan.FromMinutes(5);
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/mein-bereich", TestContext.Current.CancellationToken)).StatusCode);
        }
        finally
        {
            platform.SessionCheckClock.Offset = TimeSpan.Zero;
        }
        Assert.False(await platform.SignsInAsync(email, Old));
        Assert.True(await platform.SignsInAsync(email, New));
    }

    [Fact]
    public async Task After_a_change_the_other_sessions_of_the_person_end_at_their_next_check()
    {
        var (client, email) = await platform.RegisterAsync(Old);
        var other = await platform.ClientAsAsync(email, Old);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/mein-bereich", TestContext.Current.CancellationToken)).StatusCode);

        var changed = await client.SubmitAsync("/mein-bereich/passwort", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Old, ["Input.NewPassword"] = New, ["Input.ConfirmPassword"] = New,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        platform.SessionCheckClock.Offset = TimeSpan.FromMinutes(2);
        try
        {
            var refused = await other.GetAsync("/mein-bereich", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Contains("/anmelden", refused.Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/mein-bereich", TestContext.Current.CancellationToken)).StatusCode);
        }
        finally
        {
            platform.SessionCheckClock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task A_wrong_current_password_is_named_at_its_field_and_changes_nothing()
    {
        var (client, email) = await platform.RegisterAsync(Old);
        var response = await client.SubmitAsync("/mein-bereich/passwort", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = "Falsches-Passwort-1", ["Input.NewPassword"] = New, ["Input.ConfirmPassword"] = New,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Das bisherige Passwort ist falsch.", FieldError(html, "Input.CurrentPassword"));
        Assert.True(await platform.SignsInAsync(email, Old));
        Assert.False(await platform.SignsInAsync(email, New));
    }

    [Fact]
    public async Task A_mismatching_confirmation_and_a_weak_password_are_explained_in_German()
    {
        var (client, email) = await platform.RegisterAsync(Old);
        var mismatch = await client.SubmitAsync("/mein-bereich/passwort", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Old, ["Input.NewPassword"] = New, ["Input.ConfirmPassword"] = New + "x",
        });
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        var html = await mismatch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal("Die Wiederholung stimmt nicht mit dem neuen Passwort überein.", FieldError(html, "Input.ConfirmPassword"));

        var weak = await client.SubmitAsync("/mein-bereich/passwort", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Old, ["Input.NewPassword"] = "kurz", ["Input.ConfirmPassword"] = "kurz",
        });
        var weakHtml = await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Das Passwort muss mindestens 10 Zeichen lang sein.", FieldError(weakHtml, "Input.NewPassword"));

        var same = await client.SubmitAsync("/mein-bereich/passwort", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Old, ["Input.NewPassword"] = Old, ["Input.ConfirmPassword"] = Old,
        });
        Assert.Contains("muss sich vom bisherigen unterscheiden", FieldError(await same.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Input.NewPassword"));
        Assert.True(await platform.SignsInAsync(email, Old));
    }

    [Fact]
    public async Task Mein_Bereich_Meine_Daten_and_the_login_page_link_to_the_password_pages()
    {
        var (client, _) = await platform.RegisterAsync(Old);
        Assert.Contains("href=\"/mein-bereich/passwort\"", await client.GetStringAsync("/mein-bereich", TestContext.Current.CancellationToken));
        Assert.Contains("href=\"/mein-bereich/passwort\"", await client.GetStringAsync("/meine-daten/datenschutz", TestContext.Current.CancellationToken));
        Assert.Contains("href=\"/passwort-vergessen\"", await platform.NewClient().GetStringAsync("/anmelden", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Forgotten_password_a_mailed_link_sets_a_new_one_once_and_the_old_one_stops_working()
    {
        var (_, email) = await platform.RegisterAsync(Old);
        var anonymous = platform.NewClient();
        var asked = await anonymous.SubmitAsync("/passwort-vergessen", new Dictionary<string, string> { ["Input.Email"] = email.ToUpperInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("/passwort-vergessen?gesendet=true", asked.Headers.Location?.OriginalString);

        var link = await MailedLinkAsync(email);
        var form = await anonymous.GetStringAsync(link.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("ungültig", form);
        var saved = await anonymous.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Input.NewPassword"] = New, ["Input.ConfirmPassword"] = New });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/anmelden?passwort=neu", saved.Headers.Location?.OriginalString);
        Assert.Contains("Ihr neues Passwort ist gespeichert", await anonymous.GetStringAsync("/anmelden?passwort=neu", TestContext.Current.CancellationToken));

        Assert.False(await platform.SignsInAsync(email, Old));
        Assert.True(await platform.SignsInAsync(email, New));

        // The new password changed the account's stamp, which the token carries: the link is used up.
        var again = await anonymous.GetStringAsync(link.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Contains("Der Link ist ungültig, abgelaufen oder wurde schon benutzt.", again);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_mail()
    {
        var (_, known) = await platform.RegisterAsync(Old);
        var unknown = $"niemand-{Guid.NewGuid():N}@example.org";
        var anonymous = platform.NewClient();

        var forUnknown = await anonymous.SubmitAsync("/passwort-vergessen", new Dictionary<string, string> { ["Input.Email"] = unknown });
        var forKnown = await anonymous.SubmitAsync("/passwort-vergessen", new Dictionary<string, string> { ["Input.Email"] = known });
        Assert.Equal(forKnown.StatusCode, forUnknown.StatusCode);
        Assert.Equal(forKnown.Headers.Location, forUnknown.Headers.Location);
        var page = await anonymous.GetStringAsync(forKnown.Headers.Location!.OriginalString, TestContext.Current.CancellationToken);
        Assert.Contains("Wenn zu dieser E-Mail-Adresse ein Konto besteht", page);

        // Mails go out in order of the requests: the first one after the unknown address's request is the known one's.
        await MailedLinkAsync(known, mustBeNext: true, notTo: unknown);
    }

    [Fact]
    public async Task Invalid_or_foreign_links_are_refused_and_change_nothing()
    {
        var (_, email) = await platform.RegisterAsync(Old);
        var (_, other) = await platform.RegisterAsync(Old);
        var anonymous = platform.NewClient();
        foreach (var url in new[] { "/passwort-zuruecksetzen", "/passwort-zuruecksetzen?konto=x&code=%%%", "/passwort-zuruecksetzen?konto=gibt-es-nicht&code=YWJj" })
            Assert.Contains("Der Link ist ungültig", await anonymous.GetStringAsync(url, TestContext.Current.CancellationToken));

        await anonymous.SubmitAsync("/passwort-vergessen", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = await MailedLinkAsync(email);
        var otherId = await platform.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users.Where(u => u.Email == other).Select(u => u.Id)));
        var foreign = Regex.Replace(link.PathAndQuery, "konto=[^&]+", "konto=" + otherId);
        Assert.Contains("Der Link ist ungültig", await anonymous.GetStringAsync(foreign, TestContext.Current.CancellationToken));

        // A post with a broken token: the form of a valid link, sent with a changed code.
        var document = await anonymous.GetDocumentAsync(link.PathAndQuery);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await anonymous.PostAsync("/passwort-zuruecksetzen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Konto"] = otherId, ["Code"] = "YWJj", ["Input.NewPassword"] = New, ["Input.ConfirmPassword"] = New,
        }), TestContext.Current.CancellationToken);
        Assert.Contains("Der Link ist ungültig", await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(await platform.SignsInAsync(other, Old));
        Assert.True(await platform.SignsInAsync(email, Old));
    }

    [Fact]
    public async Task A_reset_with_a_mismatching_confirmation_keeps_the_link_usable()
    {
        var (_, email) = await platform.RegisterAsync(Old);
        var anonymous = platform.NewClient();
        await anonymous.SubmitAsync("/passwort-vergessen", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = await MailedLinkAsync(email);
        var mismatch = await anonymous.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Input.NewPassword"] = New, ["Input.ConfirmPassword"] = "Anderes-Passwort-1" });
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Equal("Die Wiederholung stimmt nicht mit dem neuen Passwort überein.",
            FieldError(await mismatch.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Input.ConfirmPassword"));
        var weak = await anonymous.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Input.NewPassword"] = "kurz", ["Input.ConfirmPassword"] = "kurz" });
        Assert.Contains("mindestens 10 Zeichen", FieldError(await weak.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "Input.NewPassword"));
        Assert.True(await platform.SignsInAsync(email, Old));

        var saved = await anonymous.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Input.NewPassword"] = New, ["Input.ConfirmPassword"] = New });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await platform.SignsInAsync(email, New));
    }

    private async Task<Uri> MailedLinkAsync(string to, bool mustBeNext = false, string? notTo = null)
    {
        while (true)
        {
            var message = await platform.Smtp.NextAsync();
            if (notTo is not null) Assert.DoesNotContain($"RCPT TO:<{notTo}>", message, StringComparison.OrdinalIgnoreCase);
            if (!message.Contains($"RCPT TO:<{to}>", StringComparison.OrdinalIgnoreCase))
            {
                Assert.False(mustBeNext, "Eine andere Mail kam zuerst: " + message);
                continue;
            }
            var body = FakeSmtp.BodyOf(message);
            Assert.Contains("Passwort", body);
            var match = Regex.Match(body, @"https?://\S+/passwort-zuruecksetzen\?\S+");
            Assert.True(match.Success, "Kein Link in der Mail: " + body);
            return new Uri(match.Value);
        }
    }
}

public class ExpiredResetLinkTests(ExpiredLinkPlatform platform) : IClassFixture<ExpiredLinkPlatform>
{
    [Fact]
    public async Task An_expired_link_is_refused_and_the_password_stays()
    {
        var (_, email) = await platform.RegisterAsync("Altes-Passwort-2026");
        var anonymous = platform.NewClient();
        await anonymous.SubmitAsync("/passwort-vergessen", new Dictionary<string, string> { ["Input.Email"] = email });
        var message = await platform.Smtp.NextAsync();
        var link = new Uri(Regex.Match(FakeSmtp.BodyOf(message), @"https?://\S+/passwort-zuruecksetzen\?\S+").Value);

        Assert.Contains("Der Link ist ungültig, abgelaufen oder wurde schon benutzt.", await anonymous.GetStringAsync(link.PathAndQuery, TestContext.Current.CancellationToken));
        var form = await anonymous.GetDocumentAsync("/anmelden");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var query = System.Web.HttpUtility.ParseQueryString(link.Query);
        var posted = await anonymous.PostAsync("/passwort-zuruecksetzen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Konto"] = query["konto"]!, ["Code"] = query["code"]!,
            ["Input.NewPassword"] = "Neues-Passwort-2027", ["Input.ConfirmPassword"] = "Neues-Passwort-2027",
        }), TestContext.Current.CancellationToken);
        Assert.Contains("abgelaufen", await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(await platform.SignsInAsync(email, "Altes-Passwort-2026"));
        Assert.False(await platform.SignsInAsync(email, "Neues-Passwort-2027"));
    }
}

public class ResetRequestLimitTests(TightResetLimitPlatform platform) : IClassFixture<TightResetLimitPlatform>
{
    [Fact]
    public async Task Reset_requests_are_limited_per_address_and_per_client_with_a_German_answer()
    {
        var client = platform.NewClient();
        Task<HttpResponseMessage> Ask(string email) => client.SubmitAsync("/passwort-vergessen", new Dictionary<string, string> { ["Input.Email"] = email });
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await Ask("dieselbe@example.org")).StatusCode);
        var sameAddress = await Ask("dieselbe@example.org");
        Assert.Equal(HttpStatusCode.TooManyRequests, sameAddress.StatusCode);
        var html = await sameAddress.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Zu viele Anfragen", html);
        Assert.Contains("lang=\"de\"", html);

        Assert.Equal(HttpStatusCode.Redirect, (await Ask("andere@example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Ask("dritte@example.org")).StatusCode);
    }
}
