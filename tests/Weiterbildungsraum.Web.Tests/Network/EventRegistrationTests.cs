using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Weiterbildungsraum.Web.Tests.Competencies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Network;

namespace Weiterbildungsraum.Web.Tests.Network;

public class EventRegistrationTests(EventsPlatform platform) : IClassFixture<EventsPlatform>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private HttpClient Visitor() => platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static string NewEmail(string who = "gast") => $"{who}-{Guid.NewGuid():N}@example.org";

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client, int eventId, string name, string email, string? organisation = null) =>
        client.SubmitAsync($"/veranstaltungen/{eventId}", new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Organisation"] = organisation ?? "",
        });

    private Task<int> CountAsync(int eventId) => platform.WithDbAsync(db => db.Events.Where(e => e.Id == eventId).Select(e => e.RegisteredCount).SingleAsync());

    [Fact]
    public async Task A_visitor_registers_gets_a_confirmation_page_and_mail_and_cancels_with_the_link()
    {
        var eventId = await platform.EventAsync(DateTime.UtcNow.AddDays(10), capacity: 2);
        var email = NewEmail();
        var response = await RegisterAsync(Visitor(), eventId, "Greta Gast", email.ToUpperInvariant(), "Seseke Spedition");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var confirmation = response.Headers.Location!.ToString();
        Assert.StartsWith("/veranstaltungen/anmeldung/", confirmation);

        var page = await Visitor().GetDocumentAsync(confirmation);
        Assert.Contains("Sie sind angemeldet", page.Body!.TextContent);
        Assert.Contains("Greta Gast", page.Body.TextContent);
        Assert.Contains(email, page.Body.TextContent);
        Assert.Equal(1, await CountAsync(eventId));
        Assert.Contains("1 von 2 frei", (await Visitor().GetDocumentAsync($"/veranstaltungen/{eventId}")).Body!.TextContent);

        var mail = await platform.Inbox.MessageToAsync(email);
        var token = confirmation.Split('/')[^1].Split('?')[0];
        Assert.Contains($"/veranstaltungen/anmeldung/{token}", mail);
        var stored = await platform.WithDbAsync(db => db.EventRegistrations.SingleAsync(r => r.EventId == eventId));
        Assert.NotEqual(token, stored.TokenHash);
        Assert.Null(stored.UserId);

        var cancelled = await Visitor().SubmitAsync($"/veranstaltungen/anmeldung/{token}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(0, await CountAsync(eventId));
        Assert.False(await platform.WithDbAsync(db => db.EventRegistrations.AnyAsync(r => r.EventId == eventId)));
        var gone = await Visitor().GetAsync($"/veranstaltungen/anmeldung/{token}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Contains("Anmeldung nicht gefunden", await gone.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Missing_and_wrong_fields_are_named_and_the_same_address_registers_only_once()
    {
        var eventId = await platform.EventAsync(DateTime.UtcNow.AddDays(10));
        var invalid = await RegisterAsync(Visitor(), eventId, "", "keine-adresse");
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Bitte geben Sie Ihren Namen an.", html);
        Assert.Contains("gültige E-Mail-Adresse", html);
        Assert.Equal("keine-adresse", Forms.Parse(html).QuerySelector<IHtmlInputElement>("#Input_Email")!.Value);

        var email = NewEmail();
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(Visitor(), eventId, "Erna Erst", email)).StatusCode);
        var twice = await RegisterAsync(Visitor(), eventId, "Erna Erst", " " + email.ToUpperInvariant() + " ");
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains("Mit dieser E-Mail-Adresse ist schon jemand angemeldet", await twice.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, await CountAsync(eventId));
    }

    [Fact]
    public async Task When_the_last_seat_is_taken_the_event_reads_ausgebucht_and_a_form_loaded_earlier_is_refused()
    {
        var eventId = await platform.EventAsync(DateTime.UtcNow.AddDays(10), capacity: 1);
        var late = Visitor();
        var loadedEarlier = await late.GetDocumentAsync($"/veranstaltungen/{eventId}");

        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(Visitor(), eventId, "Frida Früh", NewEmail())).StatusCode);
        var full = await Visitor().GetDocumentAsync($"/veranstaltungen/{eventId}");
        Assert.Contains("Ausgebucht.", full.QuerySelector("#anmeldung")!.ParentElement!.TextContent);
        Assert.Null(full.QuerySelector("#Input_Email"));

        var fields = Coordinator.Fields(loadedEarlier).With("Input.Name", "Sam Spät").With("Input.Email", NewEmail());
        var refused = await late.PostAsync($"/veranstaltungen/{eventId}", new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("ausgebucht", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(1, await CountAsync(eventId));
        Assert.Equal(1, await platform.WithDbAsync(db => db.EventRegistrations.CountAsync(r => r.EventId == eventId)));
    }

    [Fact]
    public async Task Of_many_people_registering_at_once_only_as_many_as_there_are_seats_get_one()
    {
        var eventId = await platform.EventAsync(DateTime.UtcNow.AddDays(10), capacity: 3);
        var visitors = new List<(HttpClient Client, List<KeyValuePair<string, string>> Fields)>();
        for (var i = 0; i < 8; i++)
        {
            var client = Visitor();
            var form = await client.GetDocumentAsync($"/veranstaltungen/{eventId}");
            visitors.Add((client, Coordinator.Fields(form).With("Input.Name", $"Person {i}").With("Input.Email", NewEmail())));
        }
        var responses = await Task.WhenAll(visitors.Select(v => v.Client.PostAsync($"/veranstaltungen/{eventId}", new FormUrlEncodedContent(v.Fields), Ct)));
        Assert.All(responses, r => Assert.True((int)r.StatusCode < 500, $"{(int)r.StatusCode}"));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(3, await CountAsync(eventId));
        Assert.Equal(3, await platform.WithDbAsync(db => db.EventRegistrations.CountAsync(r => r.EventId == eventId)));
    }

    [Fact]
    public async Task Registration_closes_at_the_deadline_even_for_a_form_loaded_before()
    {
        var eventId = await platform.EventAsync(DateTime.UtcNow.AddDays(10), deadlineUtc: DateTime.UtcNow.AddDays(2));
        var visitor = Visitor();
        var form = await visitor.GetDocumentAsync($"/veranstaltungen/{eventId}");
        Assert.NotNull(form.QuerySelector("#Input_Email"));

        await platform.WithDbAsync(db => db.Events.Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.RegistrationDeadline, DateTime.UtcNow.AddMinutes(-1))));
        var closed = await Visitor().GetDocumentAsync($"/veranstaltungen/{eventId}");
        Assert.Contains("Der Anmeldeschluss war am", closed.Body!.TextContent);
        Assert.Null(closed.QuerySelector("#Input_Email"));

        var fields = Coordinator.Fields(form).With("Input.Name", "Zu Spät").With("Input.Email", NewEmail());
        var refused = await visitor.PostAsync($"/veranstaltungen/{eventId}", new FormUrlEncodedContent(fields), Ct);
        Assert.Contains("keine Anmeldung mehr möglich", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await CountAsync(eventId));
    }

    [Fact]
    public async Task Events_without_platform_registration_take_none_and_keep_the_organisers_link()
    {
        var external = await platform.EventAsync(DateTime.UtcNow.AddDays(10), EventRegistrationMode.External);
        var page = await Visitor().GetDocumentAsync($"/veranstaltungen/{external}");
        Assert.NotNull(page.QuerySelector("a[href='https://www.example.org/anmeldung']"));
        Assert.Null(page.QuerySelector("#Input_Email"));
        // A form of another event, sent to this one: the page refuses although the token is valid.
        var visitor = Visitor();
        var open = await platform.EventAsync(DateTime.UtcNow.AddDays(10));
        var fields = Coordinator.Fields(await visitor.GetDocumentAsync($"/veranstaltungen/{open}"))
            .With("Input.Name", "Irr Läufer").With("Input.Email", NewEmail());
        var posted = await visitor.PostAsync($"/veranstaltungen/{external}", new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("keine Anmeldung mehr möglich", await posted.Content.ReadAsStringAsync(Ct));
        Assert.Equal(0, await platform.WithDbAsync(db => db.EventRegistrations.CountAsync(r => r.EventId == external)));
    }

    [Fact]
    public async Task The_link_to_an_online_event_is_for_registrants_only()
    {
        const string join = "https://konferenz.example.org/raum-42";
        var eventId = await platform.EventAsync(DateTime.UtcNow.AddDays(4), online: true, onlineUrl: join);
        var visitor = Visitor();
        Assert.DoesNotContain(join, (await visitor.GetDocumentAsync($"/veranstaltungen/{eventId}")).Body!.InnerHtml);
        Assert.DoesNotContain(join, await visitor.GetStringAsync("/api/v1/events", Ct));
        var email = NewEmail();
        var response = await RegisterAsync(visitor, eventId, "Olga Online", email);
        Assert.Contains(join, (await visitor.GetDocumentAsync(response.Headers.Location!.ToString())).Body!.InnerHtml);
        Assert.Contains(join, await platform.Inbox.MessageToAsync(email));
    }

    [Fact]
    public async Task The_coordination_lists_the_registrations_and_downloads_them_as_CSV_safe_for_spreadsheets()
    {
        var eventId = await platform.EventAsync(DateTime.UtcNow.AddDays(10));
        await RegisterAsync(Visitor(), eventId, "=HYPERLINK(\"http://böse.example\")", NewEmail("formel"), "Firma; mit Semikolon");
        await RegisterAsync(Visitor(), eventId, "Karl Klar", NewEmail("karl"));
        var coordinator = await platform.CoordinatorAsync();

        var list = await coordinator.GetDocumentAsync($"/koordination/veranstaltungen/{eventId}/anmeldungen");
        Assert.Equal(2, list.QuerySelectorAll("table.registrations tbody tr").Length);
        var csv = await coordinator.GetAsync($"/koordination/veranstaltungen/{eventId}/anmeldungen.csv", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name;E-Mail;Organisation;Angemeldet am;Mit Konto", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://böse.example\"\")\";formel-", lines[1]);
        Assert.Contains(";\"Firma; mit Semikolon\";", lines[1]);
        Assert.StartsWith("Karl Klar;karl-", lines[2]);
    }

    [Fact]
    public async Task A_signed_in_person_is_prefilled_finds_the_registration_in_her_export_and_it_goes_with_her_account()
    {
        var email = await platform.UserAsync(Roles.Learner, "Lotte Lernend");
        var client = await platform.ClientAsAsync(email);
        var first = await platform.EventAsync(DateTime.UtcNow.AddDays(6), capacity: 10);
        var second = await platform.EventAsync(DateTime.UtcNow.AddDays(7), capacity: 10);

        var form = await client.GetDocumentAsync($"/veranstaltungen/{first}");
        Assert.Equal("Lotte Lernend", form.QuerySelector<IHtmlInputElement>("#Input_Name")!.Value);
        Assert.Equal(email, form.QuerySelector<IHtmlInputElement>("#Input_Email")!.Value);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/veranstaltungen/{first}", new Dictionary<string, string>())).StatusCode);
        // A colleague registered from the same account is not her personal data.
        Assert.Equal(HttpStatusCode.Redirect, (await RegisterAsync(client, second, "Kollege Karl", NewEmail("kollege"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync($"/veranstaltungen/{second}", new Dictionary<string, string>())).StatusCode);

        var mine = await client.GetDocumentAsync($"/veranstaltungen/{first}");
        Assert.Contains("Sie sind seit", mine.Body!.TextContent);
        var cancel = await client.SubmitAsync($"/veranstaltungen/{first}", new Dictionary<string, string>(), "form[action*='handler=CancelMine']");
        Assert.Equal(HttpStatusCode.Redirect, cancel.StatusCode);
        Assert.Equal(0, await CountAsync(first));

        var export = await client.SubmitAsync("/meine-daten/datenschutz", new Dictionary<string, string>(), "form[action*='handler=Export']");
        var registrations = JsonDocument.Parse(await export.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("eventRegistrations");
        var listed = Assert.Single(registrations.EnumerateArray());
        Assert.Equal(email, listed.GetProperty("email").GetString());

        Assert.Equal(2, await CountAsync(second));
        var deleted = await client.SubmitAsync("/meine-daten/datenschutz", new Dictionary<string, string> { ["bestaetigt"] = "true" }, "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await platform.WithDbAsync(db => db.EventRegistrations.AnyAsync(r => r.Email == email)));
        Assert.Equal(1, await CountAsync(second));
        Assert.True(await platform.WithDbAsync(db => db.EventRegistrations.AnyAsync(r => r.EventId == second && r.Name == "Kollege Karl")));
    }

    [Fact]
    public async Task Registrations_are_deleted_when_the_event_has_been_over_for_longer_than_configured_and_the_count_stays()
    {
        var longOver = await platform.EventAsync(DateTime.UtcNow.AddDays(-40));
        var recent = await platform.EventAsync(DateTime.UtcNow.AddDays(-5));
        await platform.WithDbAsync(async db =>
        {
            foreach (var id in new[] { longOver, recent })
            {
                db.EventRegistrations.Add(new EventRegistration { EventId = id, Name = "Alt", Email = NewEmail("alt"), TokenHash = Guid.NewGuid().ToString("N"), CreatedAt = DateTime.UtcNow.AddDays(-50) });
                await db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.RegisteredCount, 1));
            }
            await db.SaveChangesAsync();
        });
        var keep = platform.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<EventOptions>>().Value.DeleteRegistrationsAfterDays;
        Assert.Equal(30, keep);

        var deleted = await platform.WithDbAsync(db => EventRegistrations.DeleteExpiredAsync(db, DateTime.UtcNow, keep, Ct));
        Assert.True(deleted >= 1);
        Assert.False(await platform.WithDbAsync(db => db.EventRegistrations.AnyAsync(r => r.EventId == longOver)));
        Assert.True(await platform.WithDbAsync(db => db.EventRegistrations.AnyAsync(r => r.EventId == recent)));
        Assert.Equal(1, await CountAsync(longOver));
    }
}
