using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Weiterbildungsraum.Web.Tests.Competencies;

public class ModelPagesTests(DemoPlatform platform)
{
    [Fact]
    public async Task Start_page_leads_each_user_group_to_its_entry_point()
    {
        var document = await platform.CreateClient().GetDocumentAsync("/");
        var text = document.Body!.TextContent;
        foreach (var group in new[] { "Beschäftigte", "Unternehmen", "Bildungsanbieter", "Netzwerk" })
            Assert.Contains(group, text);
        Assert.NotEmpty(document.QuerySelectorAll("a[href^='/jobfamilien/']"));
    }

    [Fact]
    public async Task The_way_from_families_to_a_role_profile_shows_targets_and_levels()
    {
        var client = platform.CreateClient();
        var families = await client.GetDocumentAsync("/jobfamilien");
        var familyLink = families.QuerySelector("main a[href^='/jobfamilien/']")!.GetAttribute("href")!;
        var family = await client.GetDocumentAsync(familyLink);
        var roleLink = family.QuerySelector("main a[href^='/rollen/']")!.GetAttribute("href")!;
        var role = await client.GetDocumentAsync(roleLink);

        var key = roleLink["/rollen/".Length..];
        var expected = await platform.WithDbAsync(db => db.RoleProfileEntries.CountAsync(e => e.Role.Key == key));
        Assert.Equal(expected, role.QuerySelectorAll(".competency").Length);
        Assert.Contains("Heute:", role.Body!.TextContent);
        Assert.Contains("Stufe 4", role.Body!.TextContent);
    }

    [Fact]
    public async Task Unknown_role_page_is_404()
    {
        var response = await platform.CreateClient().GetAsync("/rollen/gibt-es-nicht", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
