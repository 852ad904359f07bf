namespace Weiterbildungsraum.Web.Tests.Search;

/// <summary>Queries as people type them, over a catalogue of their own (<see cref="EvaluationCatalogue"/>): the offer meant must come among the first three.</summary>
public class GermanQueryTests(EvaluationPlatform platform) : IClassFixture<EvaluationPlatform>
{
    private const int Top = 3;

    /// <summary>Query and words of the title of the offer meant.</summary>
    public static TheoryData<string, string> Queries => new()
    {
        // a closed compound typed, the offer spells its parts apart
        { "Qualitätsprüfung", "Prüfung der Qualität" },
        { "Qualitätsprüfung Kunststoff", "Prüfung der Qualität" },
        { "Lötkurs", "Löten von SMD" },
        { "Staplerschein", "Gabelstaplerfahrer" },
        { "Kranschein", "Kranführer" },
        { "Hydraulikschulung", "Hydraulik" },
        // words apart typed, the offer has the compound
        { "Kontrolle Wareneingang", "Wareneingangskontrolle" },
        { "Führer Kran", "Kranführer" },
        { "Helfer Brandschutz", "Brandschutzhelfer" },
        // course words as heads and on their own
        { "Brandschutzschulung", "Brandschutzhelfer" },
        { "Buchhaltungsseminar", "Buchhaltung mit DATEV" },
        { "Excel Kurs", "Excel" },
        { "Seminar Projektmanagement", "Projektmanagement" },
        { "Weiterbildung Buchhaltung", "Buchhaltung mit DATEV" },
        { "Lehrgang Ladungssicherung", "Ladungssicherung" },
        // one edit in words of four and five letters, two in longer ones
        { "Exel", "Excel" },
        { "Exzel Pivot", "Pivot" },
        { "Englsch", "Englisch" },
        { "Hydraulk", "Hydraulik" },
        { "Projecktmanagemnt", "Projektmanagement" },
        { "Brantschuzhelfer", "Brandschutzhelfer" },
        { "Datenschuz", "Datenschutz" },
        { "Buchhaltnug DATEV", "Buchhaltung" },
        // stems and inflection
        { "Gabelstapler", "Gabelstaplerfahrer" },
        { "Elektrofachkräfte", "Elektrofachkraft" },
        { "Lagerwirtschaft", "Lagerwirtschaft" },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task The_meant_offer_is_among_the_first_results(string query, string titleWords)
    {
        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q(query) + "&pageSize=" + Top);

        Assert.True(result.Items.Any(i => i.Title.Contains(titleWords, StringComparison.OrdinalIgnoreCase)),
            $"„{query}“: erwartet „{titleWords}“ unter den ersten {Top}, bekommen: {string.Join(" | ", result.Items.Select(i => i.Title))}");
    }

    [Fact]
    public async Task A_title_match_ranks_above_an_offer_that_names_the_word_only_in_its_description()
    {
        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q("Staplerschein Dortmund"));

        Assert.StartsWith("Gabelstaplerfahrer", result.Items[0].Title);
        var teilqualifizierung = result.Items.ToList().FindIndex(i => i.Title.StartsWith("Teilqualifizierung", StringComparison.Ordinal));
        Assert.True(teilqualifizierung is -1 or > 0);
    }

    [Fact]
    public async Task A_typo_in_a_word_of_three_letters_is_not_corrected()
    {
        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q("SAB"));

        Assert.DoesNotContain(result.Items, i => i.Title.StartsWith("SAP", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_known_word_is_taken_as_typed_and_not_as_a_typo_of_another()
    {
        // "Schweißen" is a German word (the word list knows it): no offer teaches welding, so nothing is found.
        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q("Schweißen"));

        Assert.Equal(0, result.Total);
        Assert.Equal(["Schweißen"], result.UnmatchedWords);
        Assert.Contains("Zu „Schweißen“ gibt es kein Angebot.", result.Note);
    }

    [Fact]
    public async Task A_word_nothing_matches_is_named_and_no_unrelated_offer_is_shown()
    {
        var result = await platform.CreateClient().SearchAsync(SearchApiClient.Q("Schweißen Bildungsgutschein"));

        Assert.Equal(0, result.Total);
        Assert.Empty(result.Items);
        Assert.Equal(["Schweißen"], result.UnmatchedWords);
        Assert.Equal("funding", Assert.Single(result.Understood).Kind);
        Assert.Contains("Zu „Schweißen“ gibt es kein Angebot.", result.Note);
    }

    [Fact]
    public async Task When_one_word_matches_nothing_the_offers_of_the_others_are_shown_and_labelled()
    {
        var client = platform.CreateClient();
        var result = await client.SearchAsync(SearchApiClient.Q("Schweißen Excel"));

        Assert.Equal(["Schweißen"], result.UnmatchedWords);
        Assert.Equal(["Excel"], result.SearchWords);
        Assert.NotEmpty(result.Items);
        Assert.All(result.Items, i => Assert.Contains("Excel", i.Title));
        Assert.Contains("Gezeigt werden Angebote zu „Excel“.", result.Note);

        var page = await client.GetDocumentAsync("/angebote?q=" + Uri.EscapeDataString("Schweißen Excel"));
        Assert.Equal("Zu „Schweißen“ gibt es kein Angebot.", page.QuerySelector(".no-offer")!.TextContent.Trim());
        Assert.Contains("zu „Excel“", page.QuerySelector("#treffer")!.TextContent);
    }

    [Fact]
    public async Task Course_words_alone_browse_every_offer()
    {
        var client = platform.CreateClient();
        var all = await client.SearchAsync("pageSize=1");
        var courses = await client.SearchAsync(SearchApiClient.Q("Kurs") + "&pageSize=1");

        Assert.Equal(all.Total, courses.Total);
        Assert.Empty(courses.UnmatchedWords);
    }
}
