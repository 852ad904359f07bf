using System.Net;
using System.Text;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Linking;

/// <summary>A term of a text: the stem of a word or, weighing less, of a part of a compound word; Word is the word as written.</summary>
internal readonly record struct LinkTerm(string Term, string Word, double Weight);

/// <summary>
/// Turns German text into the terms the linker compares, the same way for the model's texts and for offers: HTML tags
/// dropped, folded (ä = ae), stop words out, stemmed, and compounds split into their parts both ways, so that
/// "Lagerlogistik" meets "Lager" and "Logistik", and "Qualitätsprüfung" meets "Prüfung der Qualität".
/// </summary>
internal sealed class LinkingAnalyzer
{
    private readonly Decompounder decompounder;
    // The words of the model analysed once: offers are written in much the same words.
    private readonly Dictionary<string, AnalyzedWord> known;

    /// <summary>A part of a compound says less than the word itself: "Lagerlogistik" is about the Lager, but not only.</summary>
    public const double PartWeight = 0.5;
    private const int MinCompound = 8;

    /// <summary>
    /// Words of everyday German that say nothing about a subject, beyond <see cref="GermanText"/>'s stop words: in the small
    /// model they are rare enough to look specific ("zum ersten Gutteil"), in offers they are everywhere ("Ihr erstes Kleid").
    /// </summary>
    private static readonly HashSet<string> GeneralWords = new(StringComparer.Ordinal)
    {
        "erste", "erster", "ersten", "erstes", "zweite", "zweiten", "dritte", "neue", "neuen", "neuer", "neues", "eigene", "eigenen", "eigener",
        "eigenes", "viele", "vielen", "mehr", "sehr", "gut", "gute", "guten", "guter", "besser", "einfach", "einfache", "einfachen", "wichtig",
        "wichtige", "wichtigen", "wichtigsten", "jede", "jeder", "jedes", "jeden", "alles", "immer", "schon", "heute", "gemeinsam", "gemeinsame",
        "gemeinsamen", "rund", "dazu", "weitere", "weiteren", "andere", "anderen", "anderer", "anderes", "ganz", "ganze", "ganzen", "lassen",
        "machen", "gibt", "geben", "bekommen", "erhalten", "kennen", "kennenlernen", "zeigen", "moechten", "wollen", "muessen", "sollen", "duerfen",
        "ihrer", "ihrem", "ihnen", "unser", "unsere", "unseren", "unserer", "man", "was", "wer", "wo", "warum", "wann", "kein", "keine", "mal",
        "bitte", "hier", "dort", "jetzt", "inkl", "etc", "usw", "zwei", "drei", "vier", "fuenf", "tag", "tage", "tagen", "stunden", "wochen",
        "monate", "monaten", "uhr", "sowie", "ab", "bereits", "direkt", "moeglich", "moeglichst", "richtig", "richtige", "richtigen",
    };

    /// <summary>
    /// The words every course text is made of ("Lötkurs", "Staplerschein", "Schulung"): they name the form of an offer, not
    /// what it teaches, so they are no terms, but they are known as parts of compounds even where the model does not use them.
    /// </summary>
    private static readonly string[] CourseWords =
        ["kurs", "kurse", "lehrgang", "lehrgaenge", "seminar", "seminare", "schulung", "schulungen", "training", "trainings", "workshop", "workshops",
         "schein", "weiterbildung", "weiterbildungen", "fortbildung", "qualifizierung", "modul", "module"];

    /// <param name="vocabulary">The texts of the model: their words make the decompounder's vocabulary and are analysed once.</param>
    public LinkingAnalyzer(IEnumerable<string?> vocabulary)
    {
        var words = vocabulary.SelectMany(text => GermanText.Words(PlainText(text ?? ""))).ToList();
        decompounder = new Decompounder(words.Select(GermanText.Fold).Concat(CourseWords));
        known = new Dictionary<string, AnalyzedWord>(StringComparer.Ordinal);
        foreach (var word in words) known.TryAdd(word, AnalyzeWord(word));
    }

    /// <summary>Adds the terms of a text; <paramref name="seen"/> keeps the analysis of words already met in the same offer or competency.</summary>
    public void Analyze(string? text, List<LinkTerm> into, Dictionary<string, AnalyzedWord> seen)
    {
        List<string>? truncated = null;
        foreach (var (word, hyphenated) in Words(PlainText(text ?? "")))
        {
            Add(word, word);
            // "Lager- und Fördertechnik" also means "Lagertechnik": a truncated word takes the head of the compound that ends the list.
            if (hyphenated) (truncated ??= []).Add(word);
            else if (truncated is { Count: > 0 } && !Conjunctions.Contains(word))
            {
                var parts = decompounder.Split(GermanText.Fold(word));
                if (parts.Count > 0)
                    foreach (var modifier in truncated) Add(modifier + parts[^1], modifier + "-");
                truncated.Clear();
            }
        }

        void Add(string word, string asWritten)
        {
            if (!known.TryGetValue(word, out var analyzed) && !seen.TryGetValue(word, out analyzed)) seen[word] = analyzed = AnalyzeWord(word);
            if (analyzed.Term is null) return;
            into.Add(new LinkTerm(analyzed.Term, asWritten, 1));
            foreach (var part in analyzed.Parts) into.Add(new LinkTerm(part, asWritten, analyzed.PartWeight));
        }
    }

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase) { "und", "oder", "sowie", "bis", "bzw" };

    /// <summary>The words of a text, each with whether it ends in a hyphen that stands for a shared head ("Lager-" in "Lager- und Fördertechnik").</summary>
    private static IEnumerable<(string Word, bool Truncated)> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            var truncated = i + 1 < text.Length && text[i] == '-' && (char.IsWhiteSpace(text[i + 1]) || text[i + 1] == ',');
            yield return (text[start..i], truncated);
            start = -1;
        }
    }

    private AnalyzedWord AnalyzeWord(string word)
    {
        var folded = GermanText.Fold(word);
        if (folded.Length < 2 || GermanText.IsStopWord(folded) || GeneralWords.Contains(folded) || CourseWords.Contains(folded) || (folded.Length < 3 && char.IsDigit(folded[0])))
            return AnalyzedWord.None;
        var term = GermanText.Stem(folded);
        if (folded.Length < MinCompound) return new AnalyzedWord(term, [], PartWeight);
        var split = decompounder.Split(folded);
        var parts = split.Where(p => !GermanText.IsStopWord(p) && !GeneralWords.Contains(p) && !CourseWords.Contains(p))
            .Select(GermanText.Stem).Where(p => p != term).Distinct().ToArray();
        // "Staplerschein" is all about the Stapler: next to a course word, the one other part says as much as the word.
        return new AnalyzedWord(term, parts, parts.Length == 1 && split.Any(CourseWords.Contains) ? 1 : PartWeight);
    }

    /// <summary>Text without HTML tags and with entities decoded; tags become spaces, so that two list items stay two words.</summary>
    private static string PlainText(string text)
    {
        if (text.IndexOfAny(['<', '&']) < 0) return text;
        var sb = new StringBuilder(text.Length);
        var inTag = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inTag)
            {
                if (c != '>') continue;
                inTag = false;
                sb.Append(' ');
            }
            // "< 50 Beschäftigte" is text; "<p>", "</li>" and "<!-- -->" are tags.
            else if (c == '<' && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || text[i + 1] is '/' or '!')) inTag = true;
            else sb.Append(c);
        }
        return WebUtility.HtmlDecode(sb.ToString());
    }
}

/// <summary>A word's term and the terms of its compound parts with their weight; no term for stop words.</summary>
internal sealed record AnalyzedWord(string? Term, string[] Parts, double PartWeight)
{
    public static readonly AnalyzedWord None = new(null, [], 0);
}
