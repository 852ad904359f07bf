using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Matching;

namespace Weiterbildungsraum.Domain.Tests.Matching;

/// <summary>Random but reproducible people, offers and constraints for property-style tests.</summary>
internal sealed class RandomRegion(int seed)
{
    private static readonly string[] Keys = ["a", "b", "c", "d", "e", "f"];
    private readonly Random random = new(seed);

    public List<Gap> Gaps() => Keys.Where(_ => random.Next(3) > 0)
        .Select(k => { var actual = random.Next(0, 4); return Build.Gap(k, actual, random.Next(actual, 5), random.Next(1, 4)); })
        .ToList();

    public List<CandidateOffer> Offers(int count) => Enumerable.Range(1, count).Select(Offer).ToList();

    public SearchConstraints Constraints() => new(
        Origin: random.Next(4) == 0 ? null : Point(),
        RadiusKm: random.Next(3) == 0 ? null : random.Next(5, 80),
        From: random.Next(2) == 0 ? null : Build.Today.AddDays(random.Next(-10, 60)),
        To: random.Next(2) == 0 ? null : Build.Today.AddDays(random.Next(30, 200)),
        Formats: random.Next(2) == 0 ? null : Enum.GetValues<LearningFormat>().Where(_ => random.Next(2) == 0).ToHashSet(),
        MaxPrice: random.Next(2) == 0 ? null : random.Next(100, 3000),
        Language: random.Next(3) == 0 ? "de" : null,
        Audience: random.Next(2) == 0 ? Audience.Individual : Audience.Company);

    public decimal? Budget() => random.Next(3) == 0 ? null : random.Next(0, 5000);

    private CandidateOffer Offer(int id)
    {
        var teaches = Keys.Where(_ => random.Next(4) == 0).Select(k =>
        {
            var entry = random.Next(0, 4);
            // A third of the links found automatically, with the linker's confidence.
            return new TaughtCompetency(k, entry, random.Next(entry + 1, 5), random.Next(3) == 0 ? Math.Round(0.3 + random.NextDouble() * 0.65, 2) : 1);
        }).ToArray();
        var sessions = Enumerable.Range(0, random.Next(0, 4)).Select(i =>
        {
            var format = (LearningFormat)random.Next(4);
            var start = random.Next(-20, 240);
            return new CandidateSession(id * 10 + i, Build.Today.AddDays(start), Build.Today.AddDays(start + random.Next(0, 30)),
                format, format == LearningFormat.Online || random.Next(10) == 0 ? null : Point(), "Ort");
        }).ToArray();
        return new CandidateOffer(id, $"Angebot {id}", random.Next(0, 4000), random.Next(8, 400), random.Next(2) == 0, random.Next(5) == 0 ? "en" : "de", teaches, sessions);
    }

    private GeoPoint Point() => new(51.3 + random.NextDouble() * 0.7, 7.0 + random.NextDouble() * 1.2);
}
