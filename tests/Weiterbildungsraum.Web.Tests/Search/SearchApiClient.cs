using System.Net.Http.Json;
using System.Text.Json;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Tests.Search;

internal static class SearchApiClient
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<OfferSearchResult> SearchAsync(this HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/offers?" + query);
        Assert.True(response.IsSuccessStatusCode, $"GET /api/v1/offers?{query} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<OfferSearchResult>(Json))!;
    }

    public static string Q(string text) => "q=" + Uri.EscapeDataString(text);
}
