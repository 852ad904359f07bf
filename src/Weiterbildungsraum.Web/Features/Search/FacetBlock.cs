namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>One facet on the search page: a heading and links that switch a filter value on or off, with counts.</summary>
public sealed record FacetBlock(string Title, string Parameter, IReadOnlyList<FacetLink> Links);

public sealed record FacetLink(string Label, int Count, string Url, bool Selected);
