using Weiterbildungsraum.Domain.Assessments;
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

    /// <summary>The trend's input from the same people: each person's summed gaps at the end of every quarter since the assessment.</summary>
    public static List<QuarterGap> QuarterGaps(List<PersonLevel> levels, IReadOnlyList<string> quarters, int seed = 11)
    {
        var random = new Random(seed);
        var result = new List<QuarterGap>();
        foreach (var person in levels.GroupBy(l => l.PersonId))
        {
            var first = person.First();
            int now = person.Sum(l => l.Gap(Horizon.Now)), future = person.Sum(l => l.Gap(Horizon.Future));
            foreach (var quarter in quarters)
            {
                if (DemandTrend.EndOf(quarter) < first.AssessedAt) continue;
                // Gaps shrink a little over time as people train.
                now = Math.Max(0, now - random.Next(0, 2));
                future = Math.Max(now, future - random.Next(0, 2));
                result.Add(new QuarterGap(quarter, first.PersonId, first.OrganisationId, first.Town, first.FamilyKey, first.RoleKey, now, future));
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
