using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Domain.Tests.Demand;

/// <summary>Small builders for radar input.</summary>
public static class DemandData
{
    private static int nextPerson = 1;

    public static DateTime Day { get; } = new(2026, 5, 10, 9, 0, 0, DateTimeKind.Utc);

    public static PersonLevel Level(int organisation, string town = "Dortmund", string competency = "c1", int actual = 1, int now = 3, int future = 3,
        string family = "logistik", string role = "lager", int? person = null, DateTime? at = null) =>
        new(person ?? Interlocked.Increment(ref nextPerson), organisation, town, family, role, competency, actual, now, future, at ?? Day);

    /// <summary>n people spread round-robin over the given organisations.</summary>
    public static IEnumerable<PersonLevel> People(int n, int[] organisations, string town = "Dortmund", string competency = "c1",
        string family = "logistik", string role = "lager", int actual = 1, int now = 3, int future = 3, DateTime? at = null) =>
        Enumerable.Range(0, n).Select(i => Level(organisations[i % organisations.Length], town, competency, actual, now, future, family, role, at: at)).ToList();

    /// <summary>
    /// A random table near the threshold: per role and town 0 to 12 people from the town's three companies, so many
    /// cells are just below or above the rule — where combinations of published figures could pin a small one.
    /// </summary>
    public static List<PersonLevel> RandomNearThreshold(int seed)
    {
        var random = new Random(seed);
        string[] towns = ["Dortmund", "Hamm", "Unna", "Kamen", "Selm", "Essen"];
        (string Family, string Role)[] roles = [("logistik", "lager"), ("logistik", "dispo"), ("produktion", "cnc"), ("produktion", "mecha"), ("vertrieb", "aussen")];
        var levels = new List<PersonLevel>();
        for (var t = 0; t < towns.Length; t++)
            foreach (var (family, role) in roles)
            {
                var n = random.Next(4) == 0 ? random.Next(1, 4) : random.Next(0, 13);
                for (var i = 0; i < n; i++)
                    levels.Add(new PersonLevel(Interlocked.Increment(ref nextPerson), t * 3 + random.Next(1, 4), towns[t], family, role, "c1",
                        random.Next(0, 3), 3, random.Next(3, 5), Day));
            }
        return levels;
    }

    /// <summary>A random region: families, roles, towns, organisations with people and levels.</summary>
    public static List<PersonLevel> Random(int seed, int people, int competencies = 3)
    {
        var random = new Random(seed);
        string[] towns = ["Dortmund", "Hamm", "Unna", "Kamen", "Selm", "Essen"];
        (string Family, string Role)[] roles = [("logistik", "lager"), ("logistik", "dispo"), ("produktion", "cnc"), ("produktion", "mecha"), ("vertrieb", "aussen")];
        var organisations = Enumerable.Range(1, Math.Max(3, people / 6)).Select(o => (Id: o, Town: towns[random.Next(towns.Length)])).ToArray();
        var levels = new List<PersonLevel>();
        for (var p = 0; p < people; p++)
        {
            var organisation = organisations[random.Next(organisations.Length)];
            var (family, role) = roles[random.Next(roles.Length)];
            var person = Interlocked.Increment(ref nextPerson);
            var at = Day.AddDays(-random.Next(0, 400));
            for (var c = 1; c <= competencies; c++)
            {
                var now = random.Next(1, 5);
                levels.Add(new PersonLevel(person, organisation.Id, organisation.Town, family, role, $"c{c}",
                    random.Next(0, 5), now, Math.Min(4, now + random.Next(0, 2)), at));
            }
        }
        return levels;
    }
}
