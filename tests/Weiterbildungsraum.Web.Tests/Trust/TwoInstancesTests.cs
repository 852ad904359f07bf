using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Trust;

/// <summary>Two instances of the web tier on one database, as behind a load balancer.</summary>
public class TwoInstancesTests
{
    [Fact]
    public async Task A_login_made_on_one_instance_is_valid_on_the_other()
    {
        using var first = new TestPlatform(demoData: true);
        using var second = new TestPlatform(demoData: true, sharedDatabase: first.Database);
        var login = await LoginCookieAsync(first);
        var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/koordination/kompetenzmodell");
        request.Headers.Add("Cookie", login);
        var response = await other.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/koordination/kompetenzmodell");
        Assert.Equal(HttpStatusCode.Redirect, (await other.SendAsync(anonymous, TestContext.Current.CancellationToken)).StatusCode);
    }

    private static async Task<string> LoginCookieAsync(TestPlatform platform)
    {
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (email, _, _) = Weiterbildungsraum.Web.Content.DemoSeeder.DemoUsers.Single(u => u.Role == Roles.Coordinator);
        var response = await client.SubmitAsync("/anmelden", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Weiterbildungsraum.Web.Content.DemoSeeder.DemoPassword,
        });
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wbr.auth=", StringComparison.Ordinal));
        return auth.Split(';')[0];
    }
}
