namespace Weiterbildungsraum.Domain.Text;

/// <summary>
/// Splits German compounds into parts known from a vocabulary, without a dictionary file: "lagerlogistik" → lager, logistik;
/// "loetkurs" → loet, kurs; "staplerfahrer" → stapler, fahrer. Known parts are the vocabulary's words, their stems, and
/// heads that several of its compounds share ("gabelstapler" and "schubmaststapler" → stapler); linking letters (Fugen-s,
/// -es, -n, -en, -e) may join parts. Of several splits the one whose parts are most frequent in the vocabulary wins
/// (geometric mean, as Koehn and Knight, "Empirical Methods for Compound Splitting", 2003). A word of no known parts that
/// ends in a shared head still yields that head ("gabel", "stapler"). Immutable and safe to share between threads.
/// </summary>
public sealed class Decompounder
{
    private const int MinPart = 4, MinHead = 6, MaxParts = 4;
    // A part known only as a stem ("loet" of "loeten") counts half a word form.
    private static readonly double StemOnlyPenalty = Math.Log(2);
    private static readonly string[] LinkingLetters = ["", "s", "es", "n", "en", "e"];
    // Shared endings such as "lichkeit" or "ationen" are derivation, not a head: no word begins that way.
    private static readonly string[] DerivationStarts = ["ung", "heit", "keit", "lich", "isch", "ier", "tion", "ation", "itaet", "schaft", "bar"];
    private static readonly string[] Inflections = ["en", "er", "es", "e", "s", "n"];
    private readonly Dictionary<string, int> words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> stems = new(StringComparer.Ordinal);
    private readonly HashSet<string> headStems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordLookup, stemLookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> headLookup;
    // The first letters of every known part: most places in a word start none, and need not be looked at further.
    private readonly HashSet<string> beginnings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> beginningLookup;

    /// <param name="foldedWords">The vocabulary's words as <see cref="GermanText.Fold"/> gives them, each occurrence once.</param>
    public Decompounder(IEnumerable<string> foldedWords)
    {
        foreach (var word in foldedWords)
            if (word.Length >= MinPart && char.IsLetter(word[0])) words[word] = words.GetValueOrDefault(word) + 1;
        foreach (var (head, count) in SharedHeads(words.Keys.ToList()))
        {
            words[head] = words.GetValueOrDefault(head) + count;
            headStems.Add(GermanText.Stem(head));
        }
        foreach (var (word, count) in words)
        {
            var stem = GermanText.Stem(word);
            stems[stem] = stems.GetValueOrDefault(stem) + count;
        }
        foreach (var known in words.Keys.Concat(stems.Keys)) beginnings.Add(known[..MinPart]);
        wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        stemLookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        headLookup = headStems.GetAlternateLookup<ReadOnlySpan<char>>();
        beginningLookup = beginnings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The parts of a folded word as they stand in it (without linking letters), or none when it is no compound of known parts.</summary>
    public IReadOnlyList<string> Split(string folded)
    {
        var n = folded.Length;
        if (n < 2 * MinPart) return [];
        // best[i * (MaxParts + 1) + k]: the highest sum of log frequencies of folded[i..] split into k parts; its first part ends at end[], the next starts at next[].
        var cells = (n + 1) * (MaxParts + 1);
        Span<double> best = cells <= 512 ? stackalloc double[cells] : new double[cells];
        Span<int> end = cells <= 512 ? stackalloc int[cells] : new int[cells];
        Span<int> next = cells <= 512 ? stackalloc int[cells] : new int[cells];
        best.Fill(double.NegativeInfinity);
        var text = folded.AsSpan();
        for (var i = n - MinPart; i >= 0; i--)
        {
            if (!beginningLookup.Contains(text.Slice(i, MinPart))) continue;
            if (i > 0) best[i * (MaxParts + 1) + 1] = Last(text[i..]);
            for (var j = i + MinPart; j <= n - MinPart; j++)
            {
                var modifier = Modifier(text[i..j]);
                if (double.IsNegativeInfinity(modifier)) continue;
                foreach (var linking in LinkingLetters)
                {
                    var start = j + linking.Length;
                    if (n - start < MinPart || !text[j..].StartsWith(linking, StringComparison.Ordinal)) continue;
                    for (var k = 2; k <= MaxParts; k++)
                    {
                        var candidate = modifier + best[start * (MaxParts + 1) + k - 1];
                        var cell = i * (MaxParts + 1) + k;
                        if (candidate > best[cell])
                        {
                            best[cell] = candidate;
                            end[cell] = j;
                            next[cell] = start;
                        }
                    }
                }
            }
        }
        var parts = 0;
        var mean = double.NegativeInfinity;
        for (var k = 2; k <= MaxParts; k++)
            if (best[k] / k > mean)
            {
                mean = best[k] / k;
                parts = k;
            }
        if (parts == 0) return Head(folded);
        var result = new string[parts];
        for (int i = 0, k = parts, p = 0; k > 0; k--, p++)
        {
            var cell = i * (MaxParts + 1) + k;
            result[p] = k == 1 ? folded[i..] : folded[i..end[cell]];
            i = next[cell];
        }
        return result;
    }

    /// <summary>"gabelstaplern": the vocabulary knows no "gabel", but "stapler" is a head several of its compounds share.</summary>
    private string[] Head(string folded)
    {
        var stem = folded.AsSpan(0, GermanText.StemLength(folded));
        for (var i = MinPart; i <= stem.Length - (MinHead - 1); i++)
            if (headLookup.Contains(stem[i..])) return [folded[..i], folded[i..]];
        return [];
    }

    private double Modifier(ReadOnlySpan<char> part) =>
        wordLookup.TryGetValue(part, out var count) ? Math.Log(count)
        : stemLookup.TryGetValue(part, out count) || stemLookup.TryGetValue(part[..GermanText.StemLength(part)], out count) ? Math.Log(count) - StemOnlyPenalty
        : double.NegativeInfinity;

    /// <summary>A compound ends in a word, perhaps inflected ("staplern"); a bare stem such as "tlich" is no end.</summary>
    private double Last(ReadOnlySpan<char> part)
    {
        if (wordLookup.TryGetValue(part, out var count)) return Math.Log(count);
        foreach (var ending in Inflections)
            if (part.Length - ending.Length >= MinPart && part.EndsWith(ending, StringComparison.Ordinal) && wordLookup.TryGetValue(part[..^ending.Length], out count))
                return Math.Log(count) - StemOnlyPenalty;
        return double.NegativeInfinity;
    }

    /// <summary>
    /// Endings of at least <see cref="MinHead"/> letters that two or more words share after different letters: where
    /// compounds of the vocabulary agree on a head they need not spell alone.
    /// </summary>
    private static IEnumerable<(string Head, int Count)> SharedHeads(IReadOnlyList<string> vocabulary)
    {
        var tails = new Dictionary<string, (int Count, char Before, bool Mixed)>(StringComparer.Ordinal);
        foreach (var word in vocabulary)
            for (var i = MinPart; i <= word.Length - MinHead; i++)
            {
                var tail = word[i..];
                var before = word[i - 1];
                tails[tail] = tails.TryGetValue(tail, out var seen) ? (seen.Count + 1, seen.Before, seen.Mixed || seen.Before != before) : (1, before, false);
            }
        return tails.Where(t => t.Value.Count >= 2 && t.Value.Mixed && !LooksDerived(t.Key)).Select(t => (t.Key, t.Value.Count));
    }

    // "tlichen", "ftlichen", "erungen": a derivation ending within the first three letters.
    private static bool LooksDerived(string tail) =>
        DerivationStarts.Any(d => Enumerable.Range(0, 3).Any(i => tail.AsSpan(i).StartsWith(d, StringComparison.Ordinal)));
}
