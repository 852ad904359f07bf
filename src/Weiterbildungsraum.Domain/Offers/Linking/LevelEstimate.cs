using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Linking;

/// <summary>The offer's own word on its depth; null where it says nothing.</summary>
internal readonly record struct OfferDepth(int? Entry, int? Exit, bool Qualifying, int Hours);

/// <summary>
/// From which level an offer starts and to which it leads, on the scale 0–4 (1 Grundkenntnisse, 2 anwenden mit Anleitung,
/// 3 selbstständig anwenden, 4 Expertise): from what the title, summary and qualification call the offer (Grundlagen,
/// Aufbau, Experte, Ausbilder …), which of the competency's level texts its words are closest to, what it asks of
/// participants, how long it runs and what it awards. Without any hint an offer leads from 0 to 2, as a typical short course does.
/// </summary>
internal static class LevelEstimate
{
    private const int DefaultExit = 2;
    private const double MinLevelEvidence = 2;

    // What providers call the depth of a course, as parts of folded words ("Reinraumgrundlagen", "Abfallbeauftragter"),
    // and the levels an offer so called starts from and leads to; a later row wins over an earlier one.
    private static readonly (string[] Words, int Entry, int Exit)[] Cues =
    [
        (["grundlagen", "grundkurs", "grundschulung", "grundseminar", "einfuehrung", "einsteiger", "einstieg", "basis", "basics", "anfaenger", "ueberblick", "awareness", "sensibilisierung"], 0, 2),
        (["aufbau", "vertiefung", "fortgeschritten", "advanced", "intensiv"], 1, 3),
        // A Beauftragte (Datenschutz-, Gefahrgut-, Abfallbeauftragte) is trained from scratch to act on their own.
        (["beauftragte", "beauftragter"], 0, 3),
        (["experte", "expertin", "experten", "meister", "ausbilder", "trainer", "fachwirt"], 2, 4),
    ];

    // Endings a cue may carry when it closes a compound ("Industriemeisterin", "Gefahrgutbeauftragten").
    private static readonly string[] CueEndings = ["", "s", "n", "r", "e", "en", "es", "in", "innen"];
    private const int MinCompoundPart = 3;

    // What a course of so many hours can do at most: a day brings no one past "anwenden mit Anleitung", less than a working
    // week not to expertise (level 4 means leading others and developing the field).
    private const int HoursForIndependent = 8, HoursForExpertise = 40;

    // What leads to a vocational qualification or a full programme: Umschulung, Teilqualifizierung, IHK- or HWK-Abschluss.
    private static readonly string[] Qualifying = ["umschulung", "teilqualifizierung", "berufsabschluss", "abschlusspruefung", "kompetenzfeststellung"];

    private static readonly string[] AsksForKnowledge = ["vorkenntnis", "grundkurs", "grundkenntnisse", "aufbaukurs", "erfahrung"];

    /// <summary>The level text of a competency the offer's words are closest to, when one stands out.</summary>
    public static int? ClosestLevel(Dictionary<string, QueryTerm> query, IReadOnlyList<Dictionary<string, double>> levels)
    {
        double best = 0, second = 0;
        var closest = 0;
        for (var k = 0; k < levels.Count; k++)
        {
            var score = 0.0;
            foreach (var (term, weight) in levels[k])
                if (query.TryGetValue(term, out var q)) score += q.Weight * weight;
            if (score > best)
            {
                second = best;
                best = score;
                closest = k + 1;
            }
            else second = Math.Max(second, score);
        }
        return best >= MinLevelEvidence && best >= 1.5 * second ? closest : null;
    }

    /// <summary>What the offer says of its depth, read once per offer: the level it starts from and leads to, where it names them.</summary>
    public static OfferDepth Read(OfferText offer)
    {
        var naming = Folded(offer.Title + " " + offer.Summary + " " + offer.Qualification);
        int? entry = null, exit = null;
        foreach (var (words, cueEntry, cueExit) in Cues)
            if (naming.Any(w => words.Any(cue => Names(w, cue))))
            {
                entry = cueEntry;
                exit = cueExit;
            }
        var asks = Folded(offer.EntryRequirements);
        if (entry is null && asks.Any(w => AsksForKnowledge.Any(w.Contains)) && !asks.Any(w => w is "ohne" or "keine" or "kein")) entry = 1;
        var hours = offer.Hours ?? 0;
        return new OfferDepth(entry, exit, naming.Any(w => Qualifying.Any(w.Contains)) || hours >= 200, hours);
    }

    /// <summary>Entry and exit level of one link: what the offer names, else the level text it resembles, else its length.</summary>
    public static (int Entry, int Exit) For(OfferDepth depth, int? closest)
    {
        var exit = depth.Exit;
        // Without a name for its depth, an offer that speaks like a level text of the competency leads there; a course leads past Grundkenntnisse.
        if (exit is null && closest is not null) exit = Math.Max(DefaultExit, closest.Value);
        if (exit is null && depth.Hours >= 24) exit = 3;
        if (depth.Qualifying) exit = Math.Max(exit ?? 0, 3);
        var to = exit ?? DefaultExit;
        if (depth.Hours > 0 && !depth.Qualifying)
            to = Math.Min(to, depth.Hours < HoursForIndependent ? DefaultExit : depth.Hours < HoursForExpertise ? 3 : 4);
        return (Math.Min(depth.Entry ?? 0, to - 1), to);
    }

    /// <summary>
    /// Whether a word is the cue or a compound with it as its first or last part ("Grundlagenseminar", "Industriemeisterin"):
    /// not a word that merely contains it, as the verb "meistern" contains "meister".
    /// </summary>
    private static bool Names(string word, string cue)
    {
        if (word == cue) return true;
        if (word.StartsWith(cue, StringComparison.Ordinal) && word.Length - cue.Length >= MinCompoundPart) return true;
        var at = word.LastIndexOf(cue, StringComparison.Ordinal);
        return at >= MinCompoundPart && CueEndings.Contains(word[(at + cue.Length)..]);
    }

    private static List<string> Folded(string? text) => GermanText.Words(GermanText.Fold(text ?? "")).ToList();
}
