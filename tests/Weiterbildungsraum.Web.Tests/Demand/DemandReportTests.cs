using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Demand;

public class DemandReportTests(DemoPlatform platform)
{
    [Fact]
    public async Task A_coordinator_publishes_the_quarterly_report_and_providers_read_the_fixed_copy()
    {
        var ct = TestContext.Current.CancellationToken;
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var preview = await coordinator.GetDocumentAsync("/bedarfsradar/bericht?horizon=future");
        var top = preview.QuerySelectorAll("table caption").First(c => c.TextContent.Contains("größten Bedarf")).ParentElement!.QuerySelectorAll("tbody tr th")
            .Select(th => th.TextContent).ToList();

        var published = await coordinator.SubmitAsync("/bedarfsradar/bericht?horizon=future", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var location = published.Headers.Location!.ToString();
        Assert.Matches(@"^/bedarfsradar/berichte/\d+\?veroeffentlicht=true$", location);
        var page = await coordinator.GetDocumentAsync(location);
        Assert.NotNull(page.QuerySelector("[role=status]"));
        Assert.Contains("in drei Jahren", page.QuerySelector(".lead")!.TextContent);
        Assert.Equal(top, page.QuerySelectorAll("table caption").First(c => c.TextContent.Contains("größten Bedarf")).ParentElement!.QuerySelectorAll("tbody tr th").Select(th => th.TextContent));

        // Publishing the same quarter again replaces the copy instead of adding a second one.
        await coordinator.SubmitAsync("/bedarfsradar/bericht?horizon=future", new Dictionary<string, string>());
        var copies = await platform.WithDbAsync(db => db.DemandReports.CountAsync(r => r.Horizon == "future"));
        Assert.Equal(1, copies);

        var provider = await platform.ClientAsRoleAsync(Roles.Provider);
        var list = await provider.GetDocumentAsync("/bedarfsradar/berichte");
        var link = list.QuerySelectorAll("main a").First(a => a.TextContent.Contains("in drei Jahren"));
        var copy = await provider.GetDocumentAsync(link.GetAttribute("href")!);
        Assert.Contains("Regionaler Weiterbildungsbedarf", copy.QuerySelector("h1")!.TextContent);
        Assert.Null(copy.QuerySelector("form[action*=Publish]"));
    }

    [Fact]
    public async Task A_publication_without_a_valid_horizon_is_refused_and_stores_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await platform.WithDbAsync(db => db.DemandReports.CountAsync());
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        foreach (var horizon in new[] { "gestern", "" })
        {
            var post = await coordinator.SubmitAsync("/bedarfsradar/bericht", new Dictionary<string, string> { ["horizon"] = horizon });
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }
        Assert.Equal(before, await platform.WithDbAsync(db => db.DemandReports.CountAsync()));
    }

    [Fact]
    public async Task Only_coordinators_publish_and_learners_and_companies_read_no_report()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await platform.WithDbAsync(db => db.DemandReports.CountAsync());
        var provider = await platform.ClientAsRoleAsync(Roles.Provider);
        var post = await provider.PostAsync("/bedarfsradar/bericht?handler=Publish", new FormUrlEncodedContent([]), ct);
        Assert.Contains("/zugriff-verweigert", post.Headers.Location!.ToString());
        Assert.Equal(before, await platform.WithDbAsync(db => db.DemandReports.CountAsync()));
        foreach (var role in new[] { Roles.Learner, Roles.CompanyHR })
        {
            var page = await (await platform.ClientAsRoleAsync(role)).GetAsync("/bedarfsradar/berichte", ct);
            Assert.Contains("/zugriff-verweigert", page.Headers.Location!.ToString());
        }
        Assert.Equal(HttpStatusCode.NotFound, (await provider.GetAsync("/bedarfsradar/berichte/987654", ct)).StatusCode);
    }
}
