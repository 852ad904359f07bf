using Microsoft.Extensions.Configuration;
using Weiterbildungsraum.Web.Features.Demand;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Tests.Demand;

public class DemandSettingsTests
{
    [Theory]
    [InlineData("2", "3", "Personen")]
    [InlineData("5", "1", "Organisationen")]
    public async Task An_anonymity_rule_below_the_floor_stops_the_start_with_a_sentence(string persons, string organisations, string named)
    {
        var settings = new Dictionary<string, string?> { ["Demand:MinPersons"] = persons, ["Demand:MinOrganisations"] = organisations };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var error = Assert.Throws<StartupException>(() => new ServiceCollection().AddDemand(configuration));
        Assert.StartsWith($"Demand: Die Mindestzahl der {named} darf nicht unter", error.Message);

        await using var platform = new TestPlatform(demoData: false, settings!);
        Assert.ThrowsAny<Exception>(() => platform.CreateClient());
    }
}
