using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Weiterbildungsraum.Web.Features.Search;

/// <summary>/angebote: the same parameters as GET /api/v1/offers, as a plain GET form that works without script.</summary>
[AllowAnonymous]
public sealed class SearchModel(OfferIndex index) : PageModel
{
    public OfferSearchRequest Search { get; private set; } = new();
    public OfferSearchResult? Result { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public static readonly int[] Radii = [10, 25, 50, 100, 200];

    public void OnGet()
    {
        (Search, Errors) = OfferSearchRequest.Parse(Request.Query);
        if (Errors.Count == 0) Result = index.Searcher.SearchKept(Search, SearchApi.Today()).WithUndo("/angebote", Request.Query);
    }

    public bool HasFilters => Request.Query.Keys.Any(k => k is not ("q" or "sort" or "page" or "pageSize"));

    public int PageCount => Result is null ? 0 : (Result.Total + Search.PageSize - 1) / Search.PageSize;

    public bool Has(string name, string value) =>
        Request.Query.TryGetValue(name, out var values) && values.Contains(value, StringComparer.OrdinalIgnoreCase);

    /// <summary>This search with one value of a parameter switched on or off (facet links), back on page 1.</summary>
    public string Toggle(string name, string value, bool repeatable = true)
    {
        var query = Current();
        var values = query.TryGetValue(name, out var v) ? v.ToList() : [];
        if (values.Contains(value, StringComparer.OrdinalIgnoreCase)) values.RemoveAll(x => string.Equals(x, value, StringComparison.OrdinalIgnoreCase));
        else if (repeatable) values.Add(value);
        else values = [value];
        query[name] = values.ToArray();
        query.Remove("page");
        return Link(query);
    }

    public string WithPage(int page)
    {
        var query = Current();
        query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Link(query);
    }

    private Dictionary<string, StringValues> Current() =>
        Request.Query.Where(p => !StringValues.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);

    private static string Link(Dictionary<string, StringValues> query) =>
        QueryHelpers.AddQueryString("/angebote", query.Where(p => p.Value.Count > 0).SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))));
}
