using Microsoft.AspNetCore.Identity;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Network;

namespace Weiterbildungsraum.Web.Tests.Network;

/// <summary>
/// A platform without demo data (Seed:DemoData=false, as in real operation), with SMTP pointing at a local inbox;
/// shared by one test class that writes events and registrations.
/// </summary>
public sealed class EventsPlatform : TestPlatform, IAsyncLifetime
{
    public FakeSmtp Inbox { get; }

    public EventsPlatform() : this(new FakeSmtp()) { }

    private EventsPlatform(FakeSmtp inbox) : base(demoData: false, inbox.Settings()) => Inbox = inbox;

    public ValueTask InitializeAsync()
    {
        _ = Server;
        return ValueTask.CompletedTask;
    }

    /// <summary>A new account with the role; its e-mail, the password is the demo password.</summary>
    public async Task<string> UserAsync(string role, string name = "Testperson")
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, DemoSeeder.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, role);
        return email;
    }

    public async Task<HttpClient> CoordinatorAsync() => await this.ClientAsAsync(await UserAsync(Roles.Coordinator, "Kora Koordination"));

    /// <summary>An event straight in the database, for states a form cannot produce (e.g. over for weeks).</summary>
    public Task<int> EventAsync(DateTime startsAtUtc, EventRegistrationMode registration = EventRegistrationMode.Platform, int? capacity = null,
        DateTime? deadlineUtc = null, bool online = false, string? onlineUrl = null, double hours = 2) => WithDbAsync(async db =>
    {
        var e = new NetworkEvent
        {
            Title = "Testveranstaltung " + Guid.NewGuid().ToString("N")[..6], StartsAt = startsAtUtc, EndsAt = startsAtUtc.AddHours(hours),
            IsOnline = online, Place = online ? "Videokonferenz" : "Haus der Region, Marktplatz 1, 59065 Hamm", OnlineUrl = onlineUrl,
            Description = "Austausch über Weiterbildung.", Registration = registration, Capacity = capacity, RegistrationDeadline = deadlineUtc,
            RegistrationUrl = registration == EventRegistrationMode.External ? "https://www.example.org/anmeldung" : null,
        };
        db.Events.Add(e);
        await db.SaveChangesAsync();
        return e.Id;
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Inbox.Dispose();
    }
}
