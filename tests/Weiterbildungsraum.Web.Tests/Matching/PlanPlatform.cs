using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Matching;

/// <summary>The demo region on its own database (plan tests write), plus an HR user of a second company.</summary>
public sealed class PlanPlatform() : TestPlatform(demoData: true), IAsyncLifetime
{
    public const string OtherHrEmail = "personal@andere-firma.test";
    public int OtherCompanyId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Weiterbildungsraum.Web.Data.AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var hrCompany = await db.Memberships.Where(m => m.Kind == MembershipKind.HR).Select(m => m.OrganisationId).FirstAsync();
        var other = await db.Organisations.Where(o => o.Type == OrganisationType.Company && o.Id != hrCompany && db.People.Any(p => p.OrganisationId == o.Id))
            .OrderBy(o => o.Id).FirstAsync();
        OtherCompanyId = other.Id;
        var user = new AppUser { UserName = OtherHrEmail, Email = OtherHrEmail, EmailConfirmed = true, DisplayName = "Olga Other", CreatedAt = DateTime.UtcNow };
        var created = await users.CreateAsync(user, DemoSeeder.DemoPassword);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.CompanyHR);
        db.Memberships.Add(new Membership { OrganisationId = other.Id, UserId = user.Id, Kind = MembershipKind.HR, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
    }
}
