using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Accounts;

public class OrganisationAccessTests(DemoPlatform platform)
{
    [Fact]
    public async Task HR_invites_an_employee_by_link_who_joins_the_company_once()
    {
        var hr = await platform.ClientAsRoleAsync(Roles.CompanyHR);
        var created = await hr.SubmitAsync("/unternehmen/einladen", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Ina", ["Input.LastName"] = "Eingeladen-" + Guid.NewGuid().ToString("N")[..6],
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var page = Forms.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var link = new Uri(page.QuerySelector("#einladungslink")!.GetAttribute("value")!);

        var invitee = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var email = $"ina-{Guid.NewGuid():N}@example.org";
        var joined = await invitee.SubmitAsync(link.PathAndQuery, new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = "Eingeladen-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);

        var hrOrganisation = await platform.WithDbAsync(db => db.Memberships
            .Where(m => m.User.Email == "personal@demo.weiterbildungsraum.de" && m.Kind == MembershipKind.HR).Select(m => m.OrganisationId).SingleAsync());
        var membership = await platform.WithDbAsync(db => db.Memberships.SingleAsync(m => m.User.Email == email));
        Assert.Equal(hrOrganisation, membership.OrganisationId);
        Assert.Equal(MembershipKind.Employee, membership.Kind);
        Assert.True(await platform.WithDbAsync(db => db.People.AnyAsync(p => p.User!.Email == email && p.OrganisationId == hrOrganisation)));

        var again = await platform.CreateClient().GetStringAsync(link.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.Contains("ungültig, abgelaufen oder wurde schon benutzt", again);
    }

    [Fact]
    public async Task A_registered_provider_waits_for_the_coordinators_approval()
    {
        var name = "Akademie " + Guid.NewGuid().ToString("N")[..6];
        var registered = await platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "anbieter", ["Input.Name"] = "Bea Bildung", ["Input.Email"] = $"bea-{Guid.NewGuid():N}@example.org",
            ["Input.Password"] = "Bildung-2026-ok", ["Input.OrganisationName"] = name, ["Input.Town"] = "Hamm",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var provider = await platform.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Name == name));
        Assert.False(provider.IsApproved);

        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var list = await coordinator.GetDocumentAsync("/koordination/anbieter-freigeben");
        Assert.Contains(name, list.Body!.TextContent);
        var approve = list.QuerySelector($"form[action*='id={provider.Id}']")!;
        var response = await coordinator.PostAsync(approve.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = approve.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await platform.WithDbAsync(db => db.Organisations.Where(o => o.Id == provider.Id).Select(o => o.IsApproved).SingleAsync()));
    }

    [Theory]
    [InlineData(Roles.Learner, "/koordination/anbieter-freigeben")]
    [InlineData(Roles.Provider, "/unternehmen/einladen")]
    public async Task Other_roles_are_refused(string role, string url)
    {
        var client = await platform.ClientAsRoleAsync(role);
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/zugriff-verweigert", response.Headers.Location!.ToString());
    }
}
