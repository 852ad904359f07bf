using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>
/// Runs a search: Lucene finds and scores the text matches, the segment columns decide filters, facets, distance and order.
/// An offer matches when at least one of its sessions meets every session filter (date, format, place, evening, weekend) at once.
/// The words of the query are read first (<see cref="QueryUnderstanding"/>): a town or "online" in the text becomes a filter.
/// The text matches of a query are kept per index state (<see cref="TextMatchCache"/>); filters run over them on every
/// search; only the offers of the requested page are read from the stored documents. The loop over the matches is written without LINQ or allocation: browsing all 100k offers must
/// stay within milliseconds.
/// </summary>
public sealed class OfferSearcher(SearchIndexStore store, OfferQueryBuilder queries, PlaceDirectory places)
{
    private const int MaxFacetValues = 30;
    private const int MaxKeptResults = 2_000;
    private static readonly OfferFormat[] AllFormats = Enum.GetValues<OfferFormat>();

    private readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, OfferSearchResult>> keptByReader = new();
    private readonly TextMatchCache textMatches = new();
    private readonly QueryUnderstanding understanding = new(places, GermanWordList.Shipped, store.SurfaceAnalyzer);

    public OfferSearchResult Search(OfferSearchRequest request, DateOnly today) => store.Search(searcher => Execute(searcher, request, today));

    /// <summary>
    /// The same search, answered from the results kept for the current state of the index when the same search was made
    /// before: people ask the same things ("Gabelstapler", "Excel"), and the index changes seldom. Every change opens a new
    /// reader, which starts with no kept results, so an answer is never older than the index.
    /// </summary>
    public OfferSearchResult SearchKept(OfferSearchRequest request, DateOnly today) => store.Search(searcher =>
    {
        var kept = keptByReader.GetValue(searcher.IndexReader, _ => new());
        var key = today.DayNumber.ToString(CultureInfo.InvariantCulture) + JsonSerializer.Serialize(request);
        if (kept.TryGetValue(key, out var result)) return result;
        if (kept.Count >= MaxKeptResults) kept.Clear();
        return kept[key] = Execute(searcher, request, today);
    });

    private OfferSearchResult Execute(IndexSearcher searcher, OfferSearchRequest asked, DateOnly today)
    {
        var understood = understanding.Read(asked);
        var request = understood.Request;
        var notes = new List<string>();
        if (request.Town is null && request.Postcode is null)
        {
            if (request.RadiusKm is not null) notes.Add("Ein Umkreis gilt nur mit einem Ort oder einer Postleitzahl; gezeigt werden Angebote aller Orte.");
            if (request.Sort == OfferSort.Distance) request = request with { Sort = OfferSort.Relevance };
        }
        var (origin, placeText) = Origin(request, notes);
        var leaves = searcher.IndexReader.Leaves;
        var segments = new SegmentColumns[leaves.Count];
        for (var i = 0; i < leaves.Count; i++) segments[i] = store.Columns(leaves[i].AtomicReader);
        // Every id the segments use is in the tables now; the filter and the counters are sized to them.
        var filter = new MatchFilter(request, today, origin, placeText, store.Ids);
        var run = new Run(filter, new FacetCounter(store.Ids), Comparer(request.Sort), request.Page * request.PageSize,
            scored: request.Sort is OfferSort.Relevance or OfferSort.Date);

        var built = understood.SearchWords.Count == 0 ? null : queries.Build(understood.SearchWords, searcher);
        IReadOnlyList<string> unmatched = built is null ? [] : built.Words.Where(w => !w.Matches).Select(w => w.Typed).ToList();
        IReadOnlyList<string> searched = built is null ? [] : built.Words.Where(w => w.Matches).Select(w => w.Typed).ToList();
        if (built is null)
            for (var i = 0; i < leaves.Count; i++)
            {
                var segment = leaves[i].AtomicReader;
                var live = segment.LiveDocs;
                run.Segment(i, segments[i]);
                for (var doc = 0; doc < segment.MaxDoc; doc++)
                    if (live is null || live.Get(doc)) run.Offer(doc, 0f);
            }
        else if (built.Strict is not null && Collect(searcher, built.Strict, "strict " + string.Join(' ', searched), segments, run) == 0
                 && searched.Count > 1 && Collect(searcher, built.Relaxed!, "relaxed " + string.Join(' ', searched), segments, run) > 0)
            notes.Add("Kein Angebot enthält alle Suchwörter; gezeigt werden Angebote, die einige davon enthalten.");
        var other = notes.Count == 0 ? null : string.Join(" ", notes);
        notes.AddRange(unmatched.Select(OfferSearchResult.NoOfferFor));
        if (unmatched.Count > 0 && searched.Count > 0) notes.Add($"Gezeigt werden Angebote zu {OfferSearchResult.Quoted(searched)}.");

        var items = new List<OfferHit>(request.PageSize);
        foreach (var row in run.Top().Skip((request.Page - 1) * request.PageSize))
            items.Add(ToHit(row, store.FactsOf(leaves[row.Segment].AtomicReader, row.Doc)));
        return new OfferSearchResult(run.Total, items, run.Facets.Result(), notes.Count == 0 ? null : string.Join(" ", notes))
        {
            Understood = understood.Understood, UnmatchedWords = unmatched, SearchWords = searched, OtherNote = other,
        };
    }

    /// <summary>Runs the text matches of a query through the filters; returns their number before filtering.</summary>
    private int Collect(IndexSearcher searcher, Query query, string key, SegmentColumns[] segments, Run run)
    {
        var matches = textMatches.Of(searcher, query, key);
        for (var i = 0; i < segments.Length; i++)
        {
            run.Segment(i, segments[i]);
            var (docs, scores) = (matches.Docs[i], matches.Scores[i]);
            for (var k = 0; k < docs.Length; k++) run.Offer(docs[k], scores[k]);
        }
        return matches.Count;
    }

    private static int Bit(OfferFormat format) => 1 << (int)format;

    private static IComparer<Row> Comparer(OfferSort sort) => Comparer<Row>.Create(sort switch
    {
        OfferSort.Date => (a, b) => Chain(a.NextStart.CompareTo(b.NextStart), b.Score.CompareTo(a.Score), a, b),
        OfferSort.Distance => (a, b) => Chain(a.Distance.CompareTo(b.Distance), a.NextStart.CompareTo(b.NextStart), a, b),
        OfferSort.Price => (a, b) => Chain(a.Price.CompareTo(b.Price), a.NextStart.CompareTo(b.NextStart), a, b),
        _ => (a, b) => Chain(b.Score.CompareTo(a.Score), a.NextStart.CompareTo(b.NextStart), a, b),
    });

    private static int Chain(int first, int second, Row a, Row b) => first != 0 ? first : second != 0 ? second : a.OfferId.CompareTo(b.OfferId);

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

    private static OfferHit ToHit(Row row, OfferFacts facts)
    {
        var next = facts.Sessions[row.Session];
        return new(
            facts.Id, facts.Title, new ProviderRef(facts.ProviderId, facts.ProviderName),
            next.Format == OfferFormat.Online ? "Online" : next.Town,
            AllFormats.Where(f => (row.Formats & Bit(f)) != 0).Select(f => OfferSearchRequest.NameOf(OfferSearchRequest.FormatNames, f)).ToList(),
            new NextSession(next.Id, next.Start, next.End, OfferSearchRequest.NameOf(OfferSearchRequest.FormatNames, next.Format), next.Town is "" ? null : next.Town),
            facts.Price, facts.Hours, facts.Azav, row.Distance == double.MaxValue ? null : Math.Round(row.Distance, 1),
            facts.Competencies.Select(c => new CompetencyRef(c.Key, c.Name)).ToList());
    }

    /// <summary>A matching offer: what ordering needs, and where to find it for the page (segment, document, index of its next session).</summary>
    private readonly record struct Row(int OfferId, float Score, int NextStart, double Distance, decimal Price, int Segment, int Doc, int Session, int Formats);

    /// <summary>The request's filters in the ids of the segment columns; distances and town matches worked out once per place, not per session.</summary>
    private sealed class MatchFilter
    {
        private readonly bool impossible;
        private readonly int timeModel = -1, minHours = int.MinValue, maxHours = int.MaxValue, provider = -1, family = -1, fundingMask, formatMask, scheduleMask;
        private readonly decimal? maxPrice;
        private readonly int[] competencies;
        private readonly int placePostcode = -1;
        private readonly bool[]? townMatches;
        private readonly double[]? pointDistance;
        private readonly int? radiusKm;

        public int FromDay { get; }
        public int ToDay { get; }
        public int FormatMask => formatMask;
        public int ScheduleMask => scheduleMask;

        public MatchFilter(OfferSearchRequest r, DateOnly today, GeoPoint? origin, string? placeText, FacetIds ids)
        {
            FromDay = (r.From is { } f && f > today ? f : today).DayNumber;
            ToDay = r.To?.DayNumber ?? int.MaxValue;
            if (r.TimeModel is { } model) timeModel = (int)model;
            minHours = r.MinHours ?? int.MinValue;
            maxHours = r.MaxHours ?? int.MaxValue;
            maxPrice = r.MaxPrice;
            foreach (var route in r.Funding) fundingMask |= 1 << (int)route;
            foreach (var format in r.Formats) formatMask |= Bit(format);
            foreach (var schedule in r.Schedule) scheduleMask |= SessionSchedules.Bit(schedule);
            // A value no indexed offer has: nothing can match.
            if (r.Provider is { } p && (provider = ids.Providers.Find(p)) < 0) impossible = true;
            if (r.Family is { } fam && (family = ids.Families.Find(fam)) < 0) impossible = true;
            competencies = r.Competencies.Select(ids.Competencies.Find).ToArray();
            if (competencies.Any(c => c < 0)) impossible = true;
            radiusKm = r.RadiusKm;
            if (placeText is not null)
            {
                var placeKey = PlaceDirectory.TownKey(placeText);
                placePostcode = ids.Postcodes.Find(placeText);
                townMatches = ids.Towns.Snapshot().Select(key => key.Contains(placeKey, StringComparison.Ordinal)).ToArray();
            }
            else if (origin is { } o)
                // A degree of latitude is never shorter than 110.5 km: a cheap bound before the trigonometry.
                pointDistance = ids.Points.Snapshot().Select(point =>
                    radiusKm is { } radius && Math.Abs(point.Latitude - o.Latitude) * 110.5 > radius ? double.MaxValue : o.DistanceKmTo(point)).ToArray();
        }

        public bool OfferPasses(SegmentColumns c, int doc)
        {
            if (impossible) return false;
            if (timeModel >= 0 && c.TimeModel[doc] != timeModel) return false;
            var hours = c.Hours[doc];
            if (hours < minHours || hours > maxHours) return false;
            if (maxPrice is { } price && c.Price[doc] > price) return false;
            if (provider >= 0 && c.Provider[doc] != provider) return false;
            if ((c.FundingMask[doc] & fundingMask) != fundingMask) return false;
            foreach (var competency in competencies)
                if (!Contains(c.Competency, c.CompetencyStart[doc], c.CompetencyStart[doc + 1], competency)) return false;
            return family < 0 || Contains(c.Family, c.FamilyStart[doc], c.FamilyStart[doc + 1], family);
        }

        /// <summary>Whether a session passes the place filter, and its distance (<see cref="double.MaxValue"/> when unknown).</summary>
        public bool PlacePasses(SegmentColumns c, int session, out double distance)
        {
            distance = double.MaxValue;
            if (townMatches is not null) return c.Postcode[session] == placePostcode || townMatches[c.Town[session]];
            if (pointDistance is null) return true;
            var point = c.Point[session];
            if (point >= 0) distance = pointDistance[point];
            return !(radiusKm is { } radius && distance > radius);
        }

        private static bool Contains(int[] values, int from, int to, int value)
        {
            for (var i = from; i < to; i++)
                if (values[i] == value) return true;
            return false;
        }
    }

    /// <summary>One search: filters each offer, counts the facets of every match and keeps the best for the page in a bounded heap.</summary>
    private sealed class Run(MatchFilter filter, FacetCounter facets, IComparer<Row> order, int wanted, bool scored)
    {
        private readonly PriorityQueue<Row, Row> worstFirst = new(Comparer<Row>.Create((a, b) => order.Compare(b, a)));
        private SegmentColumns columns = null!;
        private int segment;

        public int Total { get; private set; }
        public FacetCounter Facets => facets;

        public void Segment(int index, SegmentColumns segmentColumns)
        {
            segment = index;
            columns = segmentColumns;
        }

        public void Offer(int doc, float score)
        {
            var c = columns;
            if (c.LastStart[doc] < filter.FromDay || !filter.OfferPasses(c, doc)) return;
            int first = c.SessionStart[doc], end = c.SessionStart[doc + 1];
            int eligibleFormats = 0, nextFormats = 0, schedules = 0, next = -1;
            var distance = double.MaxValue;
            for (var s = first; s < end; s++)
            {
                var start = c.Start[s];
                if (start < filter.FromDay || start > filter.ToDay || !filter.PlacePasses(c, s, out var d)) continue;
                var schedule = c.Schedule[s];
                if ((schedule & filter.ScheduleMask) != filter.ScheduleMask) continue;
                var bit = 1 << c.Format[s];
                eligibleFormats |= bit;
                if (filter.FormatMask != 0 && (filter.FormatMask & bit) == 0) continue;
                nextFormats |= bit;
                schedules |= schedule;
                if (next < 0 || start < c.Start[next]) next = s;
                if (d < distance) distance = d;
            }
            if (next < 0) return;
            Total++;
            facets.Add(c, doc, eligibleFormats, schedules);
            if (wanted == 0) return;
            var row = new Row(c.OfferId[doc], scored ? score : 0f, c.Start[next], distance, c.Price[doc], segment, doc, next - first, nextFormats);
            if (worstFirst.Count < wanted) worstFirst.Enqueue(row, row);
            else if (order.Compare(row, worstFirst.Peek()) < 0) worstFirst.EnqueueDequeue(row, row);
        }

        /// <summary>The best rows, best first.</summary>
        public List<Row> Top()
        {
            var top = new List<Row>(worstFirst.Count);
            while (worstFirst.Count > 0) top.Add(worstFirst.Dequeue());
            top.Reverse();
            return top;
        }
    }

    private sealed class FacetCounter(FacetIds ids)
    {
        private readonly int[] formats = new int[AllFormats.Length];
        private readonly int[] timeModels = new int[Enum.GetValues<TimeModel>().Length];
        private readonly int[] funding = new int[Enum.GetValues<FundingRoute>().Length];
        private readonly int[] schedules = new int[Enum.GetValues<SessionSchedule>().Length];
        private readonly KeyName[] familyNames = ids.Families.Snapshot(), competencyNames = ids.Competencies.Snapshot(), providerNames = ids.Providers.Snapshot();
        private int[]? families, competencies, providers;

        public void Add(SegmentColumns c, int doc, int formatMask, int scheduleMask)
        {
            for (var s = 0; s < schedules.Length; s++)
                if ((scheduleMask & (1 << s)) != 0) schedules[s]++;
            families ??= new int[familyNames.Length];
            competencies ??= new int[competencyNames.Length];
            providers ??= new int[providerNames.Length];
            for (var f = 0; f < formats.Length; f++)
                if ((formatMask & (1 << f)) != 0) formats[f]++;
            timeModels[c.TimeModel[doc]]++;
            var routes = c.FundingMask[doc];
            for (var r = 0; r < funding.Length; r++)
                if ((routes & (1 << r)) != 0) funding[r]++;
            for (var i = c.FamilyStart[doc]; i < c.FamilyStart[doc + 1]; i++) families[c.Family[i]]++;
            for (var i = c.CompetencyStart[doc]; i < c.CompetencyStart[doc + 1]; i++) competencies[c.Competency[i]]++;
            providers[c.Provider[doc]]++;
        }

        public OfferFacets Result() => new(
            OfferSearchRequest.FormatNames.ToDictionary(n => n.Key, n => formats[(int)n.Value]),
            OfferSearchRequest.TimeModelNames.ToDictionary(n => n.Key, n => timeModels[(int)n.Value]),
            OfferSearchRequest.FundingNames.ToDictionary(n => n.Key, n => funding[(int)n.Value]),
            Top(families, familyNames), Top(competencies, competencyNames), Top(providers, providerNames))
        {
            Schedule = OfferSearchRequest.ScheduleNames.ToDictionary(n => n.Key, n => schedules[(int)n.Value]),
        };

        private static List<FacetValue> Top(int[]? counts, KeyName[] names) => counts is null ? [] :
            Enumerable.Range(0, counts.Length).Where(i => counts[i] > 0)
                .OrderByDescending(i => counts[i]).ThenBy(i => names[i].Name, StringComparer.CurrentCulture).ThenBy(i => names[i].Key, StringComparer.Ordinal)
                .Take(MaxFacetValues).Select(i => new FacetValue(names[i].Key, names[i].Name, counts[i])).ToList();
    }
}
