using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Tests.Offers;

public class OfferEditTests(ProviderPlatform platform) : IClassFixture<ProviderPlatform>
{
    private static Dictionary<string, string> NewOffer(string title) => new()
    {
        ["Input.Title"] = title,
        ["Input.ExternalId"] = "NEU-" + Guid.NewGuid().ToString("N")[..6],
        ["Input.Summary"] = "Speicherprogrammierbare Steuerungen programmieren.",
        ["Input.Content"] = "<p onclick=\"steal()\">SPS-Programmierung mit Übungen an der Anlage.</p><script>alert('x')</script><a href=\"javascript:alert(1)\">Klick</a><img src=x onerror=alert(1)>",
        ["Input.Hours"] = "40", ["Input.Price"] = "990", ["Input.TimeModel"] = "AlongsideWork", ["Input.IsPublished"] = "true",
        ["Input.Sessions[0].StartDate"] = "2027-03-01", ["Input.Sessions[0].EndDate"] = "2027-03-05", ["Input.Sessions[0].StartTime"] = "08:30",
        ["Input.Sessions[0].Format"] = "Onsite", ["Input.Sessions[0].VenueName"] = "Werkstatt", ["Input.Sessions[0].Street"] = "Ring 2",
        ["Input.Sessions[0].Postcode"] = "59065", ["Input.Sessions[0].Town"] = "Hamm", ["Input.Sessions[0].Seats"] = "12",
    };

    [Fact]
    public async Task A_provider_creates_an_offer_with_a_session_and_its_rich_text_is_sanitised()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Neu");
        var client = await Providers.SignInAsync(platform, staff.Email);
        var response = await client.SubmitAsync($"/anbieter/angebote/neu?org={staff.OrganisationId}", NewOffer("SPS-Programmierung kompakt"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var offer = Assert.Single(await Providers.OffersOfAsync(platform, staff.OrganisationId));
        Assert.Equal(("SPS-Programmierung kompakt", 40, 990m, TimeModel.AlongsideWork, true), (offer.Title, offer.Hours, offer.Price, offer.TimeModel, offer.IsPublished));
        Assert.Contains("SPS-Programmierung mit Übungen", offer.Content);
        foreach (var bad in new[] { "script", "onclick", "onerror", "javascript:", "<img" })
            Assert.DoesNotContain(bad, offer.Content, StringComparison.OrdinalIgnoreCase);
        var session = Assert.Single(offer.Sessions);
        Assert.Equal((new DateOnly(2027, 3, 1), new TimeOnly(8, 30), "Hamm", 12), (session.StartDate, session.StartTime!.Value, session.Town, session.Seats ?? 0));

        var list = await client.GetStringAsync("/anbieter", TestContext.Current.CancellationToken);
        Assert.Contains("SPS-Programmierung kompakt", list);
        Assert.Contains("veröffentlicht", list);
    }

    [Fact]
    public async Task A_second_save_with_a_stale_version_reports_the_conflict_and_loses_nothing()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Konflikt");
        var id = await Providers.AddOfferAsync(platform, staff.OrganisationId, "Ursprünglicher Titel");
        var first = await Providers.SignInAsync(platform, staff.Email);
        var second = await Providers.SignInAsync(platform, staff.Email);
        var staleForm = await second.GetDocumentAsync($"/anbieter/angebote/{id}");

        var saved = await first.SubmitAsync($"/anbieter/angebote/{id}", new Dictionary<string, string> { ["Input.Title"] = "Titel von Person eins" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var fields = staleForm.QuerySelectorAll("main form input[name]").Where(i => i.GetAttribute("type") is not ("checkbox"))
            .GroupBy(i => i.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
        fields["Input.Title"] = "Titel von Person zwei";
        fields["Input.Content"] = "<p>Neuer Inhalt von Person zwei</p>";
        fields["Input.Hours"] = "40";
        var conflict = await second.PostAsync($"/anbieter/angebote/{id}", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        var html = await conflict.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, conflict.StatusCode);
        Assert.Contains("inzwischen an anderer Stelle geändert", html);
        Assert.Contains("Titel von Person zwei", html);
        Assert.Contains("Neuer Inhalt von Person zwei", System.Net.WebUtility.HtmlDecode(html));
        var stored = await platform.WithDbAsync(db => db.Offers.AsNoTracking().SingleAsync(o => o.Id == id));
        Assert.Equal("Titel von Person eins", stored.Title);

        // Saving again on purpose now replaces the other version: nothing is lost silently, nothing is blocked forever.
        var again = await second.SubmitAsync($"/anbieter/angebote/{id}", new Dictionary<string, string> { ["Input.Title"] = "Titel von Person zwei" });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task A_likely_duplicate_is_reported_on_entry_and_saved_only_when_confirmed()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Doppel");
        var client = await Providers.SignInAsync(platform, staff.Email);
        var url = $"/anbieter/angebote/neu?org={staff.OrganisationId}";
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(url, NewOffer("Staplerschein"))).StatusCode);

        var twin = await client.SubmitAsync(url, NewOffer("Staplerschein "));
        Assert.Equal(HttpStatusCode.OK, twin.StatusCode);
        Assert.Contains("Wahrscheinlich doppelt", await twin.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Single(await Providers.OffersOfAsync(platform, staff.OrganisationId));

        var confirmed = NewOffer("Staplerschein");
        confirmed["Input.ConfirmNotDuplicate"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(url, confirmed)).StatusCode);
        Assert.Equal(2, (await Providers.OffersOfAsync(platform, staff.OrganisationId)).Count);
    }

    [Fact]
    public async Task Sessions_are_added_and_removed_competencies_confirmed_and_the_offer_unpublished()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Termine");
        var id = await Providers.AddOfferAsync(platform, staff.OrganisationId, "Lagerlogistik und Staplerfahren");
        var key = await platform.WithDbAsync(db => db.Competencies.OrderBy(c => c.Id).Select(c => c.Key).FirstAsync());
        var client = await Providers.SignInAsync(platform, staff.Email);
        var response = await client.SubmitAsync($"/anbieter/angebote/{id}", new Dictionary<string, string>
        {
            ["Input.Sessions[0].Remove"] = "true",
            ["Input.Sessions[1].StartDate"] = "2027-06-07", ["Input.Sessions[1].EndDate"] = "2027-06-08", ["Input.Sessions[1].Format"] = "Online",
            ["Input.Competencies[0].Key"] = key, ["Input.Competencies[0].Selected"] = "true",
            ["Input.Competencies[0].EntryLevel"] = "1", ["Input.Competencies[0].ExitLevel"] = "3",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var offer = (await Providers.OffersOfAsync(platform, staff.OrganisationId)).Single();
        var session = Assert.Single(offer.Sessions);
        Assert.Equal((new DateOnly(2027, 6, 7), OfferFormat.Online), (session.StartDate, session.Format));
        var link = Assert.Single(offer.Competencies);
        Assert.Equal((key, 1, 3, Weiterbildungsraum.Domain.Offers.LinkSource.Confirmed), (link.CompetencyKey, link.EntryLevel, link.ExitLevel, link.Source));

        var unpublish = await client.SubmitAsync("/anbieter", new Dictionary<string, string> { ["id"] = id.ToString(), ["publish"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, unpublish.StatusCode);
        Assert.False((await Providers.OffersOfAsync(platform, staff.OrganisationId)).Single().IsPublished);
        Assert.Contains("Entwurf", await client.GetStringAsync("/anbieter", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_edit_page_suggests_competencies_from_the_text()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Vorschlag");
        var competency = await platform.WithDbAsync(db => db.Competencies.OrderBy(c => c.Id).Select(c => new { c.Name, c.Description }).FirstAsync());
        var id = await Providers.AddOfferAsync(platform, staff.OrganisationId, competency.Name);
        await platform.WithDbAsync(db => db.Offers.Where(o => o.Id == id).ExecuteUpdateAsync(s => s.SetProperty(o => o.Summary, competency.Description)));
        var client = await Providers.SignInAsync(platform, staff.Email);
        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/anbieter/angebote/{id}", TestContext.Current.CancellationToken));
        Assert.Contains("Vorschlag", html);
        Assert.Contains(competency.Name, html[html.IndexOf("competency-picks", StringComparison.Ordinal)..]);
    }

    [Theory]
    [InlineData("<p>Gut</p><script>alert(1)</script>", "<p>Gut</p>")]
    [InlineData("<p onmouseover=\"x()\">Text</p>", "<p>Text</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">Link</a>", "<a>Link</a>")]
    [InlineData("<a href=\"https://example.org\" target=\"_blank\">Link</a>", "<a href=\"https://example.org\">Link</a>")]
    [InlineData("<a href=\"mailto:kurse@example.org\">Mail</a>", "<a href=\"mailto:kurse@example.org\">Mail</a>")]
    [InlineData("<h2>Ablauf</h2><ul><li><b>Tag 1</b></li></ul>", "Ablauf<ul><li>Tag 1</li></ul>")]
    [InlineData("<img src=x onerror=alert(1)><iframe src=\"//evil\"></iframe><p style=\"color:red\">x</p>", "<p>x</p>")]
    [InlineData("Erster Absatz\n\nZweiter", "<p>Erster Absatz</p><p>Zweiter</p>")]
    public void Rich_text_keeps_only_the_allowed_markup(string input, string expected) =>
        Assert.Equal(expected, OfferHtml.Sanitize(input));
}
