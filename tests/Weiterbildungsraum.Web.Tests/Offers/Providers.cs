using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Tests.Offers;

/// <summary>Providers with staff accounts and offers, created in a test platform.</summary>
public static class Providers
{
    public const string Password = DemoSeeder.DemoPassword;

    public sealed record Staff(string Email, int OrganisationId);

    public static async Task<Staff> CreateAsync(TestPlatform platform, string name)
    {
        using var scope = platform.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var org = new Organisation { Name = name, Type = OrganisationType.Provider, Town = "Hamm", IsApproved = true, CreatedAt = DateTime.UtcNow };
        db.Organisations.Add(org);
        await db.SaveChangesAsync();
        var email = $"staff-{Guid.NewGuid():N}@example.org";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, Roles.Provider);
        db.Memberships.Add(new Membership { OrganisationId = org.Id, UserId = user.Id, Kind = MembershipKind.ProviderStaff, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return new Staff(email, org.Id);
    }

    public static async Task<int> AddOfferAsync(TestPlatform platform, int organisationId, string title, DateTime? updatedAt = null)
    {
        return await platform.WithDbAsync(async db =>
        {
            var offer = new Offer
            {
                ProviderId = organisationId, ExternalId = "T-" + Guid.NewGuid().ToString("N")[..8], Title = title, Content = "<p>Inhalt</p>",
                Hours = 40, Price = 500, IsPublished = true, CreatedAt = DateTime.UtcNow, UpdatedAt = updatedAt ?? DateTime.UtcNow,
                Sessions = [new OfferSession { StartDate = DateOnly.FromDateTime(DateTime.Today.AddDays(30)), EndDate = DateOnly.FromDateTime(DateTime.Today.AddDays(34)), Format = OfferFormat.Onsite, VenueName = "Haus", Street = "Weg 1", Postcode = "59065", Town = "Hamm" }],
            };
            db.Offers.Add(offer);
            await db.SaveChangesAsync();
            return offer.Id;
        });
    }

    public static async Task<HttpClient> SignInAsync(TestPlatform platform, string email)
    {
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SubmitAsync("/anmelden", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static async Task<string> TokenAsync(TestPlatform platform, int organisationId, string[]? scopes = null, int days = 30)
    {
        return await platform.WithDbAsync(db => ApiTokens.CreateAsync(db, organisationId, "Test", scopes ?? [ApiTokens.ImportScope], DateTime.UtcNow.AddDays(days), DateTime.UtcNow));
    }

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Offers", "Fixtures", name));

    public static Task<List<Offer>> OffersOfAsync(TestPlatform platform, int organisationId) =>
        platform.WithDbAsync(db => db.Offers.AsNoTracking().Include(o => o.Sessions).Include(o => o.Competencies).AsSplitQuery()
            .Where(o => o.ProviderId == organisationId).OrderBy(o => o.ExternalId).ToListAsync());
}
