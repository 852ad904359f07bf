using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>/anbieter/zuordnungen: the provider's one place to confirm or remove automatic links, in bulk, for their own offers only.</summary>
public class LinkReviewTests(ProviderPlatform platform) : IClassFixture<ProviderPlatform>
{
    private const string Page = "/anbieter/zuordnungen";
    private const string Form = "main form[method=post]";

    /// <summary>An offer with automatic links (competency key → confidence) and one link the provider confirmed before.</summary>
    private async Task<int> OfferWithLinksAsync(int providerId, string title, params (string Key, double Confidence)[] automatic)
    {
        var id = await Providers.AddOfferAsync(platform, providerId, title);
        await platform.WithDbAsync(async db =>
        {
            db.OfferCompetencies.AddRange(automatic.Select(a => new OfferCompetency
            {
                OfferId = id, CompetencyKey = a.Key, Source = LinkSource.Automatic, Confidence = a.Confidence, ExitLevel = 2,
                Evidence = [$"„{title.Split(' ')[0]}“ im Titel"],
            }));
            db.OfferCompetencies.Add(new OfferCompetency { OfferId = id, CompetencyKey = "arbeitsschutz", Source = LinkSource.Confirmed, ExitLevel = 2 });
            await db.SaveChangesAsync();
        });
        return id;
    }

    private Task<List<OfferCompetency>> LinksAsync(int offerId) =>
        platform.WithDbAsync(db => db.OfferCompetencies.AsNoTracking().Where(c => c.OfferId == offerId).OrderBy(c => c.CompetencyKey).ToListAsync());

    private Task<int> LinkIdAsync(int offerId, string key) =>
        platform.WithDbAsync(db => db.OfferCompetencies.Where(c => c.OfferId == offerId && c.CompetencyKey == key).Select(c => c.Id).SingleAsync());

    /// <summary>The form fields that tick the given links on the page as it is now.</summary>
    private static async Task<Dictionary<string, string>> TickAsync(HttpClient client, string url, params int[] linkIds)
    {
        var page = await client.GetDocumentAsync(url);
        var ticks = new Dictionary<string, string>();
        foreach (var id in linkIds)
        {
            var name = page.QuerySelectorAll("main form input[type=hidden]").Single(i => i.GetAttribute("name")!.StartsWith("Links[") && i.GetAttribute("value") == id.ToString()).GetAttribute("name")!;
            ticks[name.Replace(".Id", ".Selected")] = "true";
        }
        return ticks;
    }

    [Fact]
    public async Task The_review_groups_automatic_links_by_offer_and_confirms_or_removes_the_ticked_ones()
    {
        var staff = await Providers.CreateAsync(platform, "Review-Akademie");
        var stapler = await OfferWithLinksAsync(staff.OrganisationId, "Staplerschein kompakt", ("flurfoerderzeuge", 0.91), ("gefahrgut", 0.22));
        var excel = await OfferWithLinksAsync(staff.OrganisationId, "Excel für das Büro", ("daten-auswerten-tabellen", 0.8));
        var client = await Providers.SignInAsync(platform, staff.Email);

        var page = await client.GetDocumentAsync(Page);
        Assert.Equal(["Excel für das Büro", "Staplerschein kompakt"], page.QuerySelectorAll("fieldset.review-offer legend a").Select(a => a.TextContent));
        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("3 automatische Zuordnungen in 2 Angeboten", text);
        Assert.Contains("Flurförderzeuge sicher führen", text);
        Assert.Contains("91 %", text);
        Assert.Contains("„Staplerschein“ im Titel", text);
        Assert.DoesNotContain("Arbeits- und Gesundheitsschutz", text);

        var confirm = await client.SubmitAsync(Page, await TickAsync(client, Page, await LinkIdAsync(stapler, "flurfoerderzeuge"), await LinkIdAsync(excel, "daten-auswerten-tabellen")),
            formSelector: Form, button: "button[formaction*=Confirm]:not([formaction*=Shown])");
        Assert.Equal(HttpStatusCode.Redirect, confirm.StatusCode);
        var remove = await client.SubmitAsync(Page, await TickAsync(client, Page, await LinkIdAsync(stapler, "gefahrgut")), formSelector: Form, button: "button[formaction*=Remove]");
        Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);

        Assert.Equal([("arbeitsschutz", LinkSource.Confirmed), ("flurfoerderzeuge", LinkSource.Confirmed)], (await LinksAsync(stapler)).Select(c => (c.CompetencyKey, c.Source)));
        Assert.Equal(0.91, (await LinksAsync(stapler)).Single(c => c.CompetencyKey == "flurfoerderzeuge").Confidence);
        Assert.Equal(LinkSource.Confirmed, (await LinksAsync(excel)).Single(c => c.CompetencyKey == "daten-auswerten-tabellen").Source);
        Assert.True(await platform.WithDbAsync(db => db.OfferCompetencyRemovals.AnyAsync(r => r.OfferId == stapler && r.CompetencyKey == "gefahrgut")));
        Assert.Contains("0 automatisch zugeordnet", await client.GetStringAsync("/anbieter", TestContext.Current.CancellationToken));
        Assert.Contains("Nichts zu prüfen", (await client.GetDocumentAsync(Page)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Confirming_all_shown_takes_the_filtered_page_only_and_pages_hold_twenty_offers()
    {
        var staff = await Providers.CreateAsync(platform, "Review-Katalog");
        var offers = new List<int>();
        for (var i = 0; i < 23; i++)
            offers.Add(await OfferWithLinksAsync(staff.OrganisationId, $"Lagerkurs {i:00}", ("lagerprozesse", 0.7), ("gefahrgut", 0.3)));
        var client = await Providers.SignInAsync(platform, staff.Email);

        var first = await client.GetDocumentAsync(Page);
        Assert.Equal(20, first.QuerySelectorAll("fieldset.review-offer").Length);
        Assert.Contains("Seite 1 von 2", first.QuerySelector("main")!.TextContent);
        var second = await client.GetDocumentAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);
        Assert.Equal(3, second.QuerySelectorAll("fieldset.review-offer").Length);

        var filtered = $"{Page}?kompetenz=gefahrgut&sicherheit=unsicher&seite=2";
        var done = await client.SubmitAsync(filtered, new Dictionary<string, string>(), formSelector: Form, button: "button[formaction*=ConfirmShown]");
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Contains("seite=2", done.Headers.Location!.OriginalString);
        var links = await platform.WithDbAsync(db => db.OfferCompetencies.AsNoTracking().Where(c => offers.Contains(c.OfferId) && c.CompetencyKey != "arbeitsschutz").ToListAsync());
        Assert.Equal(3, links.Count(c => c.Source == LinkSource.Confirmed));
        Assert.All(links.Where(c => c.Source == LinkSource.Confirmed), c => Assert.Equal("gefahrgut", c.CompetencyKey));
        Assert.All(links.Where(c => c.CompetencyKey == "lagerprozesse"), c => Assert.Equal(LinkSource.Automatic, c.Source));
    }

    [Fact]
    public async Task An_offer_changed_after_the_page_was_loaded_keeps_its_links_and_is_named()
    {
        var staff = await Providers.CreateAsync(platform, "Review-Konflikt");
        var offer = await OfferWithLinksAsync(staff.OrganisationId, "Staplerschein Konflikt", ("flurfoerderzeuge", 0.9));
        var client = await Providers.SignInAsync(platform, staff.Email);
        var page = await client.GetDocumentAsync(Page);
        var fields = page.QuerySelectorAll("main form[method=post] input[name]").Where(i => i.GetAttribute("type") != "checkbox")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
        var linkId = "" + await LinkIdAsync(offer, "flurfoerderzeuge");
        fields[fields.Single(f => f.Key.StartsWith("Links[") && f.Value == linkId).Key.Replace(".Id", ".Selected")] = "true";

        await platform.WithDbAsync(db => db.Offers.Where(o => o.Id == offer).ExecuteUpdateAsync(s => s.SetProperty(o => o.Title, "Staplerschein neu").SetProperty(o => o.Version, Guid.NewGuid())));
        var response = await client.PostAsync(Page + "?handler=Confirm", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(LinkSource.Automatic, (await LinksAsync(offer)).Single(c => c.CompetencyKey == "flurfoerderzeuge").Source);
        Assert.Contains("inzwischen an anderer Stelle geändert", await client.GetStringAsync(response.Headers.Location!.OriginalString, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Another_provider_can_neither_see_nor_change_the_links_even_with_forged_ids()
    {
        var owner = await Providers.CreateAsync(platform, "Review-Eigentümer");
        var offer = await OfferWithLinksAsync(owner.OrganisationId, "Staplerschein Eigentum", ("flurfoerderzeuge", 0.9), ("gefahrgut", 0.4));
        var version = await platform.WithDbAsync(db => db.Offers.Where(o => o.Id == offer).Select(o => o.Version).SingleAsync());
        var attacker = await Providers.CreateAsync(platform, "Review-Angreifer");
        await OfferWithLinksAsync(attacker.OrganisationId, "Eigener Kurs des Angreifers", ("lagerprozesse", 0.5));
        var client = await Providers.SignInAsync(platform, attacker.Email);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Page}?orgId={owner.OrganisationId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain("Staplerschein Eigentum", await client.GetStringAsync(Page, TestContext.Current.CancellationToken));

        var forged = new Dictionary<string, string>
        {
            ["Links[0].Id"] = "" + await LinkIdAsync(offer, "flurfoerderzeuge"), ["Links[0].Selected"] = "true",
            ["Links[1].Id"] = "" + await LinkIdAsync(offer, "gefahrgut"), ["Links[1].Selected"] = "true",
            ["Versions[0].Id"] = "" + offer, ["Versions[0].Version"] = version.ToString(),
        };
        foreach (var handler in new[] { "Confirm", "Remove", "ConfirmShown" })
            await client.SubmitAsync(Page, forged, formSelector: Form, button: $"button[formaction$='handler={handler}']");
        var ownerForm = new Dictionary<string, string>(forged) { ["orgId"] = "" + owner.OrganisationId };
        Assert.Equal(HttpStatusCode.NotFound, (await client.SubmitAsync(Page, ownerForm, formSelector: Form, button: "button[formaction$='handler=Remove']")).StatusCode);

        Assert.All(await LinksAsync(offer), c => Assert.Equal(c.CompetencyKey == "arbeitsschutz" ? LinkSource.Confirmed : LinkSource.Automatic, c.Source));
        Assert.Equal(3, (await LinksAsync(offer)).Count);
        Assert.False(await platform.WithDbAsync(db => db.OfferCompetencyRemovals.AnyAsync(r => r.OfferId == offer)));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var staff = await Providers.CreateAsync(platform, "Review-Token");
        var offer = await OfferWithLinksAsync(staff.OrganisationId, "Staplerschein Token", ("flurfoerderzeuge", 0.9));
        var client = await Providers.SignInAsync(platform, staff.Email);
        var response = await client.PostAsync(Page + "?handler=ConfirmShown", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Links[0].Id"] = "" + await LinkIdAsync(offer, "flurfoerderzeuge"),
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(LinkSource.Automatic, (await LinksAsync(offer)).Single(c => c.CompetencyKey == "flurfoerderzeuge").Source);
    }
}
