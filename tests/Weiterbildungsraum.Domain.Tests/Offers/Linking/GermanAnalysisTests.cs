using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Tests.Offers.Linking;

public class GermanAnalysisTests
{
    private static readonly Decompounder Splitter = new(
        "Lager Logistik Gabelstapler Schubmaststapler Fahrer Qualität Prüfung löten Kurs Wareneingang Steuerung"
            .Split(' ').Select(GermanText.Fold));

    [Theory]
    [InlineData("Lagerlogistik", "lager logistik")]
    [InlineData("Qualitätsprüfung", "qualitaet pruefung")]
    [InlineData("Lötkurs", "loet kurs")]
    [InlineData("Staplerfahrer", "stapler fahrer")]
    [InlineData("Gabelstaplerfahrer", "gabelstapler fahrer")]
    public void Compounds_split_into_parts_the_vocabulary_knows(string word, string parts) =>
        Assert.Equal(parts.Split(' '), Splitter.Split(GermanText.Fold(word)));

    [Fact]
    public void A_head_that_compounds_share_is_found_behind_an_unknown_first_part() =>
        Assert.Equal(["front", "staplern"], Splitter.Split("frontstaplern"));

    [Theory]
    [InlineData("Wälzlager")]
    [InlineData("Logistik")]
    [InlineData("Bewerbungsmappe")]
    public void Words_without_known_parts_stay_whole(string word) => Assert.Empty(Splitter.Split(GermanText.Fold(word)));

    [Theory]
    [InlineData("Programmierung", "programmieren")]
    [InlineData("Kunden", "Kunde")]
    [InlineData("Führung", "führen")]
    [InlineData("kundenorientierte", "Kundenorientierung")]
    [InlineData("Energieeffizienz", "ENERGIEEFFIZIENZ")]
    public void Stems_of_related_forms_agree(string a, string b) =>
        Assert.Equal(GermanText.Terms(a).Single(), GermanText.Terms(b).Single());

    [Fact]
    public void Stop_words_are_dropped_and_umlauts_folded()
    {
        Assert.Equal(GermanText.Terms("grosse strasse"), GermanText.Terms("Die große Straße und der"));
        Assert.Equal(2, GermanText.Terms("Die große Straße und der").Count());
        Assert.Equal("aeoeuess", GermanText.Fold("ÄÖÜß"));
        Assert.Equal("cafe", GermanText.Fold("Café"));
    }
}
