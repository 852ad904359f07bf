using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Weiterbildungsraum.Web.Tests.Accounts;

/// <summary>
/// A platform whose mail goes to a <see cref="FakeSmtp"/>, with a clock for the session check that tests can move on,
/// and optionally reset links that are expired as soon as they are made.
/// </summary>
public class PasswordPlatform : TestPlatform
{
    private readonly bool expiredLinks;

    public PasswordPlatform() : this(new FakeSmtp(), expiredLinks: false, resetsPerHour: 100) { }

    protected PasswordPlatform(FakeSmtp smtp, bool expiredLinks, int resetsPerHour)
        : base(demoData: false, settings: new Dictionary<string, string>(smtp.Settings())
        {
            ["RateLimits:PasswordResetPerHour"] = resetsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
    {
        Smtp = smtp;
        this.expiredLinks = expiredLinks;
    }

    public FakeSmtp Smtp { get; }
    public MovableTime SessionCheckClock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.PostConfigure<SecurityStampValidatorOptions>(o => o.TimeProvider = SessionCheckClock);
            if (expiredLinks) services.PostConfigure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.Zero);
        });
    }

    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Registers a new learner through the form; the client stays signed in.</summary>
    public async Task<(HttpClient Client, string Email)> RegisterAsync(string password)
    {
        var client = NewClient();
        var email = $"pw-{Guid.NewGuid():N}@example.org";
        var response = await client.SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "beschaeftigte", ["Input.Name"] = "Petra Passwort", ["Input.Email"] = email, ["Input.Password"] = password,
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return (client, email);
    }

    /// <summary>Whether the login form accepts the password (on a fresh client).</summary>
    public async Task<bool> SignsInAsync(string email, string password)
    {
        var response = await NewClient().SubmitAsync("/anmelden", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        return response.StatusCode == System.Net.HttpStatusCode.Redirect;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Smtp.Dispose();
    }
}

public sealed class ExpiredLinkPlatform() : PasswordPlatform(new FakeSmtp(), expiredLinks: true, resetsPerHour: 100);

public sealed class TightResetLimitPlatform() : PasswordPlatform(new FakeSmtp(), expiredLinks: false, resetsPerHour: 5);

/// <summary>The system clock plus an offset a test sets.</summary>
public sealed class MovableTime : TimeProvider
{
    public TimeSpan Offset { get; set; }
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
