using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>What the index keeps of an offer besides its text: everything filters, facets, sorting and a result line need.</summary>
public sealed record OfferFacts(
    int Id,
    string Title,
    int ProviderId,
    string ProviderName,
    int Hours,
    decimal Price,
    bool Azav,
    TimeModel TimeModel,
    IReadOnlyList<FundingRoute> Funding,
    IReadOnlyList<KeyName> Competencies,
    IReadOnlyList<KeyName> Families,
    IReadOnlyList<SessionFacts> Sessions,
    Guid Version,
    DateTime UpdatedAt);

public sealed record KeyName(string Key, string Name);

public sealed record SessionFacts(int Id, DateOnly Start, DateOnly End, OfferFormat Format, string Town, string Postcode, double? Latitude, double? Longitude, TimeOnly? StartTime = null);

/// <summary>One offer as it goes into the index: its searchable text and its facts.</summary>
public sealed record OfferIndexEntry(
    OfferFacts Facts,
    string Summary,
    string Content,
    string TargetGroup,
    string Qualification);
