using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Tests.Funding;

/// <summary>A platform without the demo region and with three offers whose figures the funding cases need.</summary>
public sealed class FundingPlatform() : TestPlatform(demoData: false), IAsyncLifetime
{
    public int Long160 { get; private set; }
    public int Exactly120 { get; private set; }
    public int ShortNoAzav { get; private set; }
    /// <summary>Like <see cref="Long160"/>, but it leads to a vocational qualification (an Umschulung).</summary>
    public int Qualification160 { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await WithDbAsync(async db =>
        {
            var provider = new Organisation { Name = "Testträger", Type = OrganisationType.Provider, IsApproved = true, CreatedAt = DateTime.UtcNow };
            Offer Offer(string key, int hours, decimal price, bool azav, bool leadsToQualification = false) => new()
            {
                Provider = provider, ExternalId = key, Title = key, Hours = hours, Price = price, Azav = azav, IsPublished = true,
                LeadsToQualification = leadsToQualification,
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                Sessions = [new OfferSession { StartDate = today.AddDays(30), EndDate = today.AddDays(60), Format = OfferFormat.Onsite, Town = "Dortmund", Postcode = "44135" }],
            };
            var offers = new[] { Offer("lang", 160, 4000, true), Offer("grenze", 120, 4000, true), Offer("kurz", 24, 800, false), Offer("umschulung", 160, 4000, true, leadsToQualification: true) };
            db.Offers.AddRange(offers);
            await db.SaveChangesAsync();
            (Long160, Exactly120, ShortNoAzav, Qualification160) = (offers[0].Id, offers[1].Id, offers[2].Id, offers[3].Id);
        });
    }
}
