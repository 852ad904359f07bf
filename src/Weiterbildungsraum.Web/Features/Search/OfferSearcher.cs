using Lucene.Net.Index;
using Lucene.Net.Search;
using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>
/// Runs a search: Lucene finds and scores the text matches, the cached facts decide filters, facets, distance and order.
/// An offer matches when at least one of its sessions meets every session filter (date, format, place) at once.
/// </summary>
public sealed class OfferSearcher(SearchIndexStore store, OfferQueryBuilder queries, PlaceDirectory places)
{
    private const int MaxFacetValues = 30;

    public OfferSearchResult Search(OfferSearchRequest request, DateOnly today) => store.Search(searcher =>
    {
        var notes = new List<string>();
        var (origin, placeText) = Origin(request, notes);
        var hits = TextHits(request.Q, searcher, notes);
        var from = request.From is { } f && f > today ? f : today;

        var matches = new List<Match>();
        var facets = new FacetCounter();
        foreach (var (facts, score) in hits)
        {
            if (!OfferFiltersPass(facts, request)) continue;
            var sessions = facts.Sessions.Where(s => s.Start >= from && (request.To is null || s.Start <= request.To)
                && PlacePasses(s, origin, request.RadiusKm, placeText)).ToList();
            var matching = request.Formats.Count == 0 ? sessions : sessions.Where(s => request.Formats.Contains(s.Format)).ToList();
            if (matching.Count == 0) continue;
            facets.Add(facts, sessions.Select(s => s.Format).Distinct());
            var next = matching.MinBy(s => s.Start)!;
            double? distance = origin is { } o
                ? matching.Where(s => s.Latitude is not null).Select(s => (double?)o.DistanceKmTo(new GeoPoint(s.Latitude!.Value, s.Longitude!.Value))).Min()
                : null;
            matches.Add(new Match(facts, score, next, distance, matching.Select(s => s.Format).Distinct().ToList()));
        }

        IOrderedEnumerable<Match> ordered = request.Sort switch
        {
            OfferSort.Date => matches.OrderBy(m => m.Next.Start).ThenByDescending(m => m.Score),
            OfferSort.Distance => matches.OrderBy(m => m.DistanceKm ?? double.MaxValue).ThenBy(m => m.Next.Start),
            OfferSort.Price => matches.OrderBy(m => m.Facts.Price).ThenBy(m => m.Next.Start),
            _ => matches.OrderByDescending(m => m.Score).ThenBy(m => m.Next.Start),
        };
        var items = ordered.ThenBy(m => m.Facts.Id).Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).Select(ToHit).ToList();
        return new OfferSearchResult(matches.Count, items, facets.Result(), notes.Count == 0 ? null : string.Join(" ", notes));
    });

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

    private static bool PlacePasses(SessionFacts session, GeoPoint? origin, int? radiusKm, string? placeText)
    {
        if (placeText is not null)
            return session.Postcode == placeText || PlaceDirectory.TownKey(session.Town).Contains(PlaceDirectory.TownKey(placeText), StringComparison.Ordinal);
        if (origin is null || radiusKm is null) return true;
        return session.Latitude is not null && origin.Value.DistanceKmTo(new GeoPoint(session.Latitude.Value, session.Longitude!.Value)) <= radiusKm;
    }

    private static bool OfferFiltersPass(OfferFacts facts, OfferSearchRequest r) =>
        (r.TimeModel is null || facts.TimeModel == r.TimeModel)
        && (r.MinHours is null || facts.Hours >= r.MinHours)
        && (r.MaxHours is null || facts.Hours <= r.MaxHours)
        && (r.MaxPrice is null || facts.Price <= r.MaxPrice)
        && r.Funding.All(facts.Funding.Contains)
        && r.Competencies.All(c => facts.Competencies.Any(fc => fc.Key == c))
        && (r.Family is null || facts.Families.Any(f => f.Key == r.Family))
        && (r.Provider is null || facts.ProviderId == r.Provider);

    private List<(OfferFacts Facts, float Score)> TextHits(string? text, IndexSearcher searcher, List<string> notes)
    {
        var built = string.IsNullOrWhiteSpace(text) ? null : queries.Build(text, searcher);
        if (built is null) return Collect(searcher, new MatchAllDocsQuery());
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
        m.Formats.Select(f => OfferSearchRequest.NameOf(OfferSearchRequest.FormatNames, f)).ToList(),
        new NextSession(m.Next.Id, m.Next.Start, m.Next.End, OfferSearchRequest.NameOf(OfferSearchRequest.FormatNames, m.Next.Format), m.Next.Town is "" ? null : m.Next.Town),
        m.Facts.Price, m.Facts.Hours, m.Facts.Azav, m.DistanceKm is { } d ? Math.Round(d, 1) : null,
        m.Facts.Competencies.Select(c => new CompetencyRef(c.Key, c.Name)).ToList());

    private sealed record Match(OfferFacts Facts, float Score, SessionFacts Next, double? DistanceKm, List<OfferFormat> Formats);

    /// <summary>Collects every match with its score; the result set is filtered afterwards, so top-N collection would lose offers.</summary>
    private sealed class AllHitsCollector(SearchIndexStore store) : ICollector
    {
        private Scorer? scorer;
        private AtomicReader? segment;
        public List<(OfferFacts, float)> Hits { get; } = [];
        public bool AcceptsDocsOutOfOrder => true;
        public void SetScorer(Scorer scorer) => this.scorer = scorer;
        public void SetNextReader(AtomicReaderContext context) => segment = context.AtomicReader;
        public void Collect(int doc) => Hits.Add((store.FactsOf(segment!, doc), scorer!.GetScore()));
    }

    private sealed class FacetCounter
    {
        private readonly Dictionary<string, int> formats = OfferSearchRequest.FormatNames.Keys.ToDictionary(k => k, _ => 0);
        private readonly Dictionary<string, int> timeModels = OfferSearchRequest.TimeModelNames.Keys.ToDictionary(k => k, _ => 0);
        private readonly Dictionary<string, int> funding = OfferSearchRequest.FundingNames.Keys.ToDictionary(k => k, _ => 0);
        private readonly Dictionary<string, (string Name, int Count)> families = [], competencies = [], providers = [];

        public void Add(OfferFacts facts, IEnumerable<OfferFormat> sessionFormats)
        {
            foreach (var f in sessionFormats) formats[OfferSearchRequest.NameOf(OfferSearchRequest.FormatNames, f)]++;
            timeModels[OfferSearchRequest.NameOf(OfferSearchRequest.TimeModelNames, facts.TimeModel)]++;
            foreach (var r in facts.Funding) funding[OfferSearchRequest.NameOf(OfferSearchRequest.FundingNames, r)]++;
            foreach (var f in facts.Families) Count(families, f.Key, f.Name);
            foreach (var c in facts.Competencies) Count(competencies, c.Key, c.Name);
            Count(providers, facts.ProviderId.ToString(System.Globalization.CultureInfo.InvariantCulture), facts.ProviderName);
        }

        private static void Count(Dictionary<string, (string Name, int Count)> counts, string key, string name) =>
            counts[key] = counts.TryGetValue(key, out var c) ? (c.Name, c.Count + 1) : (name, 1);

        public OfferFacets Result() => new(formats, timeModels, funding, Top(families), Top(competencies), Top(providers));

        private static List<FacetValue> Top(Dictionary<string, (string Name, int Count)> counts) =>
            counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.Name, StringComparer.CurrentCulture)
                .Take(MaxFacetValues).Select(c => new FacetValue(c.Key, c.Value.Name, c.Value.Count)).ToList();
    }
}
