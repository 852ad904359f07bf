using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Linking;
using Weiterbildungsraum.Web.Features.Offers.Linking;

namespace Weiterbildungsraum.Web.Features.Offers.Provider;

/// <summary>The competency part of the offer form: what the provider ticks is their decision, what the linker adds is shown as such.</summary>
public static class OfferFormLinks
{
    /// <summary>
    /// Ticked links are the provider's: an automatic one becomes confirmed, a file's link stays the file's unless its levels changed.
    /// An unticked link is removed and remembered, so the linker does not bring it back.
    /// </summary>
    public static void Apply(Offer offer, IEnumerable<CompetencyForm> form, IReadOnlySet<string> modelKeys, DateTime now)
    {
        var ticked = form.Where(c => c.Selected && modelKeys.Contains(c.Key)).GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var link in offer.Competencies.Where(c => !ticked.ContainsKey(c.CompetencyKey)).ToList())
            OfferLinkRows.Remove(offer, link.CompetencyKey, now);
        var links = OfferLinkRows.Read(offer);
        foreach (var (key, choice) in ticked)
        {
            var stored = links.FirstOrDefault(l => l.Key == key);
            var kept = stored is { Source: LinkSource.Explicit } && stored.EntryLevel == choice.EntryLevel && stored.ExitLevel == choice.ExitLevel;
            links.RemoveAll(l => l.Key == key);
            links.Add(kept ? stored! : new OfferLink(key, choice.EntryLevel, choice.ExitLevel, LinkSource.Confirmed, stored?.Confidence, stored?.Evidence));
            offer.RemovedCompetencies.RemoveAll(r => r.CompetencyKey == key);
        }
        OfferLinkRows.Write(offer, links);
    }

    /// <summary>
    /// The links as the form shows them, with source and evidence; unticked suggestions of the last page go, <see cref="Suggest"/>
    /// brings the current ones.
    /// </summary>
    public static void Describe(List<CompetencyForm> form, Offer? offer, CurrentLinker linker)
    {
        form.RemoveAll(c => !linker.Names.ContainsKey(c.Key) || !c.Selected && offer?.Competencies.Any(l => l.CompetencyKey == c.Key) != true);
        foreach (var c in form)
        {
            c.Name = linker.NameOf(c.Key);
            var stored = offer?.Competencies.FirstOrDefault(l => l.CompetencyKey == c.Key);
            c.Source = stored?.Source;
            c.Evidence = stored?.Evidence ?? [];
            c.Score = stored?.Confidence;
            c.RemovedByProvider = offer?.RemovedCompetencies.Any(r => r.CompetencyKey == c.Key) == true;
        }
    }

    /// <summary>The linker's best matches for the text as typed, with their evidence, below the links.</summary>
    public static void Suggest(List<CompetencyForm> form, Offer? offer, OfferText text, CurrentLinker linker)
    {
        foreach (var s in linker.Linker.Rank(text))
        {
            if (form.Any(c => c.Key == s.Key)) continue;
            form.Add(new CompetencyForm
            {
                Key = s.Key, Name = s.Name, Score = s.Confidence, EntryLevel = s.EntryLevel, ExitLevel = Math.Max(s.EntryLevel, s.ExitLevel),
                Evidence = [.. s.Evidence.Select(EvidenceText.German).Distinct()],
                RemovedByProvider = offer?.RemovedCompetencies.Any(r => r.CompetencyKey == s.Key) == true,
            });
        }
    }
}
