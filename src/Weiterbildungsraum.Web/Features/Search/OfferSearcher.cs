using Lucene.Net.Index;
using Lucene.Net.Search;
using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>
/// Runs a search: Lucene finds and scores the text matches, the cached facts decide filters, facets, distance and order.
/// An offer matches when at least one of its sessions meets every session filter (date, format, place) at once.
/// The loop over the matches is written without LINQ: browsing all 100k offers must stay within milliseconds.
/// </summary>
public sealed class OfferSearcher(SearchIndexStore store, OfferQueryBuilder queries, PlaceDirectory places)
{
    private const int MaxFacetValues = 30;
    private static readonly OfferFormat[] AllFormats = Enum.GetValues<OfferFormat>();

    public OfferSearchResult Search(OfferSearchRequest request, DateOnly today) => store.Search(searcher =>
    {
        var notes = new List<string>();
        var (origin, placeText) = Origin(request, notes);
        var hits = TextHits(request.Q, searcher, notes);
        var from = request.From is { } f && f > today ? f : today;
        var formatMask = 0;
        foreach (var format in request.Formats) formatMask |= Bit(format);
        var placeKey = placeText is null ? null : PlaceDirectory.TownKey(placeText);

        var matches = new List<Match>();
        var facets = new FacetCounter();
        foreach (var (facts, score) in hits)
        {
            if (!OfferFiltersPass(facts, request)) continue;
            var eligibleFormats = 0;
            SessionFacts? next = null;
            var nextFormats = 0;
            var distance = double.MaxValue;
            foreach (var s in facts.Sessions)
            {
                if (s.Start < from || (request.To is { } to && s.Start > to)) continue;
                var d = double.MaxValue;
                if (placeKey is not null)
                {
                    if (s.Postcode != placeText && !PlaceDirectory.TownKey(s.Town).Contains(placeKey, StringComparison.Ordinal)) continue;
                }
                else if (origin is { } o)
                {
                    // A degree of latitude is never shorter than 110.5 km: a cheap bound before the trigonometry.
                    if (s.Latitude is { } lat && !(request.RadiusKm is { } r && Math.Abs(lat - o.Latitude) * 110.5 > r))
                        d = o.DistanceKmTo(new GeoPoint(lat, s.Longitude!.Value));
                    if (request.RadiusKm is { } radius && d > radius) continue;
                }
                eligibleFormats |= Bit(s.Format);
                if (formatMask != 0 && (formatMask & Bit(s.Format)) == 0) continue;
                nextFormats |= Bit(s.Format);
                if (next is null || s.Start < next.Start) next = s;
                if (d < distance) distance = d;
            }
            if (next is null) continue;
            facets.Add(facts, eligibleFormats);
            matches.Add(new Match(facts, score, next, distance == double.MaxValue ? null : distance, nextFormats));
        }

        var wanted = Math.Min(matches.Count, request.Page * request.PageSize);
        var items = Top(matches, Comparer(request.Sort), wanted).Skip((request.Page - 1) * request.PageSize).Select(ToHit).ToList();
        return new OfferSearchResult(matches.Count, items, facets.Result(), notes.Count == 0 ? null : string.Join(" ", notes));
    });

    private static int Bit(OfferFormat format) => 1 << (int)format;

    private static Comparison<Match> Comparer(OfferSort sort) => sort switch
    {
        OfferSort.Date => (a, b) => Chain(a.Next.Start.CompareTo(b.Next.Start), b.Score.CompareTo(a.Score), a, b),
        OfferSort.Distance => (a, b) => Chain((a.DistanceKm ?? double.MaxValue).CompareTo(b.DistanceKm ?? double.MaxValue), a.Next.Start.CompareTo(b.Next.Start), a, b),
        OfferSort.Price => (a, b) => Chain(a.Facts.Price.CompareTo(b.Facts.Price), a.Next.Start.CompareTo(b.Next.Start), a, b),
        _ => (a, b) => Chain(b.Score.CompareTo(a.Score), a.Next.Start.CompareTo(b.Next.Start), a, b),
    };

    private static int Chain(int first, int second, Match a, Match b) => first != 0 ? first : second != 0 ? second : a.Facts.Id.CompareTo(b.Facts.Id);

    /// <summary>The first <paramref name="count"/> in order, without sorting everything (a bounded heap).</summary>
    private static List<Match> Top(List<Match> matches, Comparison<Match> comparison, int count)
    {
        if (count == 0) return [];
        var worstFirst = Comparer<Match>.Create((a, b) => comparison(b, a));
        var heap = new PriorityQueue<Match, Match>(count + 1, worstFirst);
        foreach (var m in matches)
        {
            if (heap.Count < count) heap.Enqueue(m, m);
            else if (comparison(m, heap.Peek()) < 0) heap.EnqueueDequeue(m, m);
        }
        var top = new List<Match>(heap.Count);
        while (heap.Count > 0) top.Add(heap.Dequeue());
        top.Reverse();
        return top;
    }

    private (GeoPoint? Origin, string? PlaceText) Origin(OfferSearchRequest request, List<string> notes)
    {
        if (request.Postcode is { } postcode)
        {
            if (places.ByPostcode(postcode) is { } place) return (place.Point, null);
            notes.Add($"Die Postleitzahl {postcode} liegt nicht in unserer Ortstabelle; gezeigt werden Angebote mit Terminen unter dieser Postleitzahl, ohne Entfernung.");
            return (null, postcode);
        }
        if (request.Town is { } town)
        {
            if (places.ByTown(town) is { } place) return (place.Point, null);
            notes.Add($"Den Ort „{town}“ kennen wir nicht; gezeigt werden Angebote mit Terminen an Orten dieses Namens, ohne Entfernung.");
            return (null, town);
        }
        return (null, null);
    }

    private static bool OfferFiltersPass(OfferFacts facts, OfferSearchRequest r)
    {
        if (r.TimeModel is { } model && facts.TimeModel != model) return false;
        if (r.MinHours is { } min && facts.Hours < min) return false;
        if (r.MaxHours is { } max && facts.Hours > max) return false;
        if (r.MaxPrice is { } price && facts.Price > price) return false;
        if (r.Provider is { } provider && facts.ProviderId != provider) return false;
        foreach (var route in r.Funding)
            if (!facts.Funding.Contains(route)) return false;
        foreach (var key in r.Competencies)
            if (!HasKey(facts.Competencies, key)) return false;
        return r.Family is null || HasKey(facts.Families, r.Family);
    }

    private static bool HasKey(IReadOnlyList<KeyName> list, string key)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i].Key == key) return true;
        return false;
    }

    private List<(OfferFacts Facts, float Score)> TextHits(string? text, IndexSearcher searcher, List<string> notes)
    {
        var built = string.IsNullOrWhiteSpace(text) ? null : queries.Build(text, searcher);
        if (built is null) return store.AllFacts(searcher);
        var hits = Collect(searcher, built.Value.Strict);
        if (hits.Count == 0)
        {
            hits = Collect(searcher, built.Value.Relaxed);
            if (hits.Count > 0) notes.Add("Kein Angebot enthält alle Suchwörter; gezeigt werden Angebote, die einige davon enthalten.");
        }
        return hits;
    }

    private List<(OfferFacts, float)> Collect(IndexSearcher searcher, Query query)
    {
        var collector = new AllHitsCollector(store);
        searcher.Search(query, collector);
        return collector.Hits;
    }

    private static OfferHit ToHit(Match m) => new(
        m.Facts.Id, m.Facts.Title, new ProviderRef(m.Facts.ProviderId, m.Facts.ProviderName),
        m.Next.Format == OfferFormat.Online ? "Online" : m.Next.Town,
        AllFormats.Where(f => (m.Formats & Bit(f)) != 0).Select(f => OfferSearchRequest.NameOf(OfferSearchRequest.FormatNames, f)).ToList(),
        new NextSession(m.Next.Id, m.Next.Start, m.Next.End, OfferSearchRequest.NameOf(OfferSearchRequest.FormatNames, m.Next.Format), m.Next.Town is "" ? null : m.Next.Town),
        m.Facts.Price, m.Facts.Hours, m.Facts.Azav, m.DistanceKm is { } d ? Math.Round(d, 1) : null,
        m.Facts.Competencies.Select(c => new CompetencyRef(c.Key, c.Name)).ToList());

    private sealed record Match(OfferFacts Facts, float Score, SessionFacts Next, double? DistanceKm, int Formats);

    /// <summary>Collects every match with its score; the result set is filtered afterwards, so top-N collection would lose offers.</summary>
    private sealed class AllHitsCollector(SearchIndexStore store) : ICollector
    {
        private Scorer? scorer;
        private AtomicReader? segment;
        private OfferFacts?[] facts = [];
        public List<(OfferFacts, float)> Hits { get; } = [];
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) => this.scorer = scorer;
        public void SetNextReader(AtomicReaderContext context)
        {
            segment = context.AtomicReader;
            facts = store.SegmentFacts(segment);
        }
        public void Collect(int doc) => Hits.Add((store.FactsOf(facts, segment!, doc), scorer!.GetScore()));
    }

    private sealed class FacetCounter
    {
        private readonly int[] formats = new int[AllFormats.Length];
        private readonly int[] timeModels = new int[Enum.GetValues<TimeModel>().Length];
        private readonly int[] funding = new int[Enum.GetValues<FundingRoute>().Length];
        // Keys are interned by the store, so references identify them.
        private readonly Dictionary<string, (string Name, int Count)> families = new(ReferenceEqualityComparer.Instance), competencies = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<int, (string Name, int Count)> providers = [];

        public void Add(OfferFacts facts, int formatMask)
        {
            for (var f = 0; f < formats.Length; f++)
                if ((formatMask & (1 << f)) != 0) formats[f]++;
            timeModels[(int)facts.TimeModel]++;
            foreach (var r in facts.Funding) funding[(int)r]++;
            foreach (var f in facts.Families) Count(families, f.Key, f.Name);
            foreach (var c in facts.Competencies) Count(competencies, c.Key, c.Name);
            Count(providers, facts.ProviderId, facts.ProviderName);
        }

        private static void Count<TKey>(Dictionary<TKey, (string Name, int Count)> counts, TKey key, string name) where TKey : notnull
        {
            ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out var exists);
            entry = exists ? (entry.Name, entry.Count + 1) : (name, 1);
        }

        public OfferFacets Result() => new(
            OfferSearchRequest.FormatNames.ToDictionary(n => n.Key, n => formats[(int)n.Value]),
            OfferSearchRequest.TimeModelNames.ToDictionary(n => n.Key, n => timeModels[(int)n.Value]),
            OfferSearchRequest.FundingNames.ToDictionary(n => n.Key, n => funding[(int)n.Value]),
            Top(families, k => k), Top(competencies, k => k), Top(providers, k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        private static List<FacetValue> Top<TKey>(Dictionary<TKey, (string Name, int Count)> counts, Func<TKey, string> id) where TKey : notnull =>
            counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.Name, StringComparer.CurrentCulture)
                .Take(MaxFacetValues).Select(c => new FacetValue(id(c.Key), c.Value.Name, c.Value.Count)).ToList();
    }
}
