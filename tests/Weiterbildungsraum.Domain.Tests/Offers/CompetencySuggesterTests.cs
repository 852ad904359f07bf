using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Tests.Offers;

public class CompetencySuggesterTests
{
    private static readonly CompetencyText[] Model =
    [
        new("sps-programmierung", "SPS-Programmierung", "Speicherprogrammierbare Steuerungen programmieren, testen und Programme ändern.",
            ["Liest einfache Steuerungsprogramme.", "Ändert Programme nach Anleitung.", "Programmiert Steuerungen selbstständig in strukturiertem Text.", "Entwickelt Programmierstandards weiter."]),
        new("lagerlogistik", "Lager- und Bestandsmanagement", "Waren annehmen, einlagern, kommissionieren und Bestände führen.",
            ["Kennt die Lagerbereiche.", "Kommissioniert nach Auftrag.", "Plant Lagerplätze und Bestände.", "Optimiert Lagerprozesse."]),
        new("flurfoerderzeuge", "Flurförderzeuge sicher führen", "Gabelstapler und andere Flurförderzeuge sicher bedienen und Ladung sichern.",
            ["Kennt die Gefahren beim Staplerfahren.", "Fährt Stapler unter Aufsicht.", "Führt Stapler sicher und sichert Ladung selbstständig.", "Unterweist andere im Staplerfahren."]),
        new("kundenkommunikation", "Kundenkommunikation", "Gespräche mit Kunden führen, Anliegen verstehen und Beschwerden lösen.",
            ["Nimmt Anliegen auf.", "Führt Gespräche nach Leitfaden.", "Löst Beschwerden selbstständig.", "Schult andere in der Kundenkommunikation."]),
        new("energieeffizienz", "Energie- und Ressourceneffizienz", "Energieverbräuche erfassen, bewerten und Einsparmaßnahmen umsetzen.",
            ["Kennt Verbraucher im eigenen Bereich.", "Erfasst Verbräuche nach Anleitung.", "Bewertet Einsparmaßnahmen.", "Entwickelt Energiekonzepte."]),
        new("ki-werkzeuge", "KI-Werkzeuge im Arbeitsalltag", "Generative KI für Texte, Recherche und Auswertungen verantwortungsvoll nutzen.",
            ["Kennt Möglichkeiten und Grenzen.", "Nutzt Chatbots nach Anleitung.", "Formuliert Prompts selbstständig und prüft Ergebnisse.", "Führt KI-Anwendungen im Team ein."]),
    ];

    private static readonly CompetencySuggester Suggester = new(Model);

    [Fact]
    public void A_forklift_course_suggests_the_forklift_and_warehouse_competencies_first()
    {
        var top = Suggester.Suggest(
            "Staplerschein: Gabelstapler sicher fahren",
            "Ausbildung zum Fahren von Flurförderzeugen nach DGUV Grundsatz 308-001.",
            "<p>Theorie und Praxis: Sie führen Gabelstapler sicher, sichern Ladungen und lernen die Abläufe im Lager kennen.</p>");
        Assert.Equal("flurfoerderzeuge", top[0].Key);
        Assert.Contains(top, s => s.Key == "lagerlogistik");
        Assert.DoesNotContain(top, s => s.Key is "ki-werkzeuge" or "kundenkommunikation");
    }

    [Fact]
    public void Inflected_and_compound_words_still_match()
    {
        var top = Suggester.Suggest("Programmieren von Steuerungen", "", "<p>Wir programmieren Siemens-Steuerungen und testen die Programme an Übungsanlagen.</p>");
        Assert.Equal("sps-programmierung", top[0].Key);

        var compound = Suggester.Suggest("Lagerlogistik kompakt", "", "Wareneingang, Kommissionierung und Bestandsführung im Lager.");
        Assert.Equal("lagerlogistik", compound[0].Key);
    }

    [Fact]
    public void Umlauts_and_their_spelled_out_forms_are_the_same()
    {
        var withUmlaut = Suggester.Suggest("Flurförderzeuge", "", "");
        var folded = Suggester.Suggest("Flurfoerderzeuge", "", "");
        Assert.Equal(withUmlaut.Select(s => s.Key), folded.Select(s => s.Key));
        Assert.Equal("flurfoerderzeuge", withUmlaut[0].Key);
    }

    [Fact]
    public void Scores_are_ordered_and_limited_and_an_unrelated_text_gets_nothing()
    {
        var top = Suggester.Suggest("KI im Kundenservice", "Chatbots und generative KI für Gespräche mit Kunden", "", max: 2);
        Assert.Equal(2, top.Count);
        Assert.True(top[0].Score >= top[1].Score);
        Assert.Equal(["ki-werkzeuge", "kundenkommunikation"], top.Select(s => s.Key).Order());
        Assert.Empty(Suggester.Suggest("Yoga am Morgen", "Entspannung", ""));
        Assert.Empty(Suggester.Suggest("", "", ""));
    }

    [Theory]
    [InlineData("Programmierung", "programmieren")]
    [InlineData("Kunden", "Kunde")]
    [InlineData("Führung", "führen")]
    [InlineData("Energieeffizienz", "ENERGIEEFFIZIENZ")]
    public void Stems_of_related_forms_agree(string a, string b) =>
        Assert.Equal(GermanText.Terms(a).Single(), GermanText.Terms(b).Single());

    [Fact]
    public void Stop_words_are_dropped_and_umlauts_folded()
    {
        Assert.Equal(GermanText.Terms("grosse strasse"), GermanText.Terms("Die große Straße und der"));
        Assert.Equal(2, GermanText.Terms("Die große Straße und der").Count());
        Assert.Equal("aeoeuess", GermanText.Fold("ÄÖÜß"));
    }
}
