using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Linking;

namespace Weiterbildungsraum.Domain.Tests.Offers.Linking;

/// <summary>An offer of the labelled set: what a provider wrote, and the competencies (and exit level) a curator would link.</summary>
public sealed record LabelledOffer(
    string Id, string Title, string Summary = "", string Description = "", List<string>? Teaches = null, List<string>? Keywords = null,
    string TargetGroup = "", string EntryRequirements = "", string Qualification = "", int? Hours = null, List<string>? Links = null, int? Exit = null)
{
    public OfferText Text => new(Title, Summary, Description, Teaches, Keywords, TargetGroup, EntryRequirements, Qualification, Hours);
}

/// <summary>How the linker's automatic links compare with the curator's on a labelled set.</summary>
public sealed record LinkingScore(
    int Offers, int Right, int Wrong, int Missed, double Precision, double Recall, double HitShare, double EmptyShare, double LevelWithinOne, double LevelExact)
{
    public override string ToString() =>
        $"{Offers} Angebote: Präzision {Precision:P1} ({Right} von {Right + Wrong}), Trefferquote {Recall:P1} ({Right} von {Right + Missed}), " +
        $"mit mindestens einer richtigen Zuordnung {HitShare:P1}, ohne passende Kompetenz leer {EmptyShare:P1}, " +
        $"Ausgangsstufe ±1 {LevelWithinOne:P1} (genau {LevelExact:P1})";
}

/// <summary>
/// The labelled offers (tests/…/Offers/Fixtures/linking-*.json), the current model from content/model with the ESCO labels
/// of content/esco, and the measurement of <see cref="CompetencyLinker.Link"/> against the labels.
/// </summary>
public static class LinkingSet
{
    public const string Tuning = "linking-tuning.json", Holdout = "linking-holdout.json", SecondHoldout = "linking-holdout-2.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Root { get; } = FindRoot();

    public static IReadOnlyList<LabelledOffer> Offers(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Root, "tests", "Weiterbildungsraum.Domain.Tests", "Offers", "Fixtures", file));
        return JsonDocument.Parse(stream).RootElement.GetProperty("offers").Deserialize<List<LabelledOffer>>(Json)!;
    }

    /// <summary>The competencies of the current model, with the labels of their ESCO skills unless <paramref name="withEsco"/> is false.</summary>
    public static IReadOnlyList<CompetencyText> Model(bool withEsco = true)
    {
        var labels = withEsco ? EscoLabels() : [];
        using var stream = File.OpenRead(Path.Combine(Root, "content", "model", "competencies.json"));
        return JsonDocument.Parse(stream).RootElement.GetProperty("competencies").EnumerateArray().Select(c => new CompetencyText(
            c.GetProperty("key").GetString()!, c.GetProperty("name").GetString()!, c.GetProperty("description").GetString() ?? "",
            c.GetProperty("levels").EnumerateObject().OrderBy(l => l.Name, StringComparer.Ordinal).Select(l => l.Value.GetString() ?? "").ToList(),
            c.TryGetProperty("escoUris", out var uris) ? uris.EnumerateArray().SelectMany(u => labels.GetValueOrDefault(u.GetString()!) ?? []).ToList() : []))
            .ToList();
    }

    public static LinkingScore Measure(CompetencyLinker linker, IReadOnlyList<LabelledOffer> offers)
    {
        int right = 0, wrong = 0, missed = 0, shouldLink = 0, hit = 0, shouldStayEmpty = 0, empty = 0, levels = 0, withinOne = 0, exact = 0;
        foreach (var offer in offers)
        {
            var expected = offer.Links ?? [];
            var links = linker.Link(offer.Text);
            var found = links.Count(l => expected.Contains(l.Key));
            right += found;
            wrong += links.Count - found;
            missed += expected.Count - found;
            if (expected.Count == 0)
            {
                shouldStayEmpty++;
                if (links.Count == 0) empty++;
                continue;
            }
            shouldLink++;
            if (found > 0) hit++;
            foreach (var link in links.Where(l => expected.Contains(l.Key) && offer.Exit is not null))
            {
                levels++;
                if (Math.Abs(link.ExitLevel - offer.Exit!.Value) <= 1) withinOne++;
                if (link.ExitLevel == offer.Exit) exact++;
            }
        }
        static double Share(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
        return new LinkingScore(offers.Count, right, wrong, missed, Share(right, right + wrong), Share(right, right + missed),
            Share(hit, shouldLink), Share(empty, shouldStayEmpty), Share(withinOne, levels), Share(exact, levels));
    }

    /// <summary>Preferred and alternative labels by concept URI, from the ESCO collections that carry them.</summary>
    private static Dictionary<string, List<string>> EscoLabels()
    {
        var labels = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "content", "esco"), "*Collection_de.csv"))
        {
            using var reader = new StreamReader(file);
            using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            if (!csv.HeaderRecord!.Contains("preferredLabel")) continue;
            while (csv.Read())
                labels[csv.GetField("conceptUri")!] =
                    [csv.GetField("preferredLabel")!, .. (csv.GetField("altLabels") ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }
        return labels;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Weiterbildungsraum.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Repository-Wurzel (Weiterbildungsraum.slnx) nicht gefunden.");
    }
}
