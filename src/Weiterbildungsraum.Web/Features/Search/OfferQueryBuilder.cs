using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using F = Weiterbildungsraum.Web.Features.Search.SearchIndexStore.Fields;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>
/// Turns the words people type into a Lucene query. Each word matches its stem in the weighted fields, and
/// more loosely: as part of a compound in the index vocabulary ("kran" → "brückenkranführer"), split into
/// known parts when it is a compound itself ("prozessoptimierung" → "prozess" + "optimierung"), with one typo,
/// and through synonyms (synonyms.txt, ESCO labels, competency names); a multi-word label matches its synonyms as
/// well as its words. Words that appear together as a phrase score higher.
/// A word's query is built once per index reader and kept: its typo variants are already looked up (building the
/// Levenshtein automata was most of a search's processor time) and its terms carry their statistics.
/// </summary>
public sealed class OfferQueryBuilder(SearchIndexStore store, SynonymTable synonyms, IReadOnlySet<string>? modelVocabulary = null)
{
    private const int MinPartLength = 4;
    private const int MaxExpansions = 64;
    private const int MaxCachedWords = 20_000;

    private static readonly (string Field, float Boost)[] WeightedFields =
    [
        (F.Title, 5f), (F.Competencies, 3f), (F.Summary, 2f), (F.Provider, 2f), (F.Qualification, 1.5f),
        (F.Target, 1f), (F.Content, 1f), (F.Towns, 1f),
    ];

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(string Term, string Surface), Query>> wordsByReader = new();

    /// <summary>The strict query (every word) and a relaxed one (any word) for when the strict one finds nothing; null for no words.</summary>
    public (Query Strict, Query Relaxed)? Build(string text, IndexSearcher searcher)
    {
        var terms = GermanSearchAnalyzer.Terms(store.Analyzer, F.All, text);
        if (terms.Count == 0) return null;
        var words = terms.Select(t => t.Term).ToList();

        var strict = new BooleanQuery();
        var relaxed = new BooleanQuery { MinimumNumberShouldMatch = 1 };
        var surfaces = GermanSearchAnalyzer.Terms(store.SurfaceAnalyzer, F.All, text).Select(t => t.Term).ToList();
        if (surfaces.Count != words.Count) surfaces = words;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            Query word;
            if (synonyms.MultiWordAt(words, i) is { } multi)
            {
                // The words as typed still count (compounds, typos); the synonyms of the whole label widen the match.
                var typed = new BooleanQuery();
                for (var j = i; j < i + multi.Member.Length; j++)
                    if (seen.Add(words[j])) typed.Add(WordQuery(words[j], surfaces[j], searcher), Occur.MUST);
                word = MultiWordQuery(multi.Member, multi.Alternatives);
                if (typed.Clauses.Count > 0) ((BooleanQuery)word).Add(typed, Occur.SHOULD);
                i += multi.Member.Length - 1;
            }
            else if (seen.Add(words[i])) word = WordQuery(words[i], surfaces[i], searcher);
            else continue;
            strict.Add(word, Occur.MUST);
            relaxed.Add(word, Occur.SHOULD);
        }
        if (terms.Count > 1)
            foreach (var phrase in Phrases(terms))
            {
                strict.Add(phrase, Occur.SHOULD);
                relaxed.Add(phrase, Occur.SHOULD);
            }
        return (strict, relaxed);
    }

    /// <summary>The query of one word, from the cache of the searcher's reader; a new reader starts an empty cache.</summary>
    private Query WordQuery(string term, string surface, IndexSearcher searcher)
    {
        var cache = wordsByReader.GetValue(searcher.IndexReader, _ => new());
        if (cache.TryGetValue((term, surface), out var cached)) return cached;
        if (cache.Count >= MaxCachedWords) cache.Clear();
        // Rewriting turns the typo variants into the index terms they match, so later searches skip the automata.
        var query = searcher.Rewrite(BuildWordQuery(term, surface, searcher));
        cache[(term, surface)] = query;
        return query;
    }

    private Query BuildWordQuery(string term, string surface, IndexSearcher searcher)
    {
        var vocabulary = store.Vocabulary(searcher);
        var known = new KnownWords(vocabulary.Set, modelVocabulary);
        var reader = searcher.TopReaderContext;
        TermQuery Exact(string field, string text, float boost = 1f)
        {
            var t = new Term(field, text);
            return new TermQuery(t, TermContext.Build(reader, t)) { Boost = boost };
        }

        var word = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in WeightedFields)
            word.Add(Exact(field, term, boost), Occur.SHOULD);
        foreach (var expansion in Containing(ContainmentKey(term, surface), vocabulary.Terms))
        {
            word.Add(Exact(F.All, expansion, 0.6f), Occur.SHOULD);
            word.Add(Exact(F.Title, expansion, 2.5f), Occur.SHOULD);
        }
        if (term.Length >= 5)
        {
            word.Add(new FuzzyQuery(new Term(F.All, term), maxEdits: 1, prefixLength: 1) { Boost = 0.4f }, Occur.SHOULD);
            word.Add(new FuzzyQuery(new Term(F.Title, term), maxEdits: 1, prefixLength: 1) { Boost = 1.5f }, Occur.SHOULD);
        }
        if (Split(surface, known) is { Count: > 1 } parts)
        {
            var compound = new BooleanQuery { Boost = 0.7f };
            foreach (var part in parts)
            {
                var partQuery = new BooleanQuery(disableCoord: true) { { Exact(F.All, part.Stem), Occur.SHOULD } };
                foreach (var expansion in Containing(ContainmentKey(part.Stem, part.Surface), vocabulary.Terms))
                    partQuery.Add(Exact(F.All, expansion, 0.6f), Occur.SHOULD);
                compound.Add(partQuery, Occur.MUST);
            }
            word.Add(compound, Occur.SHOULD);
        }
        foreach (var alternative in synonyms.For(term)) word.Add(Alternative(alternative), Occur.SHOULD);
        return word;
    }

    private static BooleanQuery MultiWordQuery(SynonymPhrase member, List<SynonymPhrase> alternatives)
    {
        var query = new BooleanQuery(disableCoord: true) { { Phrase(F.All, member.Pairs, slop: 1, boost: 1f), Occur.SHOULD } };
        foreach (var alternative in alternatives) query.Add(Alternative(alternative), Occur.SHOULD);
        return query;
    }

    private static Query Alternative(SynonymPhrase alternative) => alternative.Length == 1
        ? new TermQuery(new Term(F.All, alternative.Terms[0])) { Boost = 0.8f }
        : Phrase(F.All, alternative.Pairs, slop: 1, boost: 0.8f);

    /// <summary>Light stemming can cut a word below the length worth looking for inside compounds ("lager" → "lag"); then the surface form is used.</summary>
    private static string ContainmentKey(string stem, string surface) => stem.Length >= MinPartLength ? stem : surface;

    /// <summary>Index terms that hold the word inside them, shortest first (the closest compounds).</summary>
    private static IEnumerable<string> Containing(string term, string[] vocabulary)
    {
        if (term.Length < MinPartLength) return [];
        var found = new List<string>();
        foreach (var candidate in vocabulary)
            if (candidate.Length > term.Length && candidate.Contains(term, StringComparison.Ordinal))
                found.Add(candidate);
        return found.OrderBy(c => c.Length).ThenBy(c => c, StringComparer.Ordinal).Take(MaxExpansions);
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

    /// <summary>Words a compound part may be: the index vocabulary and the competency model's words.</summary>
    internal sealed class KnownWords(HashSet<string> words, IReadOnlySet<string>? model)
    {
        /// <summary>The index term a compound part stands for: the part itself, without its linking letters, or its stem.</summary>
        public string? Match(string part)
        {
            if (IsKnown(part)) return part;
            foreach (var fuge in (string[])["s", "es", "n", "en"])
                if (part.Length - fuge.Length >= MinPartLength && part.EndsWith(fuge, StringComparison.Ordinal) && IsKnown(part[..^fuge.Length]))
                    return part[..^fuge.Length];
            var stem = GermanSearchAnalyzer.Stem(part);
            return stem != part && IsKnown(stem) ? stem : null;
        }

        private bool IsKnown(string part) => words.Contains(part) || model?.Contains(part) == true;
    }
}
