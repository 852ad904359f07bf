using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Content;

/// <summary>What every start does before serving: migrate, load the model, ESCO's skills when there are none, the demo region if wanted.</summary>
public static class Seeding
{
    public static async Task PrepareDatabaseAsync(IServiceProvider services, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var configuration = sp.GetRequiredService<IConfiguration>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Weiterbildungsraum.Seeding");
        await using var firstStart = await DatabaseSetup.FirstStartLockAsync(db, ct);
        await DatabaseSetup.MigrateAsync(db, ct);

        var reader = new ContentReader(configuration["Content:Root"] ?? ContentReader.DefaultRoot);
        var model = reader.ReadModel();
        var funding = reader.ReadFunding();
        var now = DateTime.UtcNow;

        var roleManager = sp.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
            if (!await roleManager.RoleExistsAsync(role))
                await roleManager.CreateAsync(new IdentityRole(role));

        await ModelSeeder.SeedAsync(db, model, now, ct);
        await FundingSeeder.SeedAsync(db, funding, now, ct);
        if (configuration.GetValue("Seed:Esco", true))
            await EscoSeeder.SeedAsync(db, Path.Combine(reader.Root, "esco"), logger, ct);

        if (configuration.GetValue("Seed:DemoData", true))
        {
            var demo = reader.ReadDemo(model);
            var versionId = await db.FrameworkVersions
                .Where(v => v.Framework.Key == model.Framework.Key && v.Status == VersionStatus.Published)
                .OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync(ct);
            await new DemoSeeder(db, sp.GetRequiredService<UserManager<AppUser>>()).SeedAsync(demo, versionId, now, ct);
            logger.LogInformation("Demo-Region geladen: {Offers} Angebote, {Companies} Unternehmen.", demo.Offers.Count, demo.Companies.Count);
        }
    }
}
