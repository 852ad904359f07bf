using System.Globalization;
using Microsoft.Extensions.Primitives;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Search;

public enum OfferSort { Relevance, Date, Distance, Price }

/// <summary>A search for offers as the API and the page /angebote take it (query-string names in the comments of <see cref="Parse"/>).</summary>
public sealed record OfferSearchRequest
{
    public string? Q { get; init; }
    public string? Town { get; init; }
    public string? Postcode { get; init; }
    public int? RadiusKm { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<OfferFormat> Formats { get; init; } = [];
    public TimeModel? TimeModel { get; init; }
    public int? MinHours { get; init; }
    public int? MaxHours { get; init; }
    public decimal? MaxPrice { get; init; }
    public IReadOnlyList<FundingRoute> Funding { get; init; } = [];
    public IReadOnlyList<string> Competencies { get; init; } = [];
    /// <summary>Sessions in the evening or at the weekend; several values must hold for the same session.</summary>
    public IReadOnlyList<SessionSchedule> Schedule { get; init; } = [];
    /// <summary>Words of <see cref="Q"/> to take as search words, not as the filters they could name (the undo of <see cref="QueryUnderstanding"/>).</summary>
    public IReadOnlyList<string> Literal { get; init; } = [];
    public string? Family { get; init; }
    public int? Provider { get; init; }
    public OfferSort Sort { get; init; } = OfferSort.Relevance;
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = DefaultPageSize;

    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxRadiusKm = 200;
    public const int MaxLiterals = 20;

    public static readonly IReadOnlyDictionary<string, OfferFormat> FormatNames = new Dictionary<string, OfferFormat>
    {
        ["onsite"] = OfferFormat.Onsite, ["online"] = OfferFormat.Online, ["blended"] = OfferFormat.Blended, ["inhouse"] = OfferFormat.Inhouse,
    };

    public static readonly IReadOnlyDictionary<string, TimeModel> TimeModelNames = new Dictionary<string, TimeModel>
    {
        ["fulltime"] = Offers.TimeModel.FullTime, ["parttime"] = Offers.TimeModel.PartTime, ["alongsidework"] = Offers.TimeModel.AlongsideWork,
    };

    public static readonly IReadOnlyDictionary<string, FundingRoute> FundingNames = new Dictionary<string, FundingRoute>
    {
        ["azav"] = FundingRoute.Azav, ["bildungsgutschein"] = FundingRoute.Bildungsgutschein, ["qcg"] = FundingRoute.Qcg, ["bildungsscheck"] = FundingRoute.Bildungsscheck,
    };

    public static readonly IReadOnlyDictionary<string, SessionSchedule> ScheduleNames = new Dictionary<string, SessionSchedule>
    {
        ["evening"] = SessionSchedule.Evening, ["weekend"] = SessionSchedule.Weekend,
    };

    public static readonly IReadOnlyDictionary<string, OfferSort> SortNames = new Dictionary<string, OfferSort>
    {
        ["relevance"] = OfferSort.Relevance, ["date"] = OfferSort.Date, ["distance"] = OfferSort.Distance, ["price"] = OfferSort.Price,
    };

    public static string NameOf<T>(IReadOnlyDictionary<string, T> names, T value) => names.First(n => EqualityComparer<T>.Default.Equals(n.Value, value)).Key;

    /// <summary>Reads the query string; every problem is reported under the parameter's name, in German.</summary>
    public static (OfferSearchRequest Request, Dictionary<string, string[]> Errors) Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var values = query.ToDictionary(p => p.Key, p => p.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToArray(), StringComparer.OrdinalIgnoreCase);
        var errors = new Dictionary<string, string[]>();
        string? One(string name) => values.TryGetValue(name, out var v) && v.Length > 0 ? v[0] : null;
        string[] Many(string name) => values.TryGetValue(name, out var v) ? v : [];
        void Error(string name, string message) => errors[name] = [message];

        int? Int(string name, int min, int max, string what)
        {
            var raw = One(name);
            if (raw is null) return null;
            if (int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            Error(name, $"{what} muss eine ganze Zahl von {min} bis {max} sein.");
            return null;
        }
        DateOnly? Date(string name, string what)
        {
            var raw = One(name);
            if (raw is null) return null;
            if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Error(name, $"{what} muss ein Datum im Format JJJJ-MM-TT sein, z. B. 2026-03-01.");
            return null;
        }
        List<T> Enums<T>(string name, IReadOnlyDictionary<string, T> names, string what)
        {
            var result = new List<T>();
            foreach (var raw in Many(name))
                if (names.TryGetValue(raw.ToLowerInvariant(), out var v)) { if (!result.Contains(v)) result.Add(v); }
                else Error(name, $"„{raw}“ ist kein gültiger Wert für {what}; erlaubt sind {string.Join(", ", names.Keys)}.");
            return result;
        }

        var q = One("q");
        if (q is { Length: > 200 }) Error("q", "Der Suchtext darf höchstens 200 Zeichen lang sein.");
        var town = One("town");
        if (town is { Length: > 80 }) Error("town", "Der Ort darf höchstens 80 Zeichen lang sein.");
        var postcode = One("postcode");
        if (postcode is not null && !Domain.Geo.PlaceDirectory.IsPostcode(postcode)) Error("postcode", "Die Postleitzahl muss aus fünf Ziffern bestehen.");
        var radius = Int("radiusKm", 1, MaxRadiusKm, "Der Umkreis (radiusKm)");
        var from = Date("from", "Der Beginn ab (from)");
        var to = Date("to", "Der Beginn bis (to)");
        if (from is not null && to is not null && to < from) Error("to", "Das Datum „bis“ (to) darf nicht vor „ab“ (from) liegen.");
        var formats = Enums("format", FormatNames, "das Format (format)");
        var timeModels = Enums("timeModel", TimeModelNames, "das Zeitmodell (timeModel)");
        var minHours = Int("minHours", 0, 10000, "Die Mindeststundenzahl (minHours)");
        var maxHours = Int("maxHours", 0, 10000, "Die höchste Stundenzahl (maxHours)");
        if (minHours is not null && maxHours is not null && maxHours < minHours) Error("maxHours", "Die höchste Stundenzahl (maxHours) darf nicht kleiner als die Mindeststundenzahl (minHours) sein.");
        decimal? maxPrice = null;
        if (One("maxPrice") is { } rawPrice)
        {
            if (decimal.TryParse(rawPrice.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) && p >= 0 && p <= 1_000_000) maxPrice = p;
            else Error("maxPrice", "Der Höchstpreis (maxPrice) muss ein Betrag in Euro ab 0 sein, z. B. 1500 oder 1499,50.");
        }
        var funding = Enums("funding", FundingNames, "die Förderung (funding)");
        var schedule = Enums("schedule", ScheduleNames, "die Terminlage (schedule)");
        var literal = Many("literal").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (literal.Count > MaxLiterals || literal.Any(l => l.Length > 80))
            Error("literal", $"Die wörtlich zu nehmenden Suchwörter (literal) dürfen höchstens {MaxLiterals} sein; jedes darf höchstens 80 Zeichen lang sein.");
        var competencies = Many("competency").Distinct().ToList();
        if (competencies.Any(c => c.Length > 100)) Error("competency", "Die Kennung einer Kompetenz (competency) ist zu lang.");
        var family = One("family");
        var provider = Int("provider", 1, int.MaxValue, "Der Anbieter (provider)");
        var sorts = Enums("sort", SortNames, "die Sortierung (sort)");
        var sort = sorts.Count > 0 ? sorts[0] : OfferSort.Relevance;
        // A place may also stand in the search text ("Excel Dortmund"); without text there is none to find.
        var placeMayBeInText = q is not null;
        if (sort == OfferSort.Distance && postcode is null && town is null && !placeMayBeInText)
            Error("sort", "Die Sortierung nach Entfernung (sort=distance) braucht eine Postleitzahl (postcode) oder einen Ort (town).");
        if (radius is not null && postcode is null && town is null && !placeMayBeInText)
            Error("radiusKm", "Ein Umkreis (radiusKm) braucht eine Postleitzahl (postcode) oder einen Ort (town).");
        var page = Int("page", 1, 10_000, "Die Seite (page)") ?? 1;
        var pageSize = Int("pageSize", 1, MaxPageSize, "Die Seitengröße (pageSize)") ?? DefaultPageSize;

        return (new OfferSearchRequest
        {
            Q = q, Town = town, Postcode = postcode, RadiusKm = radius, From = from, To = to, Formats = formats,
            TimeModel = timeModels.Count > 0 ? timeModels[0] : null, MinHours = minHours, MaxHours = maxHours, MaxPrice = maxPrice,
            Funding = funding, Competencies = competencies, Schedule = schedule, Literal = literal, Family = family, Provider = provider, Sort = sort, Page = page, PageSize = pageSize,
        }, errors);
    }
}
