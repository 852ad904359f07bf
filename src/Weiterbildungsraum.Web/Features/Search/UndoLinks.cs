using Microsoft.AspNetCore.WebUtilities;

namespace Weiterbildungsraum.Web.Features.Search;

public static class UndoLinks
{
    /// <summary>Each understood word with the address of this search that takes it as a search word again (<c>literal</c>), on page 1.</summary>
    public static OfferSearchResult WithUndo(this OfferSearchResult result, string path, IQueryCollection query)
    {
        if (result.Understood.Count == 0) return result;
        return result with { Understood = result.Understood.Select(u => u with { Undo = Link(path, query, u.Literal) }).ToList() };
    }

    private static string Link(string path, IQueryCollection query, string literal)
    {
        var pairs = query.Where(p => p.Key is not ("page" or "Page"))
            .SelectMany(p => p.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("literal", literal));
        return QueryHelpers.AddQueryString(path, pairs);
    }
}
