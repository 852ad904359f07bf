using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers.Linking;

namespace Weiterbildungsraum.Web.Features.Offers.Import;

/// <summary>
/// What a file says an offer teaches: the competencies it names exactly (key, ESCO URI, name) become the file's links;
/// every other text is kept as a learning goal for the linker. Links is null when the file says nothing about competencies.
/// </summary>
public sealed record ImportedClaims(List<OfferLink>? Links, List<string> LearningGoals)
{
    public static Dictionary<OfferRecord, ImportedClaims> Resolve(ParsedCatalogue parsed, CurrentLinker linker)
    {
        var result = new Dictionary<OfferRecord, ImportedClaims>();
        foreach (var offer in parsed.Offers)
        {
            if (offer.Competencies.Count == 0)
            {
                result[offer] = new ImportedClaims(null, []);
                continue;
            }
            var links = new List<OfferLink>();
            var goals = new List<string>();
            foreach (var claim in offer.Competencies)
            {
                var key = linker.Resolve(claim.Text) ?? (claim.Name is null ? null : linker.Resolve(claim.Name));
                if (key is null)
                {
                    var text = claim.Name ?? claim.Text;
                    if (Uri.TryCreate(text, UriKind.Absolute, out _))
                    {
                        parsed.Notice(claim.Location, "Kompetenzen", $"„{text}“ gehört zu keiner Kompetenz des aktuellen Modells; die Kompetenzen ordnet die Plattform aus dem Text des Angebots zu.");
                        continue;
                    }
                    if (!goals.Contains(text, StringComparer.OrdinalIgnoreCase)) goals.Add(text);
                    parsed.Notice(claim.Location, "Kompetenzen", $"„{text}“ ist keine Kompetenz des aktuellen Modells; der Text zählt als Lernziel für die automatische Zuordnung.");
                    continue;
                }
                if (links.Any(l => l.Key == key)) continue;
                links.Add(new OfferLink(key, claim.EntryLevel ?? OfferImporter.DefaultEntryLevel,
                    claim.ExitLevel ?? Math.Max(claim.EntryLevel ?? 0, OfferImporter.DefaultExitLevel), LinkSource.Explicit));
            }
            result[offer] = new ImportedClaims(links, goals);
        }
        return result;
    }
}
