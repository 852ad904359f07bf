using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using F = Weiterbildungsraum.Web.Features.Search.SearchIndexStore.Fields;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>A word as typed, its query, and whether any offer in the index matches it at all.</summary>
public sealed record QueryWord(string Typed, Query Query, bool Matches);

/// <summary>The words of a search; the strict query (every matching word) and the relaxed one (any) are null when no word matches.</summary>
public sealed record BuiltQuery(IReadOnlyList<QueryWord> Words, Query? Strict, Query? Relaxed);

/// <summary>
/// Turns the words people type into a Lucene query (docs/decisions/014-german-queries.md). Each word matches its stem,
/// and more loosely: inside compounds of the index vocabulary ("kran" → "brückenkranführer"), split into known parts
/// that may stand apart in the offer ("Qualitätsprüfung" → "Prüfung der Qualität"), with typos as Elasticsearch's AUTO
/// fuzziness (none up to 3 letters, one edit for 4–5, two for longer words) when it is no known word, and through synonyms.
/// Course words say nothing about the topic: "Kurs" is dropped, "Lötkurs" searches "löt".
/// The best of three tiers counts per word — the title, the competency names and summary, the rest of the text and
/// synonyms — so a title match ranks above an offer that repeats the word or its synonyms in a long description.
/// A word's query is built once per index reader and kept: its typo variants are already looked up (building the
/// Levenshtein automata was most of a search's processor time) and its terms carry their statistics.
/// </summary>
public sealed class OfferQueryBuilder(SearchIndexStore store, SynonymTable synonyms, IReadOnlySet<string>? modelVocabulary = null, GermanWordList? words = null)
{
    private const int MinPartLength = 4;
    private const int MinTopicLength = 3;
    private const int MaxExpansions = 64;
    private const int MaxPartExpansions = 32;
    /// <summary>Scores of a split compound's parts found together, of the order of a rare word's score in the title and in the text.</summary>
    private const float NearInTitle = 30f, NearInText = 3f;
    private const int MaxCachedWords = 20_000;
    /// <summary>Parts of a split compound must stand this close in the offer ("Prüfung der Qualität").</summary>
    private const int PartSlop = 6;
    /// <summary>What the other tiers add to the best one: enough to order equal titles by their text, too little to beat a title.</summary>
    private const float TierTieBreaker = 0.1f;

    private readonly GermanWordList german = words ?? GermanWordList.Shipped;
    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string Term, string Surface, string? Whole), QueryWord>> wordsByReader = new();

    /// <summary>The query for a search text (words separated by spaces); null when no word is left to search for.</summary>
    public BuiltQuery? Build(string text, IndexSearcher searcher) =>
        Build(text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), searcher);

    public BuiltQuery? Build(IReadOnlyList<string> typed, IndexSearcher searcher)
    {
        var entries = Entries(typed);
        if (entries.Count == 0) return null;
        var stems = entries.Select(e => e.Stem).ToList();
        var units = new List<QueryWord>();
        var unitEntries = new List<List<Entry>>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var start = i;
            Query query;
            bool matches;
            if (synonyms.MultiWordAt(stems, i) is { } multi)
            {
                // The words as typed still count (compounds, typos); the synonyms of the whole label widen the match.
                var typedWords = new BooleanQuery();
                for (var j = i; j < i + multi.Member.Length; j++)
                    if (seen.Add(stems[j])) typedWords.Add(WordOf(entries[j], searcher).Query, Occur.MUST);
                var label = MultiWordQuery(multi.Member, multi.Alternatives);
                if (typedWords.Clauses.Count > 0) label.Add(typedWords, Occur.SHOULD);
                query = label;
                matches = AnyMatch(searcher, query);
                i += multi.Member.Length - 1;
            }
            else
            {
                if (!seen.Add(stems[i])) continue;
                // The analysed terms of one typed word ("CO2-Bilanz") belong together: all of them, or the word matches nothing.
                var j = i;
                while (j + 1 < entries.Count && entries[j + 1].Token == entries[i].Token && synonyms.MultiWordAt(stems, j + 1) is null) j++;
                if (j == i)
                {
                    var word = WordOf(entries[i], searcher);
                    (query, matches) = (word.Query, word.Matches);
                }
                else
                {
                    var all = new BooleanQuery();
                    for (var k = i; k <= j; k++)
                        if (k == i || seen.Add(stems[k])) all.Add(WordOf(entries[k], searcher).Query, Occur.MUST);
                    (query, matches) = (all, AnyMatch(searcher, all));
                }
                i = j;
            }
            var tokens = entries.Skip(start).Take(i - start + 1).Select(e => e.Token).Distinct();
            units.Add(new QueryWord(string.Join(' ', tokens.Select(t => typed[t])), query, matches));
            unitEntries.Add(entries.GetRange(start, i - start + 1));
        }

        var matching = units.Select((u, k) => (u, k)).Where(x => x.u.Matches).ToList();
        if (matching.Count == 0) return new BuiltQuery(units, null, null);
        var strict = new BooleanQuery();
        var relaxed = new BooleanQuery { MinimumNumberShouldMatch = 1 };
        foreach (var (unit, _) in matching)
        {
            strict.Add(unit.Query, Occur.MUST);
            relaxed.Add(unit.Query, Occur.SHOULD);
        }
        var phraseTerms = matching.SelectMany(m => unitEntries[m.k]).Select(e => (e.Stem, e.Position)).ToList();
        if (phraseTerms.Count > 1)
            foreach (var phrase in Phrases(phraseTerms))
            {
                strict.Add(phrase, Occur.SHOULD);
                relaxed.Add(phrase, Occur.SHOULD);
            }
        return new BuiltQuery(units, strict, relaxed);
    }

    /// <summary>One analysed term of the query: its stem, its surface form, which typed word it came from, and the whole compound when a course head was cut off.</summary>
    private sealed record Entry(string Stem, string Surface, int Position, int Token, string? Whole);

    private List<Entry> Entries(IReadOnlyList<string> typed)
    {
        var entries = new List<Entry>();
        var generic = new List<bool>();
        var offset = 0;
        for (var t = 0; t < typed.Count; t++)
        {
            var stems = GermanSearchAnalyzer.Terms(store.Analyzer, F.All, typed[t]);
            var surfaces = GermanSearchAnalyzer.Terms(store.SurfaceAnalyzer, F.All, typed[t]);
            if (surfaces.Count != stems.Count) surfaces = stems;
            for (var k = 0; k < stems.Count; k++)
            {
                var (stem, position) = stems[k];
                var surface = surfaces[k].Term;
                string? whole = null;
                if (CourseWords.TopicOf(surface) is { Length: >= MinTopicLength } topic)
                {
                    whole = stem;
                    surface = topic;
                    stem = GermanSearchAnalyzer.Stem(topic);
                }
                entries.Add(new Entry(stem, surface, offset + position, t, whole));
                generic.Add(whole is null && CourseWords.IsGeneric(surfaces[k].Term));
            }
            offset += stems.Count == 0 ? 1 : stems[^1].Position + 1;
        }
        // "Excel Kurs" searches Excel; "Kurs" alone asks for any course, as browsing does.
        return entries.Where((_, i) => !generic[i]).ToList();
    }

    /// <summary>The query of one word, from the cache of the searcher's reader; a new reader starts an empty cache.</summary>
    private QueryWord WordOf(Entry entry, IndexSearcher searcher)
    {
        var cache = wordsByReader.GetValue(searcher.IndexReader, _ => new());
        var key = (entry.Stem, entry.Surface, entry.Whole);
        if (cache.TryGetValue(key, out var cached)) return cached;
        if (cache.Count >= MaxCachedWords) cache.Clear();
        // Rewriting turns the typo variants into the index terms they match, so later searches skip the automata.
        var query = searcher.Rewrite(BuildWordQuery(entry, searcher));
        return cache[key] = new QueryWord(entry.Surface, query, AnyMatch(searcher, query));
    }

    private static bool AnyMatch(IndexSearcher searcher, Query query)
    {
        var weight = searcher.CreateNormalizedWeight(query);
        foreach (var leaf in searcher.IndexReader.Leaves)
            if (weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs) is { } scorer && scorer.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) return true;
        return false;
    }

    private Query BuildWordQuery(Entry entry, IndexSearcher searcher)
    {
        var (term, surface) = (entry.Stem, entry.Surface);
        var vocabulary = store.Vocabulary(searcher);
        var known = new KnownWords(vocabulary.Set, modelVocabulary, german);
        var reader = searcher.TopReaderContext;
        TermQuery Exact(string field, string text, float boost = 1f)
        {
            var t = new Term(field, text);
            return new TermQuery(t, TermContext.Build(reader, t)) { Boost = boost };
        }

        var title = new BooleanQuery(disableCoord: true) { { Exact(F.Title, term, 10f), Occur.SHOULD } };
        var fields = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in (ReadOnlySpan<(string, float)>)[(F.Competencies, 3f), (F.Summary, 2f), (F.Provider, 2f), (F.Qualification, 1.5f)])
            fields.Add(Exact(field, term, boost), Occur.SHOULD);
        var text = new BooleanQuery(disableCoord: true);
        foreach (var field in (ReadOnlySpan<string>)[F.Content, F.Target, F.Towns])
            text.Add(Exact(field, term), Occur.SHOULD);
        if (entry.Whole is { } whole)
        {
            title.Add(Exact(F.Title, whole, 10f), Occur.SHOULD);
            text.Add(Exact(F.All, whole), Occur.SHOULD);
        }
        var expansions = Containing(ContainmentKey(term, surface), vocabulary.Terms);
        foreach (var expansion in expansions)
        {
            title.Add(Exact(F.Title, expansion, 5f), Occur.SHOULD);
            text.Add(Exact(F.All, expansion, 0.6f), Occur.SHOULD);
        }
        if (!known.IsKnown(term) && !known.IsKnown(surface) && Edits(surface) is > 0 and var edits)
        {
            title.Add(new FuzzyQuery(new Term(F.Title, term), edits, prefixLength: 1) { Boost = 3f }, Occur.SHOULD);
            text.Add(new FuzzyQuery(new Term(F.All, term), edits, prefixLength: 1) { Boost = 0.4f }, Occur.SHOULD);
        }
        if (Split(surface, known) is { Count: > 1 } parts)
        {
            title.Add(Near(F.Title, parts, vocabulary.Terms, NearInTitle), Occur.SHOULD);
            text.Add(Near(F.All, parts, vocabulary.Terms, NearInText), Occur.SHOULD);
        }
        foreach (var alternative in synonyms.For(term))
        {
            title.Add(Alternative(alternative, F.Title, 4f), Occur.SHOULD);
            text.Add(Alternative(alternative, F.All, 0.8f), Occur.SHOULD);
        }
        return new DisjunctionMaxQuery(TierTieBreaker) { title, fields, text };
    }

    /// <summary>Elasticsearch's AUTO fuzziness: no edit up to three letters, one for four and five, two for longer words.</summary>
    internal static int Edits(string word) => word.Length <= 3 ? 0 : word.Length <= 5 ? 1 : 2;

    /// <summary>
    /// The parts of a compound near each other in any order, each also inside a longer word ("Prüfung der Qualitätssicherung").
    /// A constant score: a span query's weight adds up the rarity of every term it may match, which would let a long list of
    /// expansions outweigh a word found as typed.
    /// </summary>
    private static Query Near(string field, List<(string Stem, string Surface)> parts, string[] vocabulary, float score)
    {
        var clauses = parts.Select(part =>
        {
            var or = new SpanOrQuery(new SpanTermQuery(new Term(field, part.Stem)));
            foreach (var expansion in Containing(ContainmentKey(part.Stem, part.Surface), vocabulary).Take(MaxPartExpansions))
                or.AddClause(new SpanTermQuery(new Term(field, expansion)));
            return (SpanQuery)or;
        }).ToArray();
        return new ConstantScoreQuery(new SpanNearQuery(clauses, PartSlop, inOrder: false)) { Boost = score };
    }

    private static BooleanQuery MultiWordQuery(SynonymPhrase member, List<SynonymPhrase> alternatives)
    {
        var query = new BooleanQuery(disableCoord: true)
        {
            { Phrase(F.Title, member.Pairs, slop: 1, boost: 5f), Occur.SHOULD },
            { Phrase(F.All, member.Pairs, slop: 1, boost: 1f), Occur.SHOULD },
        };
        foreach (var alternative in alternatives)
        {
            query.Add(Alternative(alternative, F.Title, 4f), Occur.SHOULD);
            query.Add(Alternative(alternative, F.All, 0.8f), Occur.SHOULD);
        }
        return query;
    }

    private static Query Alternative(SynonymPhrase alternative, string field, float boost) => alternative.Length == 1
        ? new TermQuery(new Term(field, alternative.Terms[0])) { Boost = boost }
        : Phrase(field, alternative.Pairs, slop: 1, boost: boost);

    /// <summary>Light stemming can cut a word below the length worth looking for inside compounds ("lager" → "lag"); then the surface form is used.</summary>
    private static string ContainmentKey(string stem, string surface) => stem.Length >= MinPartLength ? stem : surface;

    /// <summary>Index terms that hold the word inside them, shortest first (the closest compounds).</summary>
    private static List<string> Containing(string term, string[] vocabulary)
    {
        if (term.Length < MinPartLength) return [];
        var found = new List<string>();
        foreach (var candidate in vocabulary)
            if (candidate.Length > term.Length && candidate.Contains(term, StringComparison.Ordinal))
                found.Add(candidate);
        return found.OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).Take(MaxExpansions).ToList();
    }

    /// <summary>Splits a compound into the fewest known words, allowing the linking letters of German compounds (Fugen-s, -n, -en, -es).</summary>
    internal static List<(string Stem, string Surface)>? Split(string word, KnownWords known)
    {
        if (word.Length < 2 * MinPartLength) return null;
        var best = new List<(string, string)>?[word.Length + 1];
        best[word.Length] = [];
        for (var i = word.Length - MinPartLength; i >= 0; i--)
            for (var j = i + MinPartLength; j <= word.Length; j++)
            {
                if (best[j] is null || (i == 0 && j == word.Length)) continue;
                var part = word[i..j];
                var stem = known.Match(part);
                if (stem is null) continue;
                var candidate = new List<(string, string)> { (stem, part) };
                candidate.AddRange(best[j]!);
                if (best[i] is null || candidate.Count < best[i]!.Count) best[i] = candidate;
            }
        return best[0];
    }

    private static IEnumerable<Query> Phrases(List<(string Term, int Position)> terms)
    {
        yield return Phrase(F.Title, terms, slop: 2, boost: 4f);
        yield return Phrase(F.All, terms, slop: 3, boost: 2f);
    }

    private static PhraseQuery Phrase(string field, IEnumerable<(string Term, int Position)> terms, int slop, float boost)
    {
        var phrase = new PhraseQuery { Slop = slop, Boost = boost };
        var first = -1;
        foreach (var (term, position) in terms)
        {
            if (first < 0) first = position;
            phrase.Add(new Term(field, term), position - first);
        }
        return phrase;
    }

    /// <summary>Words a compound part may be: the index vocabulary (stems), the competency model's words and the German word list (surface forms).</summary>
    internal sealed class KnownWords(HashSet<string> index, IReadOnlySet<string>? model, GermanWordList german)
    {
        /// <summary>The index term a compound part stands for: the part itself, without its linking letters, or its stem.</summary>
        public string? Match(string part)
        {
            if (IsKnown(part)) return IndexForm(part);
            foreach (var fuge in (string[])["s", "es", "n", "en"])
                if (part.Length - fuge.Length >= MinPartLength && part.EndsWith(fuge, StringComparison.Ordinal) && IsKnown(part[..^fuge.Length]))
                    return IndexForm(part[..^fuge.Length]);
            var stem = GermanSearchAnalyzer.Stem(part);
            return stem != part && IsKnown(stem) ? stem : null;
        }

        public bool IsKnown(string word) => index.Contains(word) || model?.Contains(word) == true || german.Contains(word);

        /// <summary>Index and model words are stems already; a word of the list is stemmed like the index.</summary>
        private string IndexForm(string word) => index.Contains(word) || model?.Contains(word) == true ? word : GermanSearchAnalyzer.Stem(word);
    }
}
