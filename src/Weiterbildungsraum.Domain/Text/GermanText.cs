using System.Text;

namespace Weiterbildungsraum.Domain.Text;

/// <summary>
/// Small German text analysis for matching: lower case, umlauts folded (ä → ae, ß → ss), words split,
/// stop words dropped and a light suffix stemmer in the spirit of CISTEM, enough to match "Programmierung"
/// with "programmieren" or "Kunden" with "Kunde".
/// </summary>
public static class GermanText
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "aber", "alle", "allen", "als", "also", "am", "an", "auch", "auf", "aus", "bei", "beim", "bis", "das", "dass", "dem", "den", "der",
        "des", "die", "dies", "diese", "diesem", "diesen", "dieser", "durch", "ein", "eine", "einem", "einen", "einer", "eines", "es", "fuer",
        "hat", "ihr", "ihre", "ihren", "im", "in", "ist", "je", "kann", "koennen", "mit", "nach", "nicht", "noch", "nur", "ob", "oder", "ohne",
        "sein", "sich", "sie", "sind", "so", "sowie", "um", "und", "uns", "unter", "vom", "von", "vor", "wenn", "werden", "wie", "wir", "wird",
        "zu", "zum", "zur", "ueber", "z", "b", "bzw", "ca", "sowohl", "damit", "dabei", "welche", "lernen", "teilnehmende", "kurs", "seminar",
    };

    /// <summary>Lower case with umlauts and ß folded, other diacritics removed.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text.Trim().ToLowerInvariant())
        {
            // ASCII has nothing to fold or decompose; most text is ASCII, and the general path allocates per character.
            if (ch < 128)
            {
                sb.Append(ch);
                continue;
            }
            switch (ch)
            {
                case 'ä': sb.Append("ae"); break;
                case 'ö': sb.Append("oe"); break;
                case 'ü': sb.Append("ue"); break;
                case 'ß': sb.Append("ss"); break;
                default:
                    var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
                    foreach (var c in decomposed)
                        if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark) sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Folded words of at least two letters, stop words removed, each stemmed.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        foreach (var word in Words(Fold(text)))
        {
            if (word.Length < 2 || StopWords.Contains(word)) continue;
            yield return Stem(word);
        }
    }

    /// <summary>Whether a folded word is too common in course texts to say what a text is about.</summary>
    public static bool IsStopWord(string folded) => StopWords.Contains(folded);

    /// <summary>The runs of letters and digits of a text, as written.</summary>
    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0) start = i;
            else if (!isWordChar && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Strips common German inflection and derivation endings, keeping at least four letters.</summary>
    public static string Stem(string word)
    {
        var length = StemLength(word);
        return length == word.Length ? word : word[..length];
    }

    /// <summary>How many leading letters of a word its stem keeps: stemming only strips endings, so a stem is always a prefix.</summary>
    public static int StemLength(ReadOnlySpan<char> word)
    {
        if (word.Length <= 4 || AllDigits(word)) return word.Length;
        // An inflection ending first, so that "orientierte" loses its "iert" as "orientierung" loses its "ierung".
        var inflected = StripFirst(word, InflectionSuffixes);
        var derived = StripFirst(inflected, DerivationSuffixes);
        word = derived.Length < inflected.Length ? derived : StripFirst(word, DerivationSuffixes);
        for (var pass = 0; pass < 2; pass++) word = StripFirst(word, InflectionSuffixes);
        return word.Length;
    }

    private static ReadOnlySpan<char> StripFirst(ReadOnlySpan<char> word, string[] suffixes)
    {
        foreach (var suffix in suffixes)
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal)) return word[..^suffix.Length];
        return word;
    }

    private static bool AllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    // Longest first, so "ungen" wins over "en".
    private static readonly string[] DerivationSuffixes = ["ierungen", "ierung", "ungen", "ung", "heiten", "heit", "keiten", "keit", "lichen", "lich", "ischen", "isch", "ieren", "iert"];
    private static readonly string[] InflectionSuffixes = ["ern", "em", "er", "en", "es", "nd", "e", "s", "n", "t"];
}
