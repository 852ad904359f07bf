using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Weiterbildungsraum.Web.Tests.Accounts;

public class SignOutTests(DemoPlatform platform)
{
    [Fact]
    public async Task The_Abmelden_button_in_the_header_signs_out_and_leads_to_the_start_page()
    {
        var client = await platform.ClientAsRoleAsync(Web.Features.Accounts.Roles.Coordinator);
        var document = await client.GetDocumentAsync("/mein-bereich");
        var form = document.QuerySelectorAll<IHtmlFormElement>("header form")
            .Single(f => f.QuerySelector("button")?.TextContent.Trim() == "Abmelden");

        // What a browser sends: the form's own fields to its action.
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[name]").ToDictionary(i => i.Name!, i => i.Value);
        var response = await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wbr.auth=;", StringComparison.Ordinal));
        var after = await client.GetAsync("/mein-bereich", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/anmelden", after.Headers.Location?.OriginalString);
    }
}
