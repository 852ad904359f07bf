using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Tests.Search;

/// <summary>Towns, postcodes and filter words in the search text become filters, each shown with a way back.</summary>
public class QueryUnderstandingTests(EvaluationPlatform platform) : IClassFixture<EvaluationPlatform>
{
    [Theory]
    [InlineData("Excel Dortmund", "Dortmund", 25)]
    [InlineData("Excel in Unna", "Unna", 25)]
    [InlineData("Führung Raum Hamm", "Hamm", 25)]
    [InlineData("Kreis Unna Excel", "Unna", 25)]
    [InlineData("Englisch 59423", "59423", 25)]
    [InlineData("CNC lünen", "Lünen", 25)]
    public async Task A_town_or_postcode_in_the_text_becomes_the_place_with_the_default_radius(string query, string value, int radius)
    {
        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q(query) + "&pageSize=100");

        var place = Assert.Single(result.Understood);
        Assert.Equal("place", place.Kind);
        Assert.Equal(value, place.Value);
        Assert.Contains($"({radius} km)", place.Label);
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, i => Assert.InRange(i.DistanceKm!.Value, 0, radius));
        Assert.DoesNotContain(result.SearchWords, w => w.Contains(value, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_radius_of_the_form_applies_to_a_town_in_the_text()
    {
        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q("Excel Dortmund") + "&radiusKm=10");

        Assert.Equal("Ort Dortmund (10 km)", Assert.Single(result.Understood).Label);
        Assert.All(result.Items, i => Assert.InRange(i.DistanceKm!.Value, 0, 10));
    }

    [Theory]
    [InlineData("Datenschutz online", "format", "online")]
    [InlineData("Excel Präsenz", "format", "onsite")]
    [InlineData("Englisch abends", "schedule", "evening")]
    [InlineData("Abendkurs Englisch", "schedule", "evening")]
    [InlineData("Projektmanagement am Wochenende", "schedule", "weekend")]
    [InlineData("Buchhaltung Teilzeit", "timeModel", "parttime")]
    [InlineData("Lager Vollzeit", "timeModel", "fulltime")]
    [InlineData("Führung berufsbegleitend", "timeModel", "alongsidework")]
    [InlineData("CNC Bildungsgutschein", "funding", "bildungsgutschein")]
    [InlineData("Excel AZAV", "funding", "azav")]
    [InlineData("Onlinekurs Excel", "format", "online")]
    public async Task A_filter_word_becomes_the_filter_it_names(string query, string kind, string value)
    {
        var client = platform.CreateClient();
        var result = await client.SearchAsync(SearchApiClient.Q(query) + "&pageSize=100");

        var understood = Assert.Single(result.Understood);
        Assert.Equal((kind, value), (understood.Kind, understood.Value));
        Assert.NotEmpty(result.Items);
        var explicitly = await client.SearchAsync($"q={Uri.EscapeDataString(result.SearchWords[0])}&{kind}={value}&pageSize=100");
        Assert.Equal(explicitly.Items.Select(i => i.Id), result.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task The_evening_and_weekend_filters_keep_only_offers_with_such_a_session_and_are_counted()
    {
        var client = platform.CreateClient();
        var all = await client.SearchAsync("pageSize=100");
        Assert.InRange(all.Facets.Schedule["evening"], 1, all.Total - 1);
        Assert.InRange(all.Facets.Schedule["weekend"], 1, all.Total - 1);

        foreach (var (key, count) in all.Facets.Schedule)
        {
            var filtered = await client.SearchAsync($"schedule={key}&pageSize=100");
            Assert.Equal(count, filtered.Total);
        }
        var evening = await client.SearchAsync("schedule=evening&pageSize=100");
        Assert.Contains(evening.Items, i => i.Title.StartsWith("Englisch im Beruf", StringComparison.Ordinal));
        Assert.DoesNotContain(evening.Items, i => i.Title.StartsWith("Business English", StringComparison.Ordinal));
        var weekend = await client.SearchAsync("schedule=weekend&pageSize=100");
        Assert.Contains(weekend.Items, i => i.Title.StartsWith("Wochenendseminar", StringComparison.Ordinal));
        Assert.DoesNotContain(weekend.Items, i => i.Title.StartsWith("Projektmanagement mit Zertifikat", StringComparison.Ordinal));
        Assert.All(weekend.Items, i => Assert.Contains(i.NextSession!.StartDate.DayOfWeek, new[] { DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday }));
    }

    [Fact]
    public async Task Every_facet_count_equals_the_total_with_that_filter_added_also_with_understood_words()
    {
        var client = platform.CreateClient();
        var result = await client.SearchAsync(SearchApiClient.Q("Excel Unna") + "&radiusKm=50&pageSize=1");
        var checks = result.Facets.Schedule.Select(f => ("schedule", f.Key, f.Value))
            .Concat(result.Facets.Funding.Select(f => ("funding", f.Key, f.Value)))
            .Concat(result.Facets.TimeModels.Select(f => ("timeModel", f.Key, f.Value)));
        foreach (var (name, value, count) in checks)
        {
            var filtered = await client.SearchAsync($"{SearchApiClient.Q("Excel Unna")}&radiusKm=50&{name}={value}&pageSize=1");
            Assert.True(count == filtered.Total, $"Facette {name}={value}: Zahl {count}, gefiltert {filtered.Total}");
        }
    }

    [Fact]
    public async Task An_explicit_filter_wins_and_the_word_stays_a_search_word()
    {
        var client = platform.CreateClient();
        var result = await client.SearchAsync(SearchApiClient.Q("Excel Dortmund") + "&town=Unna&radiusKm=10");

        Assert.Empty(result.Understood);
        Assert.Contains("Dortmund", result.SearchWords);
        var format = await client.SearchAsync(SearchApiClient.Q("Excel online") + "&format=onsite");
        Assert.DoesNotContain(format.Understood, u => u.Kind == "format");
    }

    [Fact]
    public async Task A_town_outside_the_region_that_is_also_a_word_needs_a_hint()
    {
        var client = platform.CreateClient();
        var plain = await client.SearchAsync(SearchApiClient.Q("Excel Essen"));
        var hinted = await client.SearchAsync(SearchApiClient.Q("Excel in Essen"));
        var region = await client.SearchAsync(SearchApiClient.Q("Excel Kamen"));

        Assert.Empty(plain.Understood);
        Assert.Equal("Essen", Assert.Single(hinted.Understood).Value);
        Assert.Equal("Kamen", Assert.Single(region.Understood).Value);
    }

    [Fact]
    public async Task Undo_takes_the_word_as_a_search_word_again()
    {
        var client = platform.CreateClient();
        var result = await client.SearchAsync(SearchApiClient.Q("Excel Dortmund"));
        var undo = Assert.Single(result.Understood).Undo!;
        Assert.StartsWith("/api/v1/offers?", undo);
        Assert.Contains("literal=Dortmund", undo);

        var undone = await client.SearchAsync(undo["/api/v1/offers?".Length..]);
        Assert.Empty(undone.Understood);
        Assert.Contains("Dortmund", undone.SearchWords);
    }

    [Fact]
    public async Task The_page_shows_what_it_understood_with_one_link_to_undo_each()
    {
        var client = platform.CreateClient();
        var page = await client.GetDocumentAsync("/angebote?q=" + Uri.EscapeDataString("Excel online Dortmund"));

        var chips = page.QuerySelectorAll(".understood .chip");
        Assert.Equal(2, chips.Length);
        Assert.Contains(chips, c => c.TextContent.Contains("Ort Dortmund (25 km)"));
        var undo = chips.Select(c => c.QuerySelector("a")!).Single(a => a.GetAttribute("href")!.Contains("literal=Dortmund"));
        Assert.Contains("„Dortmund“", undo.GetAttribute("aria-label"));

        var undone = await client.GetDocumentAsync(undo.GetAttribute("href")!);
        var left = Assert.Single(undone.QuerySelectorAll(".understood .chip"));
        Assert.Contains("online", left.TextContent);
        Assert.Equal("Dortmund", undone.QuerySelector("input[type=hidden][name=literal]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Without_text_a_radius_or_distance_order_still_needs_a_place()
    {
        var response = await platform.CreateClient().GetAsync("/api/v1/offers?radiusKm=25");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);

        var withText = await platform.CreateClient().SearchAsync(SearchApiClient.Q("Excel") + "&radiusKm=25&sort=distance");
        Assert.NotNull(withText.Note);
        Assert.NotEmpty(withText.Items);
    }

    [Fact]
    public void The_schedule_rules_follow_the_documented_definition()
    {
        var saturday = new DateOnly(2026, 12, 12);
        Assert.Equal(SessionSchedules.Bit(SessionSchedule.Evening), SessionSchedules.MaskOf(saturday.AddDays(3), saturday.AddDays(3), new TimeOnly(17, 0)));
        Assert.Equal(0, SessionSchedules.MaskOf(saturday.AddDays(3), saturday.AddDays(3), new TimeOnly(16, 59)));
        Assert.Equal(0, SessionSchedules.MaskOf(saturday.AddDays(3), saturday.AddDays(3), null));
        Assert.Equal(SessionSchedules.Bit(SessionSchedule.Weekend), SessionSchedules.MaskOf(saturday, saturday.AddDays(1), null));
        Assert.Equal(SessionSchedules.Bit(SessionSchedule.Weekend), SessionSchedules.MaskOf(saturday, saturday.AddDays(7), new TimeOnly(9, 0)));
        Assert.Equal(SessionSchedules.Bit(SessionSchedule.Weekend), SessionSchedules.MaskOf(saturday.AddDays(-1), saturday.AddDays(1), null));
        Assert.Equal(0, SessionSchedules.MaskOf(saturday.AddDays(2), saturday.AddDays(6), null));
        Assert.Equal(0, SessionSchedules.MaskOf(saturday, saturday.AddDays(2), null));
    }
}
