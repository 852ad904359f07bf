using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>A word of the query that became a filter: what it set, how it reads, and the word to pass as <c>literal</c> to undo it.</summary>
public sealed record UnderstoodWord(string Kind, string Value, string Words, string Label, string Literal)
{
    /// <summary>This search again with the word taken as a search word (set by the API and the page, which know the address).</summary>
    public string? Undo { get; init; }
}

/// <summary>The request with the filters its words named, the words left to search for, and what was understood.</summary>
public sealed record UnderstoodQuery(OfferSearchRequest Request, IReadOnlyList<string> SearchWords, IReadOnlyList<UnderstoodWord> Understood);

/// <summary>
/// Reads filters out of the words people type: a town or postcode of the places table ("Excel Dortmund", "in Hamm",
/// "Raum Unna", "44135") becomes the place with <see cref="DefaultRadiusKm"/>, and words such as "online", "abends",
/// "Wochenende", "Teilzeit", "Bildungsgutschein" or "AZAV" become the filters they name, also as the topic of a course
/// compound ("Abendkurs", "Onlineseminar"). A filter set explicitly wins: then the word stays a search word. A town
/// outside the region whose name is also an ordinary German word ("Essen", "Senden") needs a hint ("in Essen").
/// Words passed as <c>literal</c> are never read as filters.
/// </summary>
public sealed partial class QueryUnderstanding(PlaceDirectory places, GermanWordList words, Analyzer surfaceAnalyzer)
{
    /// <summary>
    /// The national course search starts its radius at 25 km; around Dortmund that is the city and its neighbours (Lünen,
    /// Schwerte, Unna), around Unna most of the district: what people commute to for a course.
    /// </summary>
    public const int DefaultRadiusKm = 25;
    private const int MaxTownWords = 3;

    private static readonly HashSet<string> PlaceHints = new(StringComparer.Ordinal) { "in", "im", "bei", "nahe", "um", "aus", "raum", "region", "umgebung", "kreis", "grossraum", "stadt" };
    /// <summary>Hints that are not stop words of the analyzer: they belong to the place and are taken with it.</summary>
    private static readonly HashSet<string> TakenHints = new(StringComparer.Ordinal) { "nahe", "raum", "region", "umgebung", "kreis", "grossraum", "stadt" };

    private static readonly Dictionary<string, (string Kind, string Value)> FilterWords = BuildFilterWords();

    private static readonly HashSet<string> RegionTownKeys = RegionTowns.All.Select(t => PlaceDirectory.TownKey(t.Name))
        .Concat(RegionTowns.All.Select(t => PlaceDirectory.TownKey(t.Name.Split('/')[0]))).ToHashSet(StringComparer.Ordinal);

    public UnderstoodQuery Read(OfferSearchRequest request)
    {
        var tokens = Tokens(request.Q);
        var literal = request.Literal.Select(Lower).ToHashSet(StringComparer.Ordinal);
        var taken = new bool[tokens.Count];
        var understood = new List<UnderstoodWord>();
        var r = request;
        var placeOpen = request.Town is null && request.Postcode is null;
        var formatOpen = request.Formats.Count == 0;
        var timeModelOpen = request.TimeModel is null;

        for (var i = 0; i < tokens.Count; i++)
        {
            if (taken[i]) continue;
            if (placeOpen && Place(tokens, i, literal) is { } place)
            {
                var first = i;
                while (first > 0 && !taken[first - 1] && TakenHints.Contains(Lower(tokens[first - 1]))) first--;
                for (var j = first; j < i + place.Length; j++) taken[j] = true;
                var radius = request.RadiusKm ?? DefaultRadiusKm;
                var typed = string.Join(' ', tokens.Skip(i).Take(place.Length));
                var words = string.Join(' ', tokens.Skip(first).Take(i + place.Length - first));
                understood.Add(place.Postcode is { } postcode
                    ? new UnderstoodWord("place", postcode, words, $"PLZ {postcode} {place.Town} ({radius} km)", typed)
                    : new UnderstoodWord("place", place.Town, words, $"Ort {place.Town} ({radius} km)", typed));
                r = r with { Town = place.Postcode is null ? place.Town : null, Postcode = place.Postcode, RadiusKm = radius };
                placeOpen = false;
                i += place.Length - 1;
                continue;
            }
            if (literal.Contains(Lower(tokens[i])) || Filter(tokens[i]) is not { } filter) continue;
            switch (filter.Kind)
            {
                case "format" when formatOpen:
                    var format = OfferSearchRequest.FormatNames[filter.Value];
                    r = r with { Formats = [format] };
                    formatOpen = false;
                    understood.Add(new UnderstoodWord("format", filter.Value, tokens[i], FormatLabel(format), tokens[i]));
                    break;
                case "timeModel" when timeModelOpen:
                    var model = OfferSearchRequest.TimeModelNames[filter.Value];
                    r = r with { TimeModel = model };
                    timeModelOpen = false;
                    understood.Add(new UnderstoodWord("timeModel", filter.Value, tokens[i], model.German(), tokens[i]));
                    break;
                case "funding":
                    var route = OfferSearchRequest.FundingNames[filter.Value];
                    if (!r.Funding.Contains(route)) r = r with { Funding = [.. r.Funding, route] };
                    understood.Add(new UnderstoodWord("funding", filter.Value, tokens[i], route.German(), tokens[i]));
                    break;
                case "schedule":
                    var schedule = OfferSearchRequest.ScheduleNames[filter.Value];
                    if (!r.Schedule.Contains(schedule)) r = r with { Schedule = [.. r.Schedule, schedule] };
                    understood.Add(new UnderstoodWord("schedule", filter.Value, tokens[i], ScheduleLabel(schedule), tokens[i]));
                    break;
                default:
                    continue;
            }
            taken[i] = true;
        }
        var rest = tokens.Where((_, i) => !taken[i]).ToList();
        return new UnderstoodQuery(r with { Q = rest.Count == 0 ? null : string.Join(' ', rest) }, rest, understood);
    }

    public static string FormatLabel(OfferFormat format) => format switch
    {
        OfferFormat.Online => "online",
        OfferFormat.Onsite => "vor Ort",
        OfferFormat.Blended => "Blended Learning",
        _ => "Inhouse im Unternehmen",
    };

    public static string ScheduleLabel(SessionSchedule schedule) => schedule == SessionSchedule.Evening ? "abends (ab 17 Uhr)" : "am Wochenende";

    private sealed record PlaceMatch(string Town, string? Postcode, int Length);

    private PlaceMatch? Place(List<string> tokens, int i, HashSet<string> literal)
    {
        var token = tokens[i];
        if (PlaceDirectory.IsPostcode(token))
            return !literal.Contains(token) && places.ByPostcode(token) is { } byCode ? new PlaceMatch(byCode.Town, token, 1) : null;
        for (var length = Math.Min(MaxTownWords, tokens.Count - i); length >= 1; length--)
        {
            var typed = string.Join(' ', tokens.Skip(i).Take(length));
            if (literal.Contains(Lower(typed)) || places.ByTown(typed) is not { } town) continue;
            var hinted = i > 0 && PlaceHints.Contains(Lower(tokens[i - 1]));
            // Outside the region a town that is also a word needs a hint: "Essen" alone is food, "in Essen" a place.
            if (!hinted && !RegionTownKeys.Contains(PlaceDirectory.TownKey(typed)) && length == 1 && words.Contains(Surface(typed))) return null;
            return new PlaceMatch(town.Town, null, length);
        }
        return null;
    }

    private (string Kind, string Value)? Filter(string token)
    {
        var surface = Surface(token);
        if (surface.Length == 0) return null;
        if (FilterWords.TryGetValue(GermanSearchAnalyzer.Stem(surface), out var filter)) return filter;
        return CourseWords.TopicOf(surface) is { } topic && FilterWords.TryGetValue(GermanSearchAnalyzer.Stem(topic), out filter) ? filter : null;
    }

    private string Surface(string token) => string.Concat(GermanSearchAnalyzer.Terms(surfaceAnalyzer, SearchIndexStore.Fields.All, token).Select(t => t.Term));

    private static string Lower(string token) => token.ToLowerInvariant();

    /// <summary>The words of the query as typed, without the punctuation around them.</summary>
    private static List<string> Tokens(string? q) =>
        q is null ? [] : Word().Matches(q).Select(m => m.Value.Trim(Punctuation)).Where(t => t.Length > 0).ToList();

    private static readonly char[] Punctuation = ['.', ',', ';', ':', '!', '?', '"', '„', '“', '”', '\'', '(', ')', '[', ']'];

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();

    private static Dictionary<string, (string, string)> BuildFilterWords()
    {
        var table = new (string Kind, string Value, string[] Words)[]
        {
            ("format", "online", ["online", "virtuell", "webinar", "webinare"]),
            ("format", "onsite", ["prasenz", "prasenzunterricht"]),
            ("format", "blended", ["hybrid", "blended"]),
            ("format", "inhouse", ["inhouse"]),
            ("schedule", "evening", ["abends", "abend"]),
            ("schedule", "weekend", ["wochenende", "wochenenden", "samstags", "sonntags", "samstag", "sonntag"]),
            ("timeModel", "parttime", ["teilzeit"]),
            ("timeModel", "fulltime", ["vollzeit"]),
            ("timeModel", "alongsidework", ["berufsbegleitend", "berufsbegleitende", "nebenberuflich"]),
            ("funding", "bildungsgutschein", ["bildungsgutschein"]),
            ("funding", "azav", ["azav"]),
            ("funding", "bildungsscheck", ["bildungsscheck"]),
            ("funding", "qcg", ["qcg", "qualifizierungschancengesetz"]),
        };
        var words = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        foreach (var (kind, value, list) in table)
            foreach (var word in list) words[GermanSearchAnalyzer.Stem(word)] = (kind, value);
        return words;
    }
}
