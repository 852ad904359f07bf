using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>The offer form: what the provider keeps ticked is confirmed, what they untick stays off, a changed text is linked automatically.</summary>
public class OfferFormLinkingTests(ProviderPlatform platform) : IClassFixture<ProviderPlatform>
{
    private static Dictionary<string, string> ForkliftOffer() => new()
    {
        ["Input.Title"] = "Gabelstapler sicher fahren – Staplerschein",
        ["Input.ExternalId"] = "STAP-" + Guid.NewGuid().ToString("N")[..6],
        ["Input.Summary"] = "Fahrausweis für Flurförderzeuge nach DGUV Grundsatz 308-001.",
        ["Input.Content"] = "<p>Theorie und Praxis: Sie führen Gabelstapler und Schubmaststapler sicher, nehmen Lasten auf, lesen das Tragfähigkeitsdiagramm und machen die tägliche Einsatzprüfung.</p>",
        ["Input.Keywords"] = "Staplerschein, Gabelstapler; Fahrausweis",
        ["Input.Hours"] = "24", ["Input.Price"] = "390", ["Input.IsPublished"] = "true",
        ["Input.Sessions[0].StartDate"] = "2027-05-03", ["Input.Sessions[0].EndDate"] = "2027-05-05", ["Input.Sessions[0].Format"] = "Online",
    };

    private Task<Offer> OfferAsync(int providerId) => platform.WithDbAsync(db => db.Offers.AsNoTracking()
        .Include(o => o.Competencies).Include(o => o.RemovedCompetencies).AsSplitQuery().SingleAsync(o => o.ProviderId == providerId));

    [Fact]
    public async Task A_new_forklift_offer_is_linked_automatically_and_the_form_says_so()
    {
        var staff = await Providers.CreateAsync(platform, "Formular-Stapler");
        var client = await Providers.SignInAsync(platform, staff.Email);
        var saved = await client.SubmitAsync($"/anbieter/angebote/neu?org={staff.OrganisationId}", ForkliftOffer());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var offer = await OfferAsync(staff.OrganisationId);
        Assert.Equal(["Staplerschein", "Gabelstapler", "Fahrausweis"], offer.Keywords);
        Assert.Equal(LinkSource.Automatic, offer.Competencies.Single(c => c.CompetencyKey == "flurfoerderzeuge").Source);
        Assert.NotNull(offer.LinkedModelVersionId);

        var form = await client.GetDocumentAsync(saved.Headers.Location!.OriginalString);
        var pick = form.QuerySelectorAll(".competency-picks li").Single(li => li.TextContent.Contains("Flurförderzeuge sicher führen"));
        Assert.Contains("automatisch zugeordnet", pick.TextContent);
        Assert.True(pick.QuerySelector("input[type=checkbox]")!.HasAttribute("checked"));
        Assert.Equal("Staplerschein, Gabelstapler, Fahrausweis", form.QuerySelector("#Input_Keywords")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Kept_links_become_confirmed_and_an_unticked_one_stays_off_when_the_text_changes()
    {
        var staff = await Providers.CreateAsync(platform, "Formular-Entscheidung");
        var client = await Providers.SignInAsync(platform, staff.Email);
        var saved = await client.SubmitAsync($"/anbieter/angebote/neu?org={staff.OrganisationId}", ForkliftOffer());
        var url = saved.Headers.Location!.OriginalString;
        var before = await OfferAsync(staff.OrganisationId);
        var form = await client.GetDocumentAsync(url);
        var index = form.QuerySelectorAll(".competency-picks input[type=hidden][name$='.Key']").Select(i => i.GetAttribute("value")).ToList().IndexOf("flurfoerderzeuge");

        var edited = await client.SubmitAsync(url, new Dictionary<string, string>
        {
            [$"Input.Competencies[{index}].Selected"] = "false",
            ["Input.Content"] = "<p>Theorie und viel Praxis: Sie führen Gabelstapler sicher durch enge Gänge, nehmen Lasten auf und sichern sie.</p>",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);

        var after = await OfferAsync(staff.OrganisationId);
        Assert.DoesNotContain(after.Competencies, c => c.CompetencyKey == "flurfoerderzeuge");
        Assert.Contains(after.RemovedCompetencies, r => r.CompetencyKey == "flurfoerderzeuge");
        foreach (var kept in before.Competencies.Where(c => c.CompetencyKey != "flurfoerderzeuge"))
            Assert.Equal(LinkSource.Confirmed, after.Competencies.Single(c => c.CompetencyKey == kept.CompetencyKey).Source);
        var page = await client.GetDocumentAsync(url);
        var pick = page.QuerySelectorAll(".competency-picks li").SingleOrDefault(li => li.TextContent.Contains("Flurförderzeuge sicher führen"));
        if (pick is not null)
        {
            Assert.Contains("von Ihnen entfernt", pick.TextContent);
            Assert.False(pick.QuerySelector("input[type=checkbox]")!.HasAttribute("checked"));
        }
    }

    [Fact]
    public async Task The_public_offer_page_marks_automatic_links_and_shows_the_keywords()
    {
        var staff = await Providers.CreateAsync(platform, "Formular-Öffentlich");
        var client = await Providers.SignInAsync(platform, staff.Email);
        await client.SubmitAsync($"/anbieter/angebote/neu?org={staff.OrganisationId}", ForkliftOffer());
        var offer = await OfferAsync(staff.OrganisationId);

        var page = await platform.CreateClient().GetDocumentAsync($"/angebote/{offer.Id}");
        var taught = page.QuerySelectorAll("li.competency.taught").Single(li => li.TextContent.Contains("Flurförderzeuge sicher führen"));
        Assert.Contains("automatisch zugeordnet", taught.TextContent);
        Assert.Contains("Staplerschein, Gabelstapler, Fahrausweis", page.QuerySelector("main")!.TextContent);
    }
}
