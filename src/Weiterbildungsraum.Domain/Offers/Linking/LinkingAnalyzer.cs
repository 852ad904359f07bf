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
    private readonly Dictionary<string, AnalyzedWord>.AlternateLookup<ReadOnlySpan<char>> knownLookup;

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
    private static readonly HashSet<string> CourseWords =
    [
        "kurs", "kurse", "lehrgang", "lehrgaenge", "seminar", "seminare", "schulung", "schulungen", "training", "trainings", "workshop", "workshops",
        "schein", "weiterbildung", "weiterbildungen", "fortbildung", "qualifizierung", "modul", "module",
    ];

    /// <param name="vocabulary">The texts of the model: their words make the decompounder's vocabulary and are analysed once.</param>
    public LinkingAnalyzer(IEnumerable<string?> vocabulary)
    {
        var words = vocabulary.SelectMany(text => GermanText.Words(PlainText(text ?? ""))).ToList();
        decompounder = new Decompounder(words.Select(GermanText.Fold).Concat(CourseWords));
        known = new Dictionary<string, AnalyzedWord>(StringComparer.Ordinal);
        foreach (var word in words) known.TryAdd(word, AnalyzeWord(word));
        knownLookup = known.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Adds the terms of a text; <paramref name="seen"/> keeps the analysis of words already met in the same offer or competency.</summary>
    public void Analyze(string? text, List<LinkTerm> into, Dictionary<string, AnalyzedWord> seen)
    {
        var plain = PlainText(text ?? "");
        List<string>? truncated = null;
        var start = -1;
        for (var i = 0; i <= plain.Length; i++)
        {
            if (i < plain.Length && char.IsLetterOrDigit(plain[i]))
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            var span = plain.AsSpan(start, i - start);
            start = -1;
            var word = Lookup(span, seen, out var analyzed);
            Emit(analyzed, word, into);
            // "Lager- und Fördertechnik" also means "Lagertechnik": a truncated word takes the head of the compound that ends the list.
            if (i + 1 < plain.Length && plain[i] == '-' && (char.IsWhiteSpace(plain[i + 1]) || plain[i + 1] == ',')) (truncated ??= []).Add(word);
            else if (truncated is { Count: > 0 } && !ConjunctionLookup.Contains(span))
            {
                var parts = decompounder.Split(GermanText.Fold(word));
                if (parts.Count > 0)
                    foreach (var modifier in truncated)
                    {
                        Lookup(modifier + parts[^1], seen, out var completed);
                        Emit(completed, modifier + "-", into);
                    }
                truncated.Clear();
            }
        }
    }

    /// <summary>A word and its analysis; the word as the model spells it, so that known words need no new string.</summary>
    private string Lookup(ReadOnlySpan<char> span, Dictionary<string, AnalyzedWord> seen, out AnalyzedWord analyzed)
    {
        if (knownLookup.TryGetValue(span, out var word, out var found) || seen.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out word, out found))
        {
            analyzed = found;
            return word;
        }
        word = span.ToString();
        seen[word] = analyzed = AnalyzeWord(word);
        return word;
    }

    private static void Emit(AnalyzedWord analyzed, string asWritten, List<LinkTerm> into)
    {
        if (analyzed.Term is null) return;
        into.Add(new LinkTerm(analyzed.Term, asWritten, 1));
        foreach (var part in analyzed.Parts) into.Add(new LinkTerm(part, asWritten, analyzed.PartWeight));
    }

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase) { "und", "oder", "sowie", "bis", "bzw" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConjunctionLookup = Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>();

    private AnalyzedWord AnalyzeWord(string word)
    {
        var folded = GermanText.Fold(word);
        if (folded.Length < 2 || GermanText.IsStopWord(folded) || GeneralWords.Contains(folded) || CourseWords.Contains(folded) || (folded.Length < 3 && char.IsDigit(folded[0])))
            return AnalyzedWord.None;
        var term = GermanText.Stem(folded);
        if (folded.Length < MinCompound) return new AnalyzedWord(term, [], PartWeight);
        var split = decompounder.Split(folded);
        if (split.Count == 0) return new AnalyzedWord(term, [], PartWeight);
        var parts = new List<string>(split.Count);
        var courseWord = false;
        foreach (var part in split)
        {
            if (CourseWords.Contains(part)) courseWord = true;
            else if (!GermanText.IsStopWord(part) && !GeneralWords.Contains(part) && GermanText.Stem(part) is var stem && stem != term && !parts.Contains(stem)) parts.Add(stem);
        }
        // "Staplerschein" is all about the Stapler: next to a course word, the one other part says as much as the word.
        return new AnalyzedWord(term, [.. parts], parts.Count == 1 && courseWord ? 1 : PartWeight);
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
