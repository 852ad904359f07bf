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

    private static IEnumerable<string> Words(string folded)
    {
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0) start = i;
            else if (!isWordChar && start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Strips common German inflection and derivation endings, keeping at least four letters.</summary>
    public static string Stem(string word)
    {
        if (word.Length <= 4 || word.All(char.IsDigit)) return word;
        foreach (var suffix in DerivationSuffixes)
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                word = word[..^suffix.Length];
                break;
            }
        for (var pass = 0; pass < 2; pass++)
            foreach (var suffix in InflectionSuffixes)
                if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    word = word[..^suffix.Length];
                    break;
                }
        return word;
    }

    // Longest first, so "ungen" wins over "en".
    private static readonly string[] DerivationSuffixes = ["ierungen", "ierung", "ungen", "ung", "heiten", "heit", "keiten", "keit", "lichen", "lich", "ischen", "isch", "ieren", "iert"];
    private static readonly string[] InflectionSuffixes = ["ern", "em", "er", "en", "es", "nd", "e", "s", "n", "t"];
}
