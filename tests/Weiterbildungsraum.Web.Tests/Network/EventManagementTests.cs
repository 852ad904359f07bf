using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Ical.Net;
using Weiterbildungsraum.Web.Tests.Competencies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Network;
using Weiterbildungsraum.Web.Features.Network.Manage;

namespace Weiterbildungsraum.Web.Tests.Network;

public class EventManagementTests(EventsPlatform platform) : IClassFixture<EventsPlatform>
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(string title, DateOnly day, string start = "17:00", string end = "19:00") => new()
    {
        ["Input.Title"] = title, ["Input.StartDate"] = day.ToString("yyyy-MM-dd"), ["Input.StartTime"] = start, ["Input.EndTime"] = end,
        ["Input.Place"] = "Haus der Region, Marktplatz 1, 59065 Hamm", ["Input.Description"] = "Erster Absatz.\n\nZweiter Absatz.",
        ["Input.Registration"] = "Platform", ["Input.Capacity"] = "30",
    };

    private static DateOnly InDays(int days) => DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow)).AddDays(days);

    private async Task<NetworkEvent> CreateAsync(HttpClient coordinator, Dictionary<string, string> form)
    {
        var response = await coordinator.SubmitAsync("/koordination/veranstaltungen/neu", form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return await platform.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Title == form["Input.Title"]));
    }

    [Fact]
    public async Task Without_demo_data_a_coordinator_creates_an_event_that_the_list_the_API_and_the_feed_show()
    {
        var coordinator = await platform.CoordinatorAsync();
        var title = "Netzwerkfrühstück " + Guid.NewGuid().ToString("N")[..6];
        var day = InDays(20);
        var created = await CreateAsync(coordinator, Form(title, day));

        Assert.Equal(LocalTime.ToUtc(day.ToDateTime(new TimeOnly(17, 0))), created.StartsAt);
        Assert.Equal(EventRegistrationMode.Platform, created.Registration);
        Assert.Equal(30, created.Capacity);
        Assert.Equal("Erster Absatz.\n\nZweiter Absatz.", created.Description);

        var anonymous = platform.CreateClient();
        Assert.Contains(title, (await anonymous.GetDocumentAsync("/veranstaltungen")).Body!.TextContent);
        var page = await anonymous.GetDocumentAsync($"/veranstaltungen/{created.Id}");
        Assert.Equal(2, page.QuerySelectorAll("main > p").Count(p => p.TextContent.Contains("Absatz")));
        var api = await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/events", Ct);
        var item = Assert.Single(api!, e => e.GetProperty("id").GetInt32() == created.Id);
        Assert.Equal("platform", item.GetProperty("registration").GetString());
        Assert.Equal(30, item.GetProperty("seatsLeft").GetInt32());
        Assert.Equal("scheduled", item.GetProperty("status").GetString());
        var feed = Calendar.Load(await anonymous.GetStringAsync("/api/v1/events.ics", Ct))!;
        Assert.Contains(feed.Events, e => e.Summary == title && e.Start!.AsUtc == created.StartsAt);
    }

    [Fact]
    public async Task Invalid_input_is_explained_per_field_in_German_and_nothing_is_stored()
    {
        var coordinator = await platform.CoordinatorAsync();
        var before = await platform.WithDbAsync(db => db.Events.CountAsync());
        var empty = await coordinator.SubmitAsync("/koordination/veranstaltungen/neu", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var emptyHtml = await empty.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Bitte geben Sie einen Titel ein.", emptyHtml);
        Assert.Contains("Bitte geben Sie den Tag an, an dem die Veranstaltung beginnt.", emptyHtml);
        var form = Form("Kaputt " + Guid.NewGuid().ToString("N")[..6], InDays(5), start: "18:00", end: "17:00");
        form["Input.Place"] = "";
        form["Input.Registration"] = "External";
        form["Input.RegistrationUrl"] = "javascript:alert(1)";
        var response = await coordinator.SubmitAsync("/koordination/veranstaltungen/neu", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = Forms.Parse(await response.Content.ReadAsStringAsync(Ct));
        var errors = html.QuerySelectorAll(".field-error").Select(e => e.TextContent).Where(t => t.Length > 0).ToList();
        Assert.Contains(errors, e => e.Contains("Das Ende muss nach dem Beginn liegen."));
        Assert.Contains(errors, e => e.Contains("Veranstaltungsort mit Anschrift"));
        Assert.Contains(errors, e => e.Contains("Link zur Anmeldung beim Veranstalter"));
        Assert.Equal(form["Input.Title"], html.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal(before, await platform.WithDbAsync(db => db.Events.CountAsync()));

        form = Form("Schluss nach Beginn " + Guid.NewGuid().ToString("N")[..6], InDays(5));
        form["Input.DeadlineDate"] = InDays(6).ToString("yyyy-MM-dd");
        var late = await coordinator.SubmitAsync("/koordination/veranstaltungen/neu", form);
        Assert.Contains("Der Anmeldeschluss muss vor dem Beginn liegen", await late.Content.ReadAsStringAsync(Ct));
        Assert.Equal(before, await platform.WithDbAsync(db => db.Events.CountAsync()));
    }

    [Fact]
    public async Task A_start_in_the_hour_the_clocks_skip_is_taken_as_the_hour_after()
    {
        var coordinator = await platform.CoordinatorAsync();
        var created = await CreateAsync(coordinator, Form("Nachtschicht " + Guid.NewGuid().ToString("N")[..6], new DateOnly(2027, 3, 28), start: "02:30", end: "04:00"));
        Assert.Equal(new DateTime(2027, 3, 28, 1, 30, 0, DateTimeKind.Utc), created.StartsAt);
        Assert.Equal(new DateTime(2027, 3, 28, 2, 0, 0, DateTimeKind.Utc), created.EndsAt);
    }

    [Fact]
    public async Task Editing_detects_a_concurrent_change_keeps_the_input_and_saves_when_sent_again()
    {
        var coordinator = await platform.CoordinatorAsync();
        var created = await CreateAsync(coordinator, Form("Sprechstunde " + Guid.NewGuid().ToString("N")[..6], InDays(30)));
        var url = $"/koordination/veranstaltungen/{created.Id}";
        var stale = await coordinator.GetDocumentAsync(url);

        var other = await platform.CoordinatorAsync();
        var first = await other.SubmitAsync(url, new Dictionary<string, string> { ["Input.Title"] = "Von der Kollegin geändert" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        var fields = Coordinator.Fields(stale).With("Input.Title", "Meine Fassung");
        var conflict = await coordinator.PostAsync(url, new FormUrlEncodedContent(fields), Ct);
        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        var page = Forms.Parse(await conflict.Content.ReadAsStringAsync(Ct));
        Assert.Contains(EditEventModel.ConflictMessage, page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Meine Fassung", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Title")!.Value);
        Assert.Equal("Von der Kollegin geändert", await platform.WithDbAsync(db => db.Events.Where(e => e.Id == created.Id).Select(e => e.Title).SingleAsync()));

        var again = await coordinator.PostAsync(url, new FormUrlEncodedContent(Coordinator.Fields(page)), Ct);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var saved = await platform.WithDbAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Id == created.Id));
        Assert.Equal("Meine Fassung", saved.Title);
        Assert.Equal(2, saved.Sequence);
    }

    [Fact]
    public async Task A_cancelled_event_stays_visible_as_cancelled_registrants_get_a_mail_and_calendars_read_STATUS_CANCELLED()
    {
        var coordinator = await platform.CoordinatorAsync();
        var created = await CreateAsync(coordinator, Form("Messe " + Guid.NewGuid().ToString("N")[..6], InDays(12)));
        var email = $"gast-{Guid.NewGuid():N}@example.org";
        var registered = await platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
            .SubmitAsync($"/veranstaltungen/{created.Id}", new Dictionary<string, string> { ["Input.Name"] = "Gerd Gast", ["Input.Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var url = $"/koordination/veranstaltungen/{created.Id}/absagen";
        var unconfirmed = await coordinator.SubmitAsync(url, new Dictionary<string, string> { ["Note"] = "Der Saal ist nicht verfügbar." }, "form[action*='handler=Cancel']");
        Assert.Contains("Bitte bestätigen Sie die Absage", await unconfirmed.Content.ReadAsStringAsync(Ct));
        Assert.Null(await platform.WithDbAsync(db => db.Events.Where(e => e.Id == created.Id).Select(e => e.CancelledAt).SingleAsync()));

        var cancelled = await coordinator.SubmitAsync(url, new Dictionary<string, string> { ["Note"] = "Der Saal ist nicht verfügbar.", ["Confirm"] = "true" }, "form[action*='handler=Cancel']");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var mail = await platform.Inbox.MessageToAsync(email, containing: "ist abgesagt");
        Assert.Contains("Der Saal ist nicht verfügbar.", mail);

        var anonymous = platform.CreateClient();
        var page = await anonymous.GetDocumentAsync($"/veranstaltungen/{created.Id}");
        Assert.Contains("Diese Veranstaltung ist abgesagt.", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("#Input_Email"));
        Assert.Contains("abgesagt", (await anonymous.GetDocumentAsync("/veranstaltungen")).QuerySelector($"a[href='/veranstaltungen/{created.Id}']")!.ParentElement!.TextContent);
        var api = await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/events", Ct);
        Assert.Equal("cancelled", api!.Single(e => e.GetProperty("id").GetInt32() == created.Id).GetProperty("status").GetString());

        var single = Assert.Single(Calendar.Load(await anonymous.GetStringAsync($"/veranstaltungen/{created.Id}/kalender.ics", Ct))!.Events);
        Assert.Equal("CANCELLED", single.Status);
        Assert.Equal(1, single.Sequence);
        var inFeed = Calendar.Load(await anonymous.GetStringAsync("/api/v1/events.ics", Ct))!.Events.Single(e => e.Uid == $"veranstaltung-{created.Id}@weiterbildungsraum");
        Assert.Equal("CANCELLED", inFeed.Status);

        var reinstated = await coordinator.SubmitAsync(url, new Dictionary<string, string>(), "form[action*='handler=Reinstate']");
        Assert.Equal(HttpStatusCode.Redirect, reinstated.StatusCode);
        var again = Assert.Single(Calendar.Load(await anonymous.GetStringAsync($"/veranstaltungen/{created.Id}/kalender.ics", Ct))!.Events);
        Assert.Equal("CONFIRMED", again.Status);
        Assert.Equal(2, again.Sequence);
    }

    [Fact]
    public async Task Deleting_needs_the_confirmation_and_takes_the_registrations_with_it()
    {
        var coordinator = await platform.CoordinatorAsync();
        var created = await CreateAsync(coordinator, Form("Versehen " + Guid.NewGuid().ToString("N")[..6], InDays(8)));
        await platform.CreateClient().SubmitAsync($"/veranstaltungen/{created.Id}", new Dictionary<string, string> { ["Input.Name"] = "Dora", ["Input.Email"] = $"dora-{Guid.NewGuid():N}@example.org" });
        Assert.Equal(1, await platform.WithDbAsync(db => db.EventRegistrations.CountAsync(r => r.EventId == created.Id)));
        var url = $"/koordination/veranstaltungen/{created.Id}/absagen";

        var refused = await coordinator.SubmitAsync(url, new Dictionary<string, string>(), "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.True(await platform.WithDbAsync(db => db.Events.AnyAsync(e => e.Id == created.Id)));

        var deleted = await coordinator.SubmitAsync(url, new Dictionary<string, string> { ["Confirm"] = "true" }, "form[action*='handler=Delete']");
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await platform.WithDbAsync(db => db.Events.AnyAsync(e => e.Id == created.Id)));
        Assert.Equal(0, await platform.WithDbAsync(db => db.EventRegistrations.CountAsync(r => r.EventId == created.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await platform.CreateClient().GetAsync($"/veranstaltungen/{created.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_short_report_of_a_past_event_appears_on_its_page_and_in_the_archive()
    {
        var coordinator = await platform.CoordinatorAsync();
        var upcoming = await CreateAsync(coordinator, Form("Noch nicht vorbei " + Guid.NewGuid().ToString("N")[..6], InDays(3)));
        Assert.Contains("noch nicht vorbei", (await coordinator.GetDocumentAsync($"/koordination/veranstaltungen/{upcoming.Id}/bericht")).Body!.TextContent);

        var past = await CreateAsync(coordinator, Form("Rückblick " + Guid.NewGuid().ToString("N")[..6], InDays(-2)));
        var report = "40 Betriebe waren da. Zwei Verbünde zur Datenanalyse sind entstanden.";
        var saved = await coordinator.SubmitAsync($"/koordination/veranstaltungen/{past.Id}/bericht", new Dictionary<string, string> { ["Report"] = report });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var anonymous = platform.CreateClient();
        Assert.Contains(report, (await anonymous.GetDocumentAsync("/veranstaltungen/archiv")).Body!.TextContent);
        Assert.Contains(report, (await anonymous.GetDocumentAsync($"/veranstaltungen/{past.Id}")).Body!.TextContent);
        var pastApi = await anonymous.GetFromJsonAsync<JsonElement[]>("/api/v1/events?past=true", Ct);
        Assert.Contains(pastApi!, e => e.GetProperty("id").GetInt32() == past.Id);
    }

    [Fact]
    public async Task Only_the_coordination_manages_events_and_sees_registrations()
    {
        var eventId = await platform.EventAsync(DateTime.UtcNow.AddDays(9));
        var urls = new[]
        {
            "/koordination/veranstaltungen", "/koordination/veranstaltungen/neu", $"/koordination/veranstaltungen/{eventId}",
            $"/koordination/veranstaltungen/{eventId}/absagen", $"/koordination/veranstaltungen/{eventId}/bericht",
            $"/koordination/veranstaltungen/{eventId}/anmeldungen", $"/koordination/veranstaltungen/{eventId}/anmeldungen.csv",
        };
        var anonymous = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var role in new[] { Roles.Learner, Roles.CompanyHR, Roles.Provider })
        {
            var client = await platform.ClientAsAsync(await platform.UserAsync(role));
            foreach (var url in urls)
            {
                var response = await client.GetAsync(url, Ct);
                Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden && (response.Headers.Location?.ToString().Contains("/zugriff-verweigert") ?? true),
                    $"{url} als {role}: {(int)response.StatusCode}");
            }
            var post = await client.PostAsync("/koordination/veranstaltungen/neu", new FormUrlEncodedContent(Form("Unerlaubt", InDays(4))), Ct);
            Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        }
        foreach (var url in urls)
        {
            var response = await anonymous.GetAsync(url, Ct);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"{url} anonym: {(int)response.StatusCode}");
        }
        Assert.False(await platform.WithDbAsync(db => db.Events.AnyAsync(e => e.Title == "Unerlaubt")));
    }
}
