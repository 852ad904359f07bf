namespace Weiterbildungsraum.Web.Features.Search;

public sealed record OfferSearchResult(int Total, IReadOnlyList<OfferHit> Items, OfferFacets Facets, string? Note);

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
    IReadOnlyList<FacetValue> Providers);

public sealed record FacetValue(string Id, string Name, int Count);
