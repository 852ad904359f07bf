using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Matching;

namespace Weiterbildungsraum.Bench;

/// <summary>A reproducible synthetic region: offers over 130 competencies with runs around Dortmund, and people with gaps.</summary>
public static class MatchingData
{
    public static readonly DateOnly Today = new(2026, 11, 25);
    public static readonly GeoPoint Dortmund = new(51.5136, 7.4653);
    private static readonly string[] Keys = Enumerable.Range(1, 130).Select(i => $"kompetenz-{i:000}").ToArray();

    public static List<CandidateOffer> Offers(int count, int seed = 42)
    {
        var random = new Random(seed);
        var offers = new List<CandidateOffer>(count);
        for (var id = 1; id <= count; id++)
        {
            var teaches = Enumerable.Range(0, random.Next(1, 5)).Select(_ =>
            {
                var entry = random.Next(0, 4);
                return new TaughtCompetency(Keys[random.Next(Keys.Length)], entry, random.Next(entry + 1, 5));
            }).ToList();
            var sessions = Enumerable.Range(0, random.Next(1, 4)).Select(i =>
            {
                var format = (LearningFormat)random.Next(4);
                var start = Today.AddDays(random.Next(-30, 365));
                GeoPoint? at = format == LearningFormat.Online ? null : new(51.2 + random.NextDouble() * 0.9, 6.9 + random.NextDouble() * 1.4);
                return new CandidateSession(id * 10 + i, start, start.AddDays(random.Next(0, 60)), format, at, "Ort");
            }).ToList();
            offers.Add(new CandidateOffer(id, $"Angebot {id}", random.Next(100, 6000), random.Next(8, 600), random.Next(3) == 0, "de", teaches, sessions));
        }
        return offers;
    }

    /// <summary>A person in a role of 20 competencies, with gaps on most of them.</summary>
    public static List<Gap> Gaps(int seed = 7, int competencies = 20)
    {
        var random = new Random(seed);
        return Keys.OrderBy(_ => random.Next()).Take(competencies).Select(k =>
        {
            var actual = random.Next(0, 3);
            return new Gap(k, k, Math.Min(4, actual + random.Next(0, 3)), actual, random.Next(1, 4));
        }).ToList();
    }
}
