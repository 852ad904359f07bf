using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Weiterbildungsraum.Web.Content;

namespace Weiterbildungsraum.Tests;

public static class SignIn
{
    /// <summary>A client signed in through the real login form; redirects are not followed.</summary>
    public static async Task<HttpClient> ClientAsAsync(this TestPlatform platform, string email, string? password = null)
    {
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SubmitAsync("/anmelden", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = password ?? DemoSeeder.DemoPassword,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Anmeldung von {email} fehlgeschlagen ({(int)response.StatusCode}).");
        return client;
    }

    /// <summary>A client signed in as the demo user of the given role.</summary>
    public static Task<HttpClient> ClientAsRoleAsync(this TestPlatform platform, string role) =>
        platform.ClientAsAsync(DemoSeeder.DemoUsers.Single(u => u.Role == role).Email);
}
