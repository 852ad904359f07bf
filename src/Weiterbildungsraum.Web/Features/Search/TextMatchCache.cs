using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>Every offer a text query matches, with its score, per segment (documents in the order Lucene collected them).</summary>
public sealed record TextMatches(int[][] Docs, float[][] Scores, int Count);

/// <summary>
/// The text matches of a query, worked out once per state of the index and kept, like a word's query: people search the
/// same words with ever other filters, places and pages (every facet click is a new search), and matching and scoring
/// thousands of offers is most of such a search's processor time. Filters, facets, distance and order still run on every
/// search, over the kept matches. A change to the index opens a new reader, which starts with nothing kept. Bounded by the
/// number of kept matches, not of queries: a word that matches everything costs what it weighs.
/// </summary>
public sealed class TextMatchCache
{
    private const int MaxKeptMatches = 4_000_000;
    /// <summary>Queries that match nothing weigh nothing; this bounds them too (anyone can send ever new words).</summary>
    private const int MaxKeptQueries = 10_000;

    private readonly ConditionalWeakTable<IndexReader, Kept> byReader = new();

    private sealed class Kept
    {
        public readonly ConcurrentDictionary<string, TextMatches> Queries = new(StringComparer.Ordinal);
        public int Matches;
    }

    public TextMatches Of(IndexSearcher searcher, Query query, string key)
    {
        var kept = byReader.GetValue(searcher.IndexReader, _ => new Kept());
        if (kept.Queries.TryGetValue(key, out var matches)) return matches;
        var collector = new Collector(searcher.IndexReader.Leaves.Count);
        searcher.Search(query, collector);
        matches = collector.Result();
        if (Interlocked.Add(ref kept.Matches, matches.Count) > MaxKeptMatches || kept.Queries.Count >= MaxKeptQueries)
        {
            kept.Queries.Clear();
            Interlocked.Exchange(ref kept.Matches, matches.Count);
        }
        return kept.Queries[key] = matches;
    }

    private sealed class Collector(int segments) : ICollector
    {
        private readonly List<int>[] docs = Enumerable.Range(0, segments).Select(_ => new List<int>()).ToArray();
        private readonly List<float>[] scores = Enumerable.Range(0, segments).Select(_ => new List<float>()).ToArray();
        private Scorer scorer = null!;
        private int segment;

        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) => this.scorer = scorer;
        public void SetNextReader(AtomicReaderContext context) => segment = context.Ord;

        public void Collect(int doc)
        {
            docs[segment].Add(doc);
            scores[segment].Add(scorer.GetScore());
        }

        public TextMatches Result() => new([.. docs.Select(d => d.ToArray())], [.. scores.Select(s => s.ToArray())], docs.Sum(d => d.Count));
    }
}
