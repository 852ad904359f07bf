using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// "suche-aufschluesselung [offers] [rounds]": where the time of each query of the mixed set goes — building the Lucene
/// query (compound expansion, fuzzy terms), Lucene matching and scoring alone, and the whole search with filters,
/// facets and the page. Processor time of the process, so that other load on the machine inflates it less than wall time.
/// </summary>
public static class SearchBreakdown
{
    /// <summary>The words of the HTTP load test (bench/load/search.lua), without filters, page size 10.</summary>
    public static IReadOnlyList<Web.Features.Search.OfferSearchRequest> LoadWords { get; } =
        new[] { "Gabelstapler", "Lagerlogistik", "CNC", "Energiemanagement", "KI", "Reinraum", "Excel", "Führung", "Kran", "Montage", "SPS",
            "Nachhaltigkeit", "Vertrieb", "Datenschutz", "Instandhaltung", "Schweißen" }
        .Select(q => new Web.Features.Search.OfferSearchRequest { Q = q, PageSize = 10 }).ToList();

    public static void Run(int offers, int rounds, bool loadWords = false)
    {
        using var data = new BenchData(offers);
        var queries = loadWords ? LoadWords : BenchData.MixedQueries;
        for (var i = 0; i < 2 * queries.Count; i++) data.Searcher.Search(queries[i % queries.Count], BenchData.Today);
        Console.WriteLine("Abfrage | Aufbau | Lucene (zählen) | Lucene (mit Score) | ganze Suche | Treffer Text | Treffer gefiltert");
        foreach (var request in queries)
        {
            int textHits = 0, total = 0;
            var build = Cpu(rounds, () => data.Store.Search(s => request.Q is null ? null : data.Queries.Build(request.Q, s)));
            var count = Cpu(rounds, () => textHits = data.Store.Search(s =>
            {
                if (request.Q is null) return s.IndexReader.NumDocs;
                if (data.Queries.Build(request.Q, s)?.Strict is not { } strict) return 0;
                var counter = new Counter(scores: false);
                s.Search(strict, counter);
                return counter.Hits;
            }));
            var scored = Cpu(rounds, () => data.Store.Search(s =>
            {
                if (request.Q is null || data.Queries.Build(request.Q, s)?.Strict is not { } strict) return 0;
                var counter = new Counter(scores: true);
                s.Search(strict, counter);
                return counter.Hits;
            }));
            var whole = Cpu(rounds, () => total = data.Searcher.Search(request, BenchData.Today).Total);
            Console.WriteLine($"„{request.Q}“ | {build:0.00} ms | {count:0.00} ms | {scored:0.00} ms | {whole:0.00} ms | {textHits:N0} | {total:N0}");
        }
    }

    private static double Cpu(int rounds, Action action)
    {
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        for (var i = 0; i < rounds; i++) action();
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds / rounds;
    }

    private sealed class Counter(bool scores) : ICollector
    {
        private Scorer? scorer;
        public int Hits { get; private set; }
        public float Sum { get; private set; }
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) => this.scorer = scorer;
        public void SetNextReader(AtomicReaderContext context) { }
        public void Collect(int doc)
        {
            Hits++;
            if (scores) Sum += scorer!.GetScore();
        }
    }
}
