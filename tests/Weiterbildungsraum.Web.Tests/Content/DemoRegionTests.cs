using Weiterbildungsraum.Web.Content;

namespace Weiterbildungsraum.Web.Tests.Content;

/// <summary>The demo region as the content issue asks for it, read from the files the seeder loads.</summary>
public class DemoRegionTests
{
    private static readonly ModelContent Model = new ContentReader(Paths.Content).ReadModel();
    private static readonly DemoContent Demo = new ContentReader(Paths.Content).ReadDemo(Model);

    private static readonly string[] KreisUnna =
        ["Bergkamen", "Bönen", "Fröndenberg/Ruhr", "Holzwickede", "Kamen", "Lünen", "Schwerte", "Selm", "Unna", "Werne"];
    private static readonly string[] Region = ["Dortmund", "Hamm", .. KreisUnna];

    [Fact]
    public void At_least_ten_providers_in_Dortmund_Hamm_and_towns_of_Kreis_Unna()
    {
        Assert.True(Demo.Providers.Count >= 10, $"nur {Demo.Providers.Count} Bildungsanbieter");
        Assert.All(Demo.Providers, p => Assert.Contains(p.Town, Region));
        var towns = Demo.Providers.Select(p => p.Town).ToHashSet();
        Assert.Contains("Dortmund", towns);
        Assert.Contains("Hamm", towns);
        Assert.True(towns.Count(KreisUnna.Contains) >= 3, "Bildungsanbieter in weniger als drei Orten des Kreises Unna");
    }

    [Fact]
    public void At_least_eighty_offers_with_sessions_in_every_month_of_the_next_year_in_all_four_formats()
    {
        Assert.True(Demo.Offers.Count >= 80, $"nur {Demo.Offers.Count} Angebote");
        Assert.All(Demo.Offers, o => Assert.Contains(o.Sessions, s => s.StartInDays is >= 0 and < 365));
        var sessions = Demo.Offers.SelectMany(o => o.Sessions).ToList();
        var months = sessions.Where(s => s.StartInDays is >= 0 and < 360).Select(s => s.StartInDays / 30).ToHashSet();
        Assert.True(months.Count == 12, "Monate ohne Kursbeginn: " + string.Join(", ", Enumerable.Range(1, 12).Where(m => !months.Contains(m - 1))));
        Assert.Equal(["blended", "inhouse", "online", "onsite"], sessions.Select(s => s.Format).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Offers_have_hours_a_price_and_an_AZAV_flag_that_their_provider_can_carry()
    {
        var certified = Demo.Providers.Where(p => p.Azav is not null).Select(p => p.Key).ToHashSet();
        Assert.All(Demo.Offers, o =>
        {
            Assert.True(o.Hours > 0, $"{o.Key}: keine Stunden");
            Assert.True(o.Price >= 0, $"{o.Key}: negativer Preis");
            if (o.Azav) Assert.True(certified.Contains(o.Provider), $"{o.Key}: AZAV-Angebot eines Anbieters ohne AZAV-Zulassung");
        });
        Assert.Contains(Demo.Offers, o => o.Azav);
        Assert.Contains(Demo.Offers, o => !o.Azav);
    }

    [Fact]
    public void An_offer_at_zero_euros_says_why_it_is_free_and_never_that_the_price_is_on_request()
    {
        // The platform shows 0 € as "kostenfrei"; a course whose price is only given on request must not look free.
        var free = Demo.Offers.Where(o => o.Price == 0).ToList();
        Assert.All(free, o =>
        {
            var remark = o.PriceRemark ?? "";
            Assert.True(remark.Contains("ostenfrei", StringComparison.Ordinal), $"{o.Key}: 0 € ohne Hinweis, warum das Angebot kostenfrei ist");
            Assert.False(remark.Contains("auf Anfrage", StringComparison.OrdinalIgnoreCase), $"{o.Key}: 0 € mit „auf Anfrage“: {remark}");
        });
        Assert.All(Demo.Offers.Where(o => o.Azav), o =>
            Assert.False((o.PriceRemark ?? "").Contains("zzgl. MwSt", StringComparison.Ordinal), $"{o.Key}: AZAV-Lehrgang mit „zzgl. MwSt.“"));
        Assert.All(Demo.Offers.Where(o => o.Sessions.All(s => s.Format == "online")), o =>
            Assert.False((o.PriceRemark ?? "").Contains("Verpflegung", StringComparison.Ordinal), $"{o.Key}: reines Online-Angebot mit Verpflegung"));
    }

    [Fact]
    public void Every_offer_teaches_competencies_of_the_model_from_a_lower_entry_to_a_higher_exit_level()
    {
        var keys = Model.Competencies.Select(c => c.Key).ToHashSet();
        Assert.All(Demo.Offers, o =>
        {
            Assert.NotEmpty(o.Competencies);
            Assert.All(o.Competencies, c =>
            {
                Assert.Contains(c.Competency, keys);
                Assert.True(c.EntryLevel < c.ExitLevel, $"{o.Key}/{c.Competency}: Einstieg {c.EntryLevel}, Abschluss {c.ExitLevel}");
            });
        });
    }

    [Fact]
    public void At_least_six_companies_of_different_sizes_with_self_and_manager_assessments()
    {
        Assert.True(Demo.Companies.Count >= 6, $"nur {Demo.Companies.Count} Unternehmen");
        // EU size classes: micro, small, medium, large
        var classes = Demo.Companies.Select(c => c.EmployeeCount switch { < 10 => 0, < 50 => 1, < 250 => 2, _ => 3 }).Distinct().Count();
        Assert.True(classes >= 3, $"Unternehmen aus nur {classes} Größenklassen");
        Assert.All(Demo.Companies, c =>
        {
            Assert.NotEmpty(c.Employees);
            Assert.Contains(c.Employees, e => e.SelfRatings is { Count: > 0 });
            Assert.Contains(c.Employees, e => e.ManagerRatings is { Count: > 0 });
        });
    }

    [Fact]
    public void At_least_ten_network_actors_and_six_events()
    {
        Assert.True(Demo.Actors.Count >= 10, $"nur {Demo.Actors.Count} Netzwerkakteure");
        Assert.True(Demo.Events.Count >= 6, $"nur {Demo.Events.Count} Veranstaltungen");
        Assert.Contains(Demo.Events, e => e.StartInDays < 0);
        Assert.Contains(Demo.Events, e => e.StartInDays >= 0);
        var types = Demo.Actors.Select(a => a.Type).ToHashSet();
        Assert.Contains("Chamber", types);
        Assert.Contains("EmploymentAgency", types);
        Assert.Contains("Association", types);
    }
}
