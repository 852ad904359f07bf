using System.Net;

namespace Weiterbildungsraum.Web.Tests.Funding;

public class CalculatorTests(FundingPlatform platform) : IClassFixture<FundingPlatform>
{
    private readonly HttpClient client = platform.CreateClient();

    private static Dictionary<string, string> Facts(params (string Key, string Value)[] extra)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Beschaeftigung"] = "Employed", ["Input.Alter"] = "50", ["Input.Einkommen"] = "unter", ["Input.Betriebsgroesse"] = "120",
        };
        foreach (var (key, value) in extra) fields[key] = value;
        return fields;
    }

    private static AngleSharp.Dom.IElement Card(AngleSharp.Html.Dom.IHtmlDocument page, string name, bool eligible) =>
        Assert.Single(page.QuerySelectorAll(eligible ? ".programme.eligible" : ".programme.not-eligible"), c => c.QuerySelector("h4")!.TextContent.Contains(name));

    [Fact]
    public async Task Manual_figures_show_eligible_programmes_with_amounts_and_the_others_with_reasons()
    {
        var response = await client.SubmitAsync("/foerderrechner",
            Facts(("Input.Preis", "4000"), ("Input.Stunden", "160"), ("Input.Azav", "true"), ("Input.Beginn", DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd"))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Forms.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var paragraph82 = Card(page, "§ 82", eligible: true);
        Assert.Contains("4.000,00 €", paragraph82.TextContent);
        Assert.Contains("Ab 45 Jahren", paragraph82.TextContent);
        Assert.Contains("Gilt ab 01.04.2024", paragraph82.TextContent);
        Assert.Contains("Quelle:", paragraph82.TextContent);
        Assert.Contains("500,00 €", Card(page, "Bildungsscheck", eligible: true).TextContent);
        Assert.Contains("Nur für Arbeitsuchende", Card(page, "Bildungsgutschein", eligible: false).TextContent);
        Assert.Contains("keine Entscheidung", page.QuerySelector(".funding-result")!.TextContent);
    }

    [Fact]
    public async Task An_offer_brings_its_own_figures_and_a_short_one_is_refused_with_reasons()
    {
        var offerPage = await client.GetDocumentAsync($"/angebote/{platform.ShortNoAzav}");
        Assert.NotNull(offerPage.QuerySelector($"a[href='/foerderrechner?angebot={platform.ShortNoAzav}']"));
        var page = await client.GetDocumentAsync($"/foerderrechner?angebot={platform.ShortNoAzav}");
        Assert.Contains("kurz", page.QuerySelector("form")!.TextContent);
        var response = await client.SubmitAsync($"/foerderrechner?angebot={platform.ShortNoAzav}", Facts());
        var result = Forms.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var card = Card(result, "§ 82", eligible: false);
        Assert.Contains("nicht nach AZAV", card.TextContent);
        Assert.Contains("nicht länger als 120 Stunden", card.TextContent);
        Assert.Contains("400,00 €", Card(result, "Bildungsscheck", eligible: true).TextContent);
    }

    [Fact]
    public async Task With_an_offer_the_offer_says_whether_it_leads_to_a_qualification()
    {
        var person = Facts(("Input.Alter", "30"), ("Input.Betriebsgroesse", "800"), ("Input.OhneBerufsabschluss", "true"));
        var form = await client.GetDocumentAsync($"/foerderrechner?angebot={platform.Qualification160}");
        Assert.Contains("führt dieses Angebot zu einem Berufsabschluss", form.QuerySelector(".offer-qualification")!.TextContent);
        Assert.Null(form.QuerySelector("input[name='Input.Berufsabschlusskurs']"));

        var umschulung = Forms.Parse(await (await client.SubmitAsync($"/foerderrechner?angebot={platform.Qualification160}", person))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Bis zu 100 % der Kosten", Card(umschulung, "§ 82", eligible: true).TextContent);

        // Posting the manual checkbox with an offer changes nothing: the offer's statement counts.
        var certificate = Forms.Parse(await (await client.SubmitAsync($"/foerderrechner?angebot={platform.Long160}",
                new Dictionary<string, string>(person) { ["Input.Berufsabschlusskurs"] = "true" }))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("nicht zu einem Berufsabschluss", certificate.QuerySelector(".offer-qualification")!.TextContent);
        var card = Card(certificate, "§ 82", eligible: true).TextContent;
        Assert.Contains("Bis zu 25 % der Kosten", card);
        Assert.Contains("Gilt nur für eine Weiterbildung, die zu einem Berufsabschluss führt", card);
    }

    [Fact]
    public async Task Missing_figures_are_named_and_an_unknown_offer_is_not_found()
    {
        var response = await client.SubmitAsync("/foerderrechner", Facts(("Input.Preis", "")));
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Bitte den Preis der Weiterbildung angeben.", text);
        Assert.Contains("Bitte die Dauer in Stunden angeben.", text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/foerderrechner?angebot=987654", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("-1")]
    public async Task A_price_outside_the_range_is_named_not_a_server_error(string price)
    {
        var response = await client.SubmitAsync("/foerderrechner", Facts(("Input.Preis", price), ("Input.Stunden", "20")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Der Preis muss zwischen 0 und 1.000.000 € liegen.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Income_above_the_limit_is_a_reason()
    {
        var response = await client.SubmitAsync("/foerderrechner", Facts(("Input.Preis", "1000"), ("Input.Stunden", "20"), ("Input.Einkommen", "ueber")));
        var page = Forms.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("Einkommen über", Card(page, "Bildungsscheck", eligible: false).TextContent);
    }
}
