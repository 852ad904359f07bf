using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Assessments;

/// <summary>Registers companies and people through the real forms, for the company-side tests.</summary>
public static class CompanySetup
{
    public sealed record Company(HttpClient Hr, int OrganisationId, string Email);

    public static HttpClient NewClient(this TestPlatform platform) =>
        platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static async Task<Company> RegisterCompanyAsync(this TestPlatform platform, string name)
    {
        var client = platform.NewClient();
        var email = $"hr-{Guid.NewGuid():N}@example.org";
        var response = await client.SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "unternehmen", ["Input.Name"] = "Hanna Rau", ["Input.Email"] = email, ["Input.Password"] = "Sicher-Genug-2026",
            ["Input.OrganisationName"] = name, ["Input.Town"] = "Unna", ["Input.EmployeeCount"] = "20",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var organisationId = await platform.WithDbAsync(db => db.Memberships.Where(m => m.User.Email == email && m.Kind == MembershipKind.HR).Select(m => m.OrganisationId).SingleAsync());
        return new Company(client, organisationId, email);
    }

    public static async Task<int> AddEmployeeAsync(this TestPlatform platform, Company company, string first, string last)
    {
        var response = await company.Hr.SubmitAsync("/unternehmen/mitarbeitende", new Dictionary<string, string>
        {
            ["Added.FirstName"] = first, ["Added.LastName"] = last,
        }, "form[action$='handler=Add']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await platform.WithDbAsync(db => db.People.Where(p => p.OrganisationId == company.OrganisationId && p.LastName == last).Select(p => p.Id).SingleAsync());
    }

    public static async Task<int> AdoptRoleAsync(this TestPlatform platform, Company company, string roleKey, string name)
    {
        var response = await company.Hr.SubmitAsync("/unternehmen/rollen", new Dictionary<string, string> { ["SourceRole"] = roleKey, ["Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    public static async Task AssignAsync(this Company company, int personId, string roleRef)
    {
        var response = await company.Hr.SubmitAsync("/unternehmen/mitarbeitende", new Dictionary<string, string> { [$"Assign[{personId}]"] = roleRef },
            "form[action$='handler=Assign']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
