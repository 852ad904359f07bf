namespace Weiterbildungsraum.Web.Features.Search;

public sealed record OfferSearchResult(int Total, IReadOnlyList<OfferHit> Items, OfferFacets Facets, string? Note)
{
    /// <summary>Words of the query that became filters, each with how to undo it.</summary>
    public IReadOnlyList<UnderstoodWord> Understood { get; init; } = [];
    /// <summary>Search words no offer matches at all, as typed; the items are then those of the other words.</summary>
    public IReadOnlyList<string> UnmatchedWords { get; init; } = [];
    /// <summary>The search words the items were found with (without understood and course words such as "Kurs").</summary>
    public IReadOnlyList<string> SearchWords { get; init; } = [];
    /// <summary>The note without the sentences about unmatched words, which the page shows on their own above the results.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string? OtherNote { get; init; }

    public static string NoOfferFor(string word) => $"Zu „{word}“ gibt es kein Angebot.";

    public static string Quoted(IEnumerable<string> words) => string.Join(" ", words.Select(w => $"„{w}“"));
}

public sealed record OfferHit(
    int Id, string Title, ProviderRef Provider, string? Town, IReadOnlyList<string> Formats, NextSession? NextSession,
    decimal Price, int Hours, bool Azav, double? DistanceKm, IReadOnlyList<CompetencyRef> Competencies);

public sealed record ProviderRef(int Id, string Name);

public sealed record CompetencyRef(string Id, string Name);

public sealed record NextSession(int Id, DateOnly StartDate, DateOnly EndDate, string Format, string? Town);

/// <summary>Counts of offers in the filtered result per value; every count equals the total when that value is added as a filter.</summary>
public sealed record OfferFacets(
    IReadOnlyDictionary<string, int> Formats,
    IReadOnlyDictionary<string, int> TimeModels,
    IReadOnlyDictionary<string, int> Funding,
    IReadOnlyList<FacetValue> Families,
    IReadOnlyList<FacetValue> Competencies,
    IReadOnlyList<FacetValue> Providers)
{
    /// <summary>Offers with a session in the evening or at the weekend that meets every other filter (<see cref="SessionSchedules"/>).</summary>
    public IReadOnlyDictionary<string, int> Schedule { get; init; } = new Dictionary<string, int>();
}

public sealed record FacetValue(string Id, string Name, int Count);
