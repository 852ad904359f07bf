using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Network;

[Collection(NetworkDirectory.Collection)]
public class NetworkTests(DemoPlatform platform)
{
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task Events_api_lists_upcoming_events_in_order()
    {
        var events = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/events", TestContext.Current.CancellationToken);
        Assert.NotNull(events);
        var upcoming = await platform.WithDbAsync(db => db.Events.CountAsync(e => e.EndsAt >= DateTime.UtcNow));
        Assert.Equal(upcoming, events.Length);
        var starts = events.Select(e => e.GetProperty("startsAt").GetDateTime()).ToList();
        Assert.Equal(starts.Order(), starts);
        Assert.All(events, e => Assert.EndsWith(".ics", e.GetProperty("icalUrl").GetString()));
    }

    [Fact]
    public async Task The_subscribable_feed_parses_back_with_the_same_events()
    {
        var response = await client.GetAsync("/api/v1/events.ics", TestContext.Current.CancellationToken);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        var expected = await platform.WithDbAsync(db => db.Events.Where(e => e.EndsAt >= DateTime.UtcNow.AddDays(-30)).Select(e => new { e.Title, e.StartsAt }).ToListAsync());
        Assert.Equal(expected.Count, calendar.Events.Count);
        foreach (var e in expected)
        {
            var parsed = Assert.Single(calendar.Events, c => c.Summary == e.Title);
            Assert.Equal(e.StartsAt, parsed.Start!.AsUtc);
        }
    }

    [Fact]
    public async Task One_event_downloads_as_ical()
    {
        var ev = await platform.WithDbAsync(db => db.Events.OrderBy(e => e.Id).FirstAsync());
        var ics = await client.GetStringAsync($"/veranstaltungen/{ev.Id}/kalender.ics", TestContext.Current.CancellationToken);
        var parsed = Assert.Single(Calendar.Load(ics)!.Events);
        Assert.Equal(ev.Title, parsed.Summary);
        Assert.Equal(ev.EndsAt, parsed.End!.AsUtc);
    }

    [Fact]
    public async Task Organisations_filter_by_type_and_show_only_public_profiles()
    {
        var chambers = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/organisations?type=Chamber", TestContext.Current.CancellationToken);
        Assert.NotEmpty(chambers!);
        Assert.All(chambers!, o => Assert.Equal("Chamber", o.GetProperty("type").GetString()));

        var all = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/organisations", TestContext.Current.CancellationToken);
        var hidden = await platform.WithDbAsync(db => db.Organisations.Where(o => !o.IsPublicProfile || !o.IsApproved).Select(o => o.Id).ToListAsync());
        Assert.DoesNotContain(all!, o => hidden.Contains(o.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task An_unknown_organisation_type_is_a_400_naming_the_parameter()
    {
        var response = await client.GetAsync("/api/v1/organisations?type=Zirkus", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type", (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Directory_search_finds_by_name_and_company_profiles_stay_private()
    {
        var actor = await platform.WithDbAsync(db => db.Organisations.FirstAsync(o => o.Type == OrganisationType.Chamber));
        var found = await client.GetDocumentAsync($"/netzwerk?q={Uri.EscapeDataString(actor.Name)}");
        Assert.Contains(actor.Name, found.Body!.TextContent);

        var company = await platform.WithDbAsync(db => db.Organisations.FirstAsync(o => o.Type == OrganisationType.Company && !o.IsPublicProfile));
        var response = await client.GetAsync($"/netzwerk/{company.Id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Calendar_and_archive_views_show_events()
    {
        var future = await platform.WithDbAsync(db => db.Events.Where(e => e.StartsAt > DateTime.UtcNow).OrderBy(e => e.StartsAt).FirstAsync());
        var month = Weiterbildungsraum.Web.Data.LocalTime.FromUtc(future.StartsAt).ToString("yyyy-MM");
        var calendar = await client.GetDocumentAsync($"/veranstaltungen?ansicht=kalender&monat={month}");
        Assert.Contains(calendar.QuerySelectorAll("a.day-event"), a => a.TextContent.Contains(future.Title));

        var past = await platform.WithDbAsync(db => db.Events.Where(e => e.EndsAt < DateTime.UtcNow && e.Report != null).FirstAsync());
        var archive = await client.GetDocumentAsync("/veranstaltungen/archiv");
        Assert.Contains(past.Report!, archive.Body!.TextContent);
    }

    [Fact]
    public async Task Start_page_shows_what_is_coming_next()
    {
        var next = await platform.WithDbAsync(db => db.Events.Where(e => e.EndsAt >= DateTime.UtcNow).OrderBy(e => e.StartsAt).FirstAsync());
        var start = await client.GetDocumentAsync("/");
        Assert.Contains(next.Title, start.Body!.TextContent);
    }

    [Fact]
    public async Task Coordinators_publish_news_and_learners_cannot()
    {
        var learner = await platform.ClientAsRoleAsync(Roles.Learner);
        var refused = await learner.GetAsync("/koordination/aktuelles/neu", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var title = "Neue Förderrunde " + Guid.NewGuid().ToString("N")[..6];
        var posted = await coordinator.SubmitAsync("/koordination/aktuelles/neu", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.Body"] = "Erster Absatz.\n\nZweiter Absatz.",
        });
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var news = await client.GetDocumentAsync("/aktuelles");
        Assert.Contains(title, news.Body!.TextContent);
    }
}
