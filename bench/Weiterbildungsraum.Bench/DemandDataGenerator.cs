using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Bench;

/// <summary>A synthetic region for the demand radar: people in roles and towns, one current level per competency.</summary>
public static class DemandDataGenerator
{
    public static List<PersonLevel> Levels(int levels, int competencies, int seed = 42)
    {
        var random = new Random(seed);
        var towns = RegionTowns.All.Select(t => t.Name).ToArray();
        var roles = Enumerable.Range(0, 20).Select(r => (Family: $"familie-{r % 5}", Role: $"rolle-{r}")).ToArray();
        var people = levels / competencies;
        var organisations = Enumerable.Range(1, Math.Max(3, people / 15)).Select(o => (Id: o, Town: towns[random.Next(towns.Length)])).ToArray();
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var result = new List<PersonLevel>(levels);
        for (var p = 1; p <= people; p++)
        {
            var organisation = organisations[random.Next(organisations.Length)];
            var (family, role) = roles[random.Next(roles.Length)];
            var at = start.AddDays(random.Next(0, 900));
            for (var c = 0; c < competencies; c++)
            {
                var now = random.Next(1, 5);
                result.Add(new PersonLevel(p, organisation.Id, organisation.Town, family, role, $"kompetenz-{c}",
                    random.Next(0, 5), now, Math.Min(4, now + random.Next(0, 2)), at));
            }
        }
        return result;
    }

    public static List<SupplySession> Supply(int sessions, int competencies, int seed = 7)
    {
        var random = new Random(seed);
        var towns = RegionTowns.All.Select(t => t.Name).ToArray();
        return Enumerable.Range(1, sessions).Select(s =>
        {
            var entry = random.Next(0, 3);
            return new SupplySession(s, $"kompetenz-{random.Next(competencies)}", entry, random.Next(entry + 1, 5), random.Next(5) == 0 ? null : towns[random.Next(towns.Length)]);
        }).ToList();
    }
}
