using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Linking;

namespace Weiterbildungsraum.Domain.Tests.Offers.Linking;

/// <summary>The linker over the repository's current model and ESCO labels.</summary>
public class CompetencyLinkerTests
{
    private static readonly CompetencyLinker Linker = new(LinkingSet.Model());

    private static readonly OfferText Forklift = new(
        "Staplerschein für Gabelstaplerfahrer",
        "Ausbildung nach DGUV Grundsatz 308-001 mit Prüfung.",
        "<p>Aufbau des Staplers, Tragfähigkeitsdiagramm, Lastaufnahme und tägliche Einsatzprüfung.</p><ul><li>Praktische Fahrübungen</li></ul>",
        Hours: 16);

    [Fact]
    public void An_excel_course_links_spreadsheets_and_not_the_competencies_the_old_suggester_proposed()
    {
        var links = Linker.Link(new OfferText(
            "Excel im Büro – Listen, Formeln, Diagramme",
            "Für Beschäftigte aus Verwaltung, Lager und Produktion, die Prozesse mit Excel unterstützen.",
            "Sie legen Tabellen an, rechnen mit Formeln und Funktionen, sortieren und filtern Daten und stellen Ergebnisse in Diagrammen dar. " +
            "Zum Abschluss werten Sie Daten mit einer Pivot-Tabelle aus."));
        Assert.Equal(["daten-auswerten-tabellen"], links.Select(l => l.Key));
        Assert.DoesNotContain(Linker.Rank(new OfferText("Excel im Büro", "Für Beschäftigte in Verwaltung und Lager")).Where(l => l.Confidence >= CompetencyLinker.LinkThreshold),
            l => l.Key is "beschaeftigte-beteiligen-klimaschutz" or "lagerautomatisierung");
    }

    [Theory]
    [InlineData("Hatha-Yoga für Anfänger", "Sanfte Übungen für Beweglichkeit, Kraft und Entspannung. Bitte eine Yogamatte mitbringen.")]
    [InlineData("Italienisch für Anfänger A1", "Begrüßen, sich vorstellen, im Restaurant bestellen und nach dem Weg fragen.")]
    [InlineData("Bewerbungsfotos im Studio", "Professionelle Fotos für Ihre Bewerbung, mit Styling-Tipps und Durchsicht der Unterlagen.")]
    [InlineData("", "")]
    public void An_offer_that_teaches_nothing_of_the_model_gets_no_link(string title, string description) =>
        Assert.Empty(Linker.Link(new OfferText(title, Content: description)));

    [Fact]
    public void A_compound_in_the_offer_matches_the_parts_the_model_spells_apart()
    {
        var link = Linker.Link(Forklift).Single(l => l.Key == "flurfoerderzeuge");
        Assert.Contains(link.Evidence, e => e.Words.Contains("Staplerschein") || e.Words.Contains("Gabelstaplerfahrer"));
        Assert.Contains(Linker.Link(new OfferText("Lagerlogistik kompakt", "Wareneingang, Einlagerung, Kommissionierung und Versand")), l => l.Key == "lagerprozesse");
    }

    [Fact]
    public void A_compound_of_the_model_matches_an_offer_that_spells_its_parts_apart()
    {
        var link = Linker.Rank(new OfferText("Prüfen der Qualität von Lötstellen an SMD-Baugruppen")).First();
        Assert.Equal("smd-loettechnik", link.Key);
        Assert.Contains(link.Evidence, e => e.Words.Contains("Lötstellen"));
    }

    [Fact]
    public void Umlauts_and_their_spelled_out_forms_link_alike()
    {
        var umlauts = Linker.Rank(new OfferText("Flurförderzeuge sicher führen", "Gabelstapler im Lager, Prüfung vor Schichtbeginn"));
        var spelledOut = Linker.Rank(new OfferText("Flurfoerderzeuge sicher fuehren", "Gabelstapler im Lager, Pruefung vor Schichtbeginn"));
        Assert.Equal(umlauts.Select(l => (l.Key, l.Confidence)), spelledOut.Select(l => (l.Key, l.Confidence)));
        Assert.Equal("flurfoerderzeuge", umlauts[0].Key);
    }

    [Fact]
    public void Html_tags_are_no_words_of_the_offer()
    {
        var html = Linker.Rank(Forklift);
        var plain = Linker.Rank(Forklift with { Content = "Aufbau des Staplers, Tragfähigkeitsdiagramm, Lastaufnahme und tägliche Einsatzprüfung. Praktische Fahrübungen" });
        Assert.Equal(plain.Select(l => (l.Key, l.Confidence)), html.Select(l => (l.Key, l.Confidence)));
        Assert.DoesNotContain(html.SelectMany(l => l.Evidence), e => e.Words.Contains('<') || e.Words.Split(", ").Contains("li"));
    }

    [Fact]
    public void What_an_offer_says_it_teaches_and_its_keywords_weigh_more_than_its_description()
    {
        var offer = new OfferText("Sicher im Betrieb", Content: "Wir behandeln auch Ladungssicherung.");
        var inDescription = Confidence(offer, "ladungssicherung");
        Assert.True(Confidence(offer with { Content = "", Teaches = ["Ladungssicherung"] }, "ladungssicherung") > inDescription);
        Assert.True(Confidence(offer with { Content = "", Keywords = ["Ladungssicherung"] }, "ladungssicherung") > inDescription);
    }

    [Fact]
    public void Evidence_names_the_field_the_words_as_written_and_the_text_of_the_competency()
    {
        var link = Linker.Link(new OfferText("Gefahrgut-Schulung nach ADR", Keywords: ["Gefahrgutbeauftragte"])).Single(l => l.Key == "gefahrgut");
        var title = link.Evidence.First(e => e.Field == "Titel");
        Assert.Contains("ADR", title.Words);
        Assert.Equal("Name", title.Via);
        Assert.Contains(link.Evidence, e => e.Field == "Schlagworte" && e.Words == "Gefahrgutbeauftragte");
        Assert.All(Linker.Link(new OfferText("DSGVO-Schulung", "Datenschutz für Mitarbeitende")).SelectMany(l => l.Evidence),
            e => Assert.Contains(e.Via, new[] { "Name", "Beschreibung", "Stufentexte" }.Concat(LinkingSet.Model().SelectMany(c => c.Labels ?? []).Select(l => "ESCO: " + l))));
    }

    [Theory]
    [InlineData("Excel Grundlagen für Einsteiger", null, null, 0, 2)]
    [InlineData("Excel Aufbaukurs: Pivot-Tabellen und Power Query", null, null, 1, 3)]
    [InlineData("Excel für Experten: Makros und Power Pivot", null, null, 2, 4)]
    [InlineData("Excel-Tabellen auswerten", null, null, 0, 2)]
    [InlineData("Excel-Tabellen auswerten", 40, null, 0, 3)]
    [InlineData("Excel-Tabellen auswerten", null, "Umschulung mit IHK-Abschluss", 0, 3)]
    [InlineData("Excel für Experten: Makros und Power Pivot", 16, null, 2, 3)]
    [InlineData("Excel für Experten: Makros und Power Pivot", 6, null, 1, 2)]
    [InlineData("Excel-Tabellen sicher meistern", null, null, 0, 2)]
    [InlineData("Excel für beauftragte Personen im Controlling", null, null, 0, 3)]
    public void Levels_follow_what_the_offer_calls_itself_its_length_and_its_qualification(string title, int? hours, string? qualification, int entry, int exit)
    {
        var link = Linker.Rank(new OfferText(title, "Daten in Tabellen mit Formeln und Diagrammen auswerten.", Qualification: qualification ?? "", Hours: hours))
            .Single(l => l.Key == "daten-auswerten-tabellen");
        Assert.Equal((entry, exit), (link.EntryLevel, link.ExitLevel));
    }

    [Fact]
    public void Rank_offers_the_best_candidates_first_and_no_more_than_asked()
    {
        var ranked = Linker.Rank(new OfferText("KI-Assistenten im Kundenservice", "Chatbots und generative KI für Gespräche mit Kunden"), max: 3);
        Assert.Equal(3, ranked.Count);
        Assert.Equal(ranked.OrderByDescending(l => l.Confidence).Select(l => l.Key), ranked.Select(l => l.Key));
        Assert.All(ranked, l => Assert.InRange(l.Confidence, 0, 1));
    }

    [Fact]
    public void Links_made_in_parallel_are_the_links_made_one_by_one()
    {
        var offers = LinkingSet.Offers(LinkingSet.Tuning).Select(o => o.Text).ToList();
        var oneByOne = offers.Select(Describe).ToList();
        var parallel = new string[offers.Count * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(offers[i % offers.Count]));
        for (var i = 0; i < parallel.Length; i++) Assert.Equal(oneByOne[i % offers.Count], parallel[i]);
    }

    private static string Describe(OfferText offer) =>
        string.Join("; ", Linker.Link(offer).Select(l => $"{l.Key} {l.EntryLevel}-{l.ExitLevel} {l.Confidence} {string.Join(",", l.Evidence)}"));

    private static double Confidence(OfferText offer, string key) => Linker.Rank(offer, 132).SingleOrDefault(l => l.Key == key)?.Confidence ?? 0;
}
