using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace Weiterbildungsraum.Web.Tests.Matching;

public class RecommendationsPageTests(DemoPlatform platform)
{
    private readonly HttpClient client = platform.CreateClient();

    [Fact]
    public async Task A_role_and_ratings_in_the_address_show_ranked_offers_a_path_and_the_disclaimer()
    {
        var (role, keys) = await platform.WithDbAsync(async db =>
        {
            var taught = await db.OfferCompetencies.Select(c => c.CompetencyKey).Distinct().ToListAsync();
            var role = await db.RoleProfileEntries.Where(e => taught.Contains(e.Competency.Key)).OrderBy(e => e.Role.Key).Select(e => e.Role.Key).FirstAsync();
            return (role, await db.RoleProfileEntries.Where(e => e.Role.Key == role).Select(e => e.Competency.Key).Distinct().ToListAsync());
        });
        var query = $"/empfehlungen?Input.Rolle={role}&Input.Horizont=future&" + string.Join("&", keys.Select(k => $"Input.Stufen[{k}]=0"));
        var document = await client.GetDocumentAsync(query);
        Assert.NotEmpty(document.QuerySelectorAll(".recommendation"));
        Assert.All(document.QuerySelectorAll(".recommendation"), r => Assert.Contains("Nächster Termin", r.TextContent));
        Assert.NotNull(document.QuerySelector("#lernpfad-titel"));
        Assert.Contains("keine Entscheidung", document.QuerySelector(".notice")!.TextContent);
        Assert.Equal("0", document.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>($"#stufe-{keys[0]}")!.Value);
    }

    [Fact]
    public async Task Without_a_role_the_page_asks_for_one_and_an_unknown_role_is_explained()
    {
        var empty = await client.GetDocumentAsync("/empfehlungen");
        Assert.NotNull(empty.QuerySelector("select#rolle"));
        Assert.Empty(empty.QuerySelectorAll(".recommendation"));
        var unknown = await client.GetDocumentAsync("/empfehlungen?Input.Rolle=gibt-es-nicht");
        Assert.Contains("Diese Rolle gibt es nicht", unknown.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task An_unknown_place_is_reported_by_field()
    {
        var role = await platform.WithDbAsync(db => db.RoleProfileEntries.Select(e => new { e.Role.Key, Competency = e.Competency.Key }).FirstAsync());
        var document = await client.GetDocumentAsync($"/empfehlungen?Input.Rolle={role.Key}&Input.Stufen[{role.Competency}]=0&Input.Ort=Atlantis&Input.Umkreis=10");
        Assert.Contains("Atlantis", document.QuerySelector(".error-summary")!.TextContent);
    }
}
