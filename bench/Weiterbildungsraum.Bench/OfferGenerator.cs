using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// Generates a large, realistic catalogue from the competency model: German titles combine competency and role names
/// with the usual course words, texts come from descriptions and level descriptors, sessions spread over the region's towns.
/// Deterministic for a given seed.
/// </summary>
public static class OfferGenerator
{
    private static readonly string[] TitlePatterns =
    [
        "{0} – Grundlagen", "{0} kompakt", "{0} für Fachkräfte", "{0} in der Praxis", "Aufbaukurs {0}", "Zertifikatslehrgang {0}",
        "{0} für Einsteigerinnen und Einsteiger", "Praxisseminar: {0}", "{0} – Intensivtraining", "Weiterbildung {1}: {0}",
        "{0} und {2}", "Teilqualifizierung {1}", "{0} im Mittelstand", "Workshop {0}", "Online-Kurs {0}",
    ];

    private static readonly string[] Providers =
    [
        "Hellweg-Akademie", "Emscher Technikum", "Phoenix Digitalschule", "Lippe-Bildungszentrum", "Ruhrtal-Kolleg", "Technikschule Werne",
        "Logistikschule Kamener Kreuz", "Grünwerk Akademie", "Lernfabrik Mikrotechnik", "Qualifizierungswerk Selm", "Bönener Weiterbildungskontor",
        "Vertriebsforum Westfalen", "Ruhrbogen Seminarhaus", "Lippeaue Bildungszentrum", "Bildungswerk Dortmund-Nord", "Sauerland Kolleg",
    ];

    public static IEnumerable<OfferIndexEntry> Generate(ModelContent model, int offers, int sessionsPerOffer, int seed, DateOnly today)
    {
        var random = new Random(seed);
        var places = PlaceTable.Directory.Places.ToList();
        var roleByCompetency = model.Families.SelectMany(f => f.Roles.SelectMany(r => r.Profile.Select(p => (p.Competency, Role: r.Name, Family: new KeyName(f.Key, f.Name)))))
            .GroupBy(x => x.Competency).ToDictionary(g => g.Key, g => g.ToList());
        var competencies = model.Competencies;
        var sessionId = 0;
        for (var id = 1; id <= offers; id++)
        {
            var main = competencies[random.Next(competencies.Count)];
            var second = competencies[random.Next(competencies.Count)];
            var roles = roleByCompetency.GetValueOrDefault(main.Key) ?? [];
            var role = roles.Count > 0 ? roles[random.Next(roles.Count)].Role : "Fachkraft";
            var title = string.Format(TitlePatterns[random.Next(TitlePatterns.Length)], main.Name, role, second.Name);
            var taught = new[] { main, second }.DistinctBy(c => c.Key).Select(c => new KeyName(c.Key, c.Name)).ToList();
            var families = taught.SelectMany(c => roleByCompetency.GetValueOrDefault(c.Key) ?? []).Select(r => r.Family).DistinctBy(f => f.Key).ToList();
            var hours = new[] { 4, 8, 16, 24, 40, 80, 120, 160, 320, 600 }[random.Next(10)];
            var azav = random.NextDouble() < 0.6;
            var price = hours * (decimal)(15 + random.Next(30));
            var providerIndex = random.Next(Providers.Length);
            var sessions = Enumerable.Range(0, sessionsPerOffer).Select(_ =>
            {
                var start = today.AddDays(random.Next(-30, 365));
                var format = (OfferFormat)random.Next(4);
                var place = places[random.Next(places.Count)];
                // Start times from the session number, so that the random sequence (and every earlier result) stays as it was.
                var time = (sessionId % 4) switch { 0 => new TimeOnly(18, 0), 1 => new TimeOnly(9, 0), 2 => new TimeOnly(8, 30), _ => (TimeOnly?)null };
                return format == OfferFormat.Online
                    ? new SessionFacts(++sessionId, start, start.AddDays(hours / 8), format, "", "", null, null, time)
                    : new SessionFacts(++sessionId, start, start.AddDays(hours / 8), format, place.Town, place.Postcodes[0], place.Point.Latitude, place.Point.Longitude, time);
            }).OrderBy(s => s.Start).ToList();
            var notes = random.NextDouble() < 0.2 ? "Förderfähig mit dem Bildungsscheck NRW." : "";
            var facts = new OfferFacts(id, title, providerIndex + 1, Providers[providerIndex], hours, price, azav,
                (TimeModel)random.Next(3), FundingRoutes.For(azav, azav && random.NextDouble() < 0.5, hours, notes),
                taught, families, sessions, Guid.NewGuid(), DateTime.UtcNow);
            var content = string.Join(" ", main.Description ?? "", string.Join(" ", main.Levels.Values), second.Description ?? "");
            yield return new OfferIndexEntry(facts, $"{main.Name} für {role}: praxisnah und mit Abschlusszertifikat.", content,
                $"Beschäftigte als {role} und alle, die {main.Name} lernen möchten.", azav ? "Zertifikat des Bildungsträgers" : "Teilnahmebescheinigung");
        }
    }
}
