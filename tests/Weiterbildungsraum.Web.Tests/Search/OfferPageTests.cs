using System.Net;
using System.Text.Json;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Tests.Search;

public class OfferPageTests(DemoPlatform platform)
{
    private Task<Offer> RichOfferAsync() => platform.WithDbAsync(db => db.Offers.AsNoTracking()
        .Include(o => o.Sessions).Include(o => o.Competencies).Include(o => o.Provider)
        .Where(o => o.IsPublished && o.Qualification != "" && o.TargetGroup != "" && o.EntryRequirements != "" && o.Sessions.Count > 1 && o.Competencies.Count > 0)
        .OrderBy(o => o.Id).FirstAsync());

    [Fact]
    public async Task The_offer_page_shows_all_facts_sessions_and_competencies_linked_to_roles()
    {
        var offer = await RichOfferAsync();
        var names = await platform.WithDbAsync(db => db.Competencies.Where(c => offer.Competencies.Select(oc => oc.CompetencyKey).Contains(c.Key)).Select(c => c.Name).Distinct().ToListAsync());

        var page = await platform.CreateClient().GetDocumentAsync($"/angebote/{offer.Id}");
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Equal(offer.Title, page.QuerySelector("h1")!.TextContent.Trim());
        foreach (var fact in new[] { offer.Summary, offer.TargetGroup, offer.EntryRequirements, offer.Qualification, offer.ExaminingBody, offer.PriceRemark, offer.ContactName, offer.Provider.Name }.Where(f => f.Length > 0))
            Assert.Contains(fact, text);
        Assert.Contains($"{offer.Hours} Unterrichtsstunden", text);
        Assert.Contains("Zuletzt aktualisiert", text);
        if (offer.MaxParticipants is { } max) Assert.Contains($"höchstens {max}", text);
        Assert.Equal(offer.Sessions.Count, page.QuerySelectorAll("a[href$='.ics']").Length);
        foreach (var name in names) Assert.Contains(name, text);
        Assert.NotEmpty(page.QuerySelectorAll(".competency a[href^='/rollen/']"));
        Assert.NotNull(page.QuerySelector("form[method=post] textarea"));
    }

    [Fact]
    public async Task The_offer_page_embeds_valid_course_json_ld_allowed_by_the_content_security_policy()
    {
        var offer = await RichOfferAsync();
        var response = await platform.CreateClient().GetAsync($"/angebote/{offer.Id}");
        var page = Forms.Parse(await response.Content.ReadAsStringAsync());

        var script = page.QuerySelector("script[type='application/ld+json']");
        Assert.NotNull(script);
        using var json = JsonDocument.Parse(script!.TextContent);
        var course = json.RootElement;
        Assert.Equal("https://schema.org", course.GetProperty("@context").GetString());
        Assert.Equal("Course", course.GetProperty("@type").GetString());
        Assert.Equal(offer.Title, course.GetProperty("name").GetString());
        Assert.Equal(offer.Provider.Name, course.GetProperty("provider").GetProperty("name").GetString());
        Assert.Equal(offer.Sessions.Count, course.GetProperty("hasCourseInstance").GetArrayLength());
        Assert.All(course.GetProperty("hasCourseInstance").EnumerateArray(), i => Assert.Equal("CourseInstance", i.GetProperty("@type").GetString()));
        Assert.Equal(offer.Price, course.GetProperty("offers").GetProperty("price").GetDecimal());
        // A data block is not executed, so script-src 'self' does not block it; no inline script may appear besides it.
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.All(page.QuerySelectorAll("script:not([src])"), s => Assert.Equal("application/ld+json", s.GetAttribute("type")));
    }

    [Fact]
    public async Task Each_session_downloads_as_an_icalendar_event()
    {
        var offer = await RichOfferAsync();
        var client = platform.CreateClient();
        foreach (var session in offer.Sessions)
        {
            var response = await client.GetAsync($"/angebote/{offer.Id}/termine/{session.Id}.ics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);

            var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
            var calendarEvent = Assert.Single(calendar.Events);
            Assert.Equal(offer.Title, calendarEvent.Summary);
            Assert.Equal(session.StartDate, DateOnly.FromDateTime(calendarEvent.DtStart!.Value));
            Assert.True(calendarEvent.DtEnd!.Value > calendarEvent.DtStart.Value);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/angebote/{offer.Id}/termine/999999.ics")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_offer_is_a_404_page_and_problem()
    {
        var client = platform.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/angebote/999999")).StatusCode);
        var api = await client.GetAsync("/api/v1/offers/999999");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}
