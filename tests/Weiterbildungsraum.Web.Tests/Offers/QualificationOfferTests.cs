using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>"Führt zu einem Berufsabschluss": set in the form or by import, kept on the offer, shown on the offer page and in its JSON-LD.</summary>
public class QualificationOfferTests(ProviderPlatform platform) : IClassFixture<ProviderPlatform>
{
    private Task<bool> StoredAsync(int offerId) =>
        platform.WithDbAsync(db => db.Offers.AsNoTracking().Where(o => o.Id == offerId).Select(o => o.LeadsToQualification).SingleAsync());

    [Fact]
    public async Task The_form_sets_and_clears_it_and_the_offer_page_and_its_JSON_LD_show_it()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Umschulung");
        var id = await Providers.AddOfferAsync(platform, staff.OrganisationId, "Umschulung Fachkraft für Lagerlogistik");
        var client = await Providers.SignInAsync(platform, staff.Email);
        Assert.False(await StoredAsync(id));
        Assert.Null((await client.GetDocumentAsync($"/anbieter/angebote/{id}")).QuerySelector("input[name='Input.LeadsToQualification'][type=checkbox][checked]"));

        var saved = await client.SubmitAsync($"/anbieter/angebote/{id}", new Dictionary<string, string>
        {
            ["Input.LeadsToQualification"] = "true", ["Input.Qualification"] = "Fachkraft für Lagerlogistik (IHK)",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await StoredAsync(id));
        var form = await client.GetDocumentAsync($"/anbieter/angebote/{id}");
        var box = form.QuerySelector("input[name='Input.LeadsToQualification'][type=checkbox][checked]");
        Assert.NotNull(box);
        Assert.Contains("Berufsabschluss", form.QuerySelector($"label[for='{box.Id}']")!.TextContent);

        var page = await platform.CreateClient().GetDocumentAsync($"/angebote/{id}");
        Assert.StartsWith("Ja", page.QuerySelector(".offer-qualification")!.TextContent.Trim());
        var credential = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement.GetProperty("educationalCredentialAwarded");
        Assert.Equal(("EducationalOccupationalCredential", "Berufsabschluss", "Fachkraft für Lagerlogistik (IHK)"),
            (credential.GetProperty("@type").GetString(), credential.GetProperty("credentialCategory").GetString(), credential.GetProperty("name").GetString()));

        var cleared = await client.SubmitAsync($"/anbieter/angebote/{id}", new Dictionary<string, string> { ["Input.LeadsToQualification"] = "false" });
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.False(await StoredAsync(id));
        var plain = await platform.CreateClient().GetDocumentAsync($"/angebote/{id}");
        Assert.Equal("Nein", plain.QuerySelector(".offer-qualification")!.TextContent.Trim());
        var ld = JsonDocument.Parse(plain.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(JsonValueKind.String, ld.GetProperty("educationalCredentialAwarded").ValueKind);
    }

    [Fact]
    public async Task An_import_sets_it_and_a_later_import_without_it_clears_it()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Import Berufsabschluss");
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Providers.TokenAsync(platform, staff.OrganisationId));
        var plain = Encoding.UTF8.GetString(Providers.Fixture("angebote.jsonld"));
        const string credential = "\"name\": \"Zertifikat Nachhaltigkeitsbeauftragte/r\"}";
        Assert.Contains(credential, plain);
        var withCategory = plain.Replace(credential, "\"name\": \"Zertifikat Nachhaltigkeitsbeauftragte/r\", \"credentialCategory\": \"Berufsabschluss\"}");

        await ImportAsync(client, withCategory, expectCreated: 1, expectUpdated: 0);
        var offer = Assert.Single(await Providers.OffersOfAsync(platform, staff.OrganisationId));
        Assert.True(offer.LeadsToQualification);

        await ImportAsync(client, plain, expectCreated: 0, expectUpdated: 1);
        Assert.False(await StoredAsync(offer.Id));
    }

    private static async Task ImportAsync(HttpClient client, string json, int expectCreated, int expectUpdated)
    {
        var body = new StringContent(json, Encoding.UTF8);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/ld+json");
        var response = await client.PostAsync("/api/v1/offers/import", body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        var report = JsonDocument.Parse(text).RootElement;
        Assert.Equal((expectCreated, expectUpdated), (report.GetProperty("created").GetInt32(), report.GetProperty("updated").GetInt32()));
    }
}
