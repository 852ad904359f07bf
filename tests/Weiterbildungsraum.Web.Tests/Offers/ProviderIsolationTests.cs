using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>Provider A can never read or change anything of provider B, whatever id it sends.</summary>
public class ProviderIsolationTests(ProviderPlatform platform) : IClassFixture<ProviderPlatform>
{
    [Fact]
    public async Task Provider_A_can_neither_read_nor_change_offers_enquiries_profile_or_tokens_of_provider_B()
    {
        var a = await Providers.CreateAsync(platform, "Anbieter A");
        var b = await Providers.CreateAsync(platform, "Anbieter B");
        var ownOffer = await Providers.AddOfferAsync(platform, a.OrganisationId, "Eigenes Angebot");
        var foreignOffer = await Providers.AddOfferAsync(platform, b.OrganisationId, "Fremdes Angebot");
        var enquiryId = await platform.WithDbAsync(async db =>
        {
            var e = new Enquiry { OfferId = foreignOffer, Name = "Kim", Email = "kim@example.org", Message = "Geheime Frage an B", CreatedAt = DateTime.UtcNow };
            db.Enquiries.Add(e);
            await db.SaveChangesAsync();
            return e.Id;
        });
        await Providers.TokenAsync(platform, b.OrganisationId);
        var tokenId = await platform.WithDbAsync(db => db.ApiTokens.Where(t => t.OrganisationId == b.OrganisationId).Select(t => t.Id).FirstAsync());
        var client = await Providers.SignInAsync(platform, a.Email);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/anbieter/angebote/{ownOffer}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/anbieter/angebote/{foreignOffer}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/anbieter?orgId={b.OrganisationId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/anbieter/profil?orgId={b.OrganisationId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/anbieter/angebote/neu?org={b.OrganisationId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/anbieter/zugaenge?orgId={b.OrganisationId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/anbieter/import?orgId={b.OrganisationId}", TestContext.Current.CancellationToken)).StatusCode);
        Assert.DoesNotContain("Geheime Frage an B", await client.GetStringAsync("/anbieter/anfragen", TestContext.Current.CancellationToken));
        Assert.DoesNotContain("Fremdes Angebot", await client.GetStringAsync("/anbieter", TestContext.Current.CancellationToken));

        // Posting A's own, valid form to B's offer address changes nothing.
        var document = await client.GetDocumentAsync($"/anbieter/angebote/{ownOffer}");
        var token = document.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        async Task<HttpStatusCode> Post(string url, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = token;
            return (await client.PostAsync(url, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.NotFound, await Post($"/anbieter/angebote/{foreignOffer}", new() { ["Input.Title"] = "Übernommen", ["Input.Content"] = "x", ["Input.Hours"] = "5" }));
        Assert.Equal(HttpStatusCode.NotFound, await Post($"/anbieter/angebote/neu?org={b.OrganisationId}", new() { ["Input.Title"] = "Untergeschoben", ["Input.Content"] = "x", ["Input.Hours"] = "5", ["Org"] = b.OrganisationId.ToString() }));
        Assert.Equal(HttpStatusCode.NotFound, await Post("/anbieter?handler=Publish", new() { ["id"] = foreignOffer.ToString(), ["publish"] = "false" }));
        Assert.Equal(HttpStatusCode.NotFound, await Post("/anbieter/anfragen?handler=Read", new() { ["id"] = enquiryId.ToString() }));
        Assert.Equal(HttpStatusCode.NotFound, await Post("/anbieter/zugaenge?handler=Revoke", new() { ["id"] = tokenId.ToString() }));
        Assert.Equal(HttpStatusCode.NotFound, await Post($"/anbieter/profil?orgId={b.OrganisationId}", new() { ["Input.Name"] = "Gekapert" }));

        var (foreign, enquiry, token2, org) = await platform.WithDbAsync(async db => (
            await db.Offers.AsNoTracking().SingleAsync(o => o.Id == foreignOffer),
            await db.Enquiries.AsNoTracking().SingleAsync(e => e.Id == enquiryId),
            await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == tokenId),
            await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == b.OrganisationId)));
        Assert.Equal(("Fremdes Angebot", true), (foreign.Title, foreign.IsPublished));
        Assert.Null(enquiry.ReadAt);
        Assert.Null(token2.RevokedAt);
        Assert.Equal("Anbieter B", org.Name);
        Assert.False(await platform.WithDbAsync(db => db.Offers.AnyAsync(o => o.Title == "Untergeschoben")));
    }

    [Fact]
    public async Task An_import_token_of_A_imports_into_A_only()
    {
        var a = await Providers.CreateAsync(platform, "Anbieter Token A");
        var b = await Providers.CreateAsync(platform, "Lippe-Seseke Bildungswerk e. V.");
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Providers.TokenAsync(platform, a.OrganisationId));
        var response = await client.PostAsync("/api/v1/offers/import", new ByteArrayContent(Providers.Fixture("qcat-katalog-utf8.xml")), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await Providers.OffersOfAsync(platform, a.OrganisationId)).Count);
        Assert.Empty(await Providers.OffersOfAsync(platform, b.OrganisationId));
    }

    [Fact]
    public async Task Pages_of_the_provider_area_need_the_provider_role()
    {
        var client = platform.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.GetAsync("/anbieter", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/anmelden", response.Headers.Location!.ToString());
    }
}
