using System.Net;
using System.Text.Json;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Tests.Search;

public class SearchFilterTests(DemoPlatform platform)
{
    private static DateOnly Today => SearchApi.Today();

    [Theory]
    [InlineData("")]
    [InlineData("q=Lager")]
    [InlineData("q=KI&format=online")]
    [InlineData("postcode=59368&radiusKm=30")]
    [InlineData("town=Dortmund&maxPrice=2000&sort=date")]
    public async Task Every_facet_count_equals_the_total_with_that_filter_added(string baseQuery)
    {
        var client = platform.CreateClient();
        var result = await client.SearchAsync(baseQuery + "&pageSize=1");
        Assert.True(result.Total > 0);

        var checks = result.Facets.Formats.Where(f => f.Value > 0 && !baseQuery.Contains("format=")).Select(f => ("format", f.Key, f.Value))
            .Concat(result.Facets.TimeModels.Where(f => f.Value > 0).Select(f => ("timeModel", f.Key, f.Value)))
            .Concat(result.Facets.Funding.Where(f => f.Value > 0).Select(f => ("funding", f.Key, f.Value)))
            .Concat(result.Facets.Schedule.Where(f => f.Value > 0).Select(f => ("schedule", f.Key, f.Value)))
            .Concat(result.Facets.Families.Select(f => ("family", f.Id, f.Count)))
            .Concat(result.Facets.Competencies.Take(5).Select(f => ("competency", f.Id, f.Count)))
            .Concat(result.Facets.Providers.Take(5).Select(f => ("provider", f.Id, f.Count)))
            .ToList();
        Assert.NotEmpty(checks);
        foreach (var (name, value, count) in checks)
        {
            var filtered = await client.SearchAsync($"{baseQuery}&{name}={Uri.EscapeDataString(value)}&pageSize=1");
            Assert.True(count == filtered.Total, $"Facette {name}={value}: Zahl {count}, gefiltert {filtered.Total}");
        }
    }

    [Fact]
    public async Task Facet_counts_never_exceed_the_total_and_items_never_exceed_the_page_size()
    {
        var result = await platform.CreateClient().SearchAsync("pageSize=7");

        Assert.Equal(Math.Min(7, result.Total), result.Items.Count);
        Assert.All(result.Facets.Formats.Values.Concat(result.Facets.Funding.Values).Concat(result.Facets.TimeModels.Values), c => Assert.InRange(c, 0, result.Total));
        Assert.Equal(result.Total, result.Facets.TimeModels.Values.Sum());
    }

    [Fact]
    public async Task Filters_are_never_violated()
    {
        var client = platform.CreateClient();
        var from = Today.AddDays(30);
        var to = Today.AddDays(200);
        var result = await client.SearchAsync($"format=onsite&format=blended&maxPrice=1500&minHours=8&maxHours=100&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&pageSize=100");

        Assert.True(result.Total > 0);
        Assert.All(result.Items, i =>
        {
            Assert.True(i.Formats.Intersect(["onsite", "blended"]).Any(), $"{i.Title}: {string.Join(",", i.Formats)}");
            Assert.InRange(i.Price, 0, 1500);
            Assert.InRange(i.Hours, 8, 100);
            Assert.NotNull(i.NextSession);
            Assert.InRange(i.NextSession!.StartDate, from, to);
            Assert.Contains(i.NextSession.Format, new[] { "onsite", "blended" });
        });
    }

    [Fact]
    public async Task By_default_only_offers_with_a_future_session_are_found()
    {
        var result = await platform.CreateClient().SearchAsync("pageSize=100&sort=date");

        Assert.All(result.Items, i => Assert.True(i.NextSession!.StartDate >= Today));
        Assert.Equal(result.Items.Select(i => i.NextSession!.StartDate).Order(), result.Items.Select(i => i.NextSession!.StartDate));
    }

    [Fact]
    public async Task A_radius_around_a_postcode_keeps_only_sessions_within_it_sorted_by_distance()
    {
        var client = platform.CreateClient();
        var all = await client.SearchAsync("pageSize=1");
        var near = await client.SearchAsync("postcode=59368&radiusKm=10&sort=distance&pageSize=100");

        Assert.InRange(near.Total, 1, all.Total - 1);
        Assert.All(near.Items, i => Assert.InRange(i.DistanceKm!.Value, 0, 10));
        Assert.Equal(near.Items.Select(i => i.DistanceKm).Order(), near.Items.Select(i => i.DistanceKm));
        var wider = await client.SearchAsync("town=Werne&radiusKm=50&pageSize=1");
        Assert.True(wider.Total >= near.Total);
    }

    [Fact]
    public async Task An_unknown_postcode_falls_back_to_text_with_a_note()
    {
        var result = await platform.CreateClient().SearchAsync("postcode=10115");

        Assert.NotNull(result.Note);
        Assert.Contains("10115", result.Note);
        Assert.All(result.Items, i => Assert.Null(i.DistanceKm));
    }

    [Fact]
    public async Task Price_sort_is_ascending_and_paging_does_not_repeat_offers()
    {
        var client = platform.CreateClient();
        var first = await client.SearchAsync("sort=price&pageSize=10&page=1");
        var second = await client.SearchAsync("sort=price&pageSize=10&page=2");

        Assert.Equal(first.Items.Select(i => i.Price).Order(), first.Items.Select(i => i.Price));
        Assert.True(first.Items.Last().Price <= second.Items.First().Price);
        Assert.Empty(first.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));
    }

    [Theory]
    [InlineData("radiusKm=abc&postcode=59423", "radiusKm")]
    [InlineData("radiusKm=500&postcode=59423", "radiusKm")]
    [InlineData("radiusKm=25", "radiusKm")]
    [InlineData("format=zoom", "format")]
    [InlineData("timeModel=nachts", "timeModel")]
    [InlineData("funding=lotto", "funding")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2027-05-01&to=2027-01-01", "to")]
    [InlineData("minHours=-1", "minHours")]
    [InlineData("minHours=100&maxHours=10", "maxHours")]
    [InlineData("maxPrice=viel", "maxPrice")]
    [InlineData("postcode=12", "postcode")]
    [InlineData("sort=distance", "sort")]
    [InlineData("sort=beliebt", "sort")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("provider=abc", "provider")]
    [InlineData("schedule=nachts", "schedule")]
    [InlineData("q=Excel&literal=a&literal=b&literal=c&literal=d&literal=e&literal=f&literal=g&literal=h&literal=i&literal=j&literal=k&literal=l&literal=m&literal=n&literal=o&literal=p&literal=q&literal=r&literal=s&literal=t&literal=u", "literal")]
    public async Task Bad_parameters_are_a_problem_naming_the_parameter_in_German(string query, string parameter)
    {
        var response = await platform.CreateClient().GetAsync("/api/v1/offers?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString()!;
        Assert.Matches("(muss|darf|braucht|kein gültiger)", message);
    }

    [Fact]
    public async Task The_search_page_shows_results_facets_and_help_without_hits()
    {
        var client = platform.CreateClient();
        var page = await client.GetDocumentAsync("/angebote?q=Stapler&format=onsite");
        Assert.Contains("Angebot", page.QuerySelector("#treffer")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".offer-item a[href^='/angebote/']"));
        Assert.NotNull(page.QuerySelector(".facet a.facet-selected[href*='q=Stapler']"));
        Assert.All(page.QuerySelectorAll("main input:not([type=hidden]), main select"), input =>
            Assert.NotNull(page.QuerySelector($"label[for='{input.Id}']")));

        var none = await client.GetDocumentAsync("/angebote?q=Xylofonquartettzzz");
        Assert.Contains("Keine Treffer", none.QuerySelector(".no-hits")!.TextContent);

        var bad = await client.GetDocumentAsync("/angebote?radiusKm=abc&postcode=59423");
        Assert.Contains("Umkreis", bad.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task The_start_page_has_a_search_box_and_the_nav_links_the_offers()
    {
        var page = await platform.CreateClient().GetDocumentAsync("/");

        Assert.NotNull(page.QuerySelector("form[action='/angebote'] input[name=q]"));
        Assert.NotNull(page.QuerySelector("nav a[href='/angebote']"));
    }
}
