using System.Globalization;
using System.Text.Json;
using Weiterbildungsraum.Domain.Text;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>
/// The regular price among the schema.org offers of a course (Offer, AggregateOffer, priceSpecification): the one labelled
/// regular, otherwise the highest price not labelled as a reduction (early booking, members, students). The others go
/// into the price remark, so a reader sees them too. Only prices in euro count.
/// </summary>
public static class JsonLdPrices
{
    private static readonly string[] Regular = ["regul", "normal", "standard", "listprice", "list price", "vollpreis", "vollzahler", "regular"];
    private static readonly string[] Reduced =
        ["frueh", "early", "ermaess", "rabatt", "mitglied", "member", "sale", "discount", "student", "azubi", "schueler", "sonder", "aktion", "strikethrough", "gruppe"];

    /// <summary>One price: <paramref name="Label"/> to show, <paramref name="Words"/> all that describes it (name, category, price type).</summary>
    private sealed record Candidate(string Label, string Words, decimal Amount, string Path);

    private sealed class Found
    {
        public List<Candidate> Candidates { get; } = [];
        public List<(string Currency, string Path)> OtherCurrencies { get; } = [];
    }

    /// <summary>The chosen price, or null when no offer names a readable price in euro; findings go to the catalogue.</summary>
    public static decimal? Choose(JsonLdGraph graph, IReadOnlyList<(JsonElement Offer, string Path)> offers, OfferRecord o, ParsedCatalogue result)
    {
        var found = new Found();
        foreach (var (offer, path) in offers) Read(graph, offer, path, found, o, result);
        foreach (var (currency, path) in found.OtherCurrencies)
        {
            var message = $"Nur Preise in Euro werden übernommen, nicht in {currency}.";
            if (found.Candidates.Count > 0) result.Notice(path, "priceCurrency", message, o);
            else result.Warning(path, "priceCurrency", message + $" Gezeigt wird „{OfferRecordValidator.PriceOnRequest}“.", o);
        }
        var candidates = found.Candidates;
        if (candidates.Count == 0) return null;
        var labelled = candidates.FirstOrDefault(c => Has(c.Words, Regular));
        var chosen = labelled ?? candidates.Where(c => !Has(c.Words, Reduced)).MaxBy(c => c.Amount) ?? candidates.MaxBy(c => c.Amount)!;
        var others = candidates.Where(c => c != chosen && c.Amount != chosen.Amount).ToList();
        if (others.Count > 0)
        {
            var list = string.Join("; ", others.Select(c => $"{(c.Label.Length > 0 ? c.Label : "ohne Bezeichnung")} {ImportValues.Euro(c.Amount)}"));
            o.PriceRemark = string.Join(" – ", new[] { o.PriceRemark, $"Weitere Preise: {list}" }.Where(t => t.Length > 0));
            var why = labelled is not null ? "als regulär bezeichnet" : "höchster Preis ohne Ermäßigung";
            result.Notice(chosen.Path, "offers", $"Mehrere Preise: übernommen wird {(chosen.Label.Length > 0 ? $"„{chosen.Label}“ " : "")}{ImportValues.Euro(chosen.Amount)} ({why}); die übrigen stehen im Preishinweis.", o);
        }
        return chosen.Amount;
    }

    private static void Read(JsonLdGraph graph, JsonElement offer, string path, Found found, OfferRecord o, ParsedCatalogue result)
    {
        string[] described = [graph.Str(offer, "name"), graph.Str(offer, "category"), graph.Str(offer, "eligibleCustomerType"), graph.Str(offer, "description")];
        var label = described.FirstOrDefault(t => t.Length > 0) ?? "";
        var words = string.Join(" ", described);
        if (graph.IsType(offer, "AggregateOffer") && graph.Prop(offer, "price") is null && graph.Prop(offer, "lowPrice") is { } low)
        {
            if (Amount(low, graph) is not { } from || !InEuro(graph.Str(offer, "priceCurrency"), path, found)) return;
            var high = graph.Prop(offer, "highPrice") is { } h ? Amount(h, graph) : null;
            found.Candidates.Add(new(label, words, from, path + ".lowPrice"));
            o.PriceRemark = string.Join(" – ", new[] { o.PriceRemark, high is { } to && to != from ? $"ab {ImportValues.Euro(from)} bis {ImportValues.Euro(to)}" : $"ab {ImportValues.Euro(from)}" }.Where(t => t.Length > 0));
            return;
        }
        var specifications = graph.Many(offer, "priceSpecification").ToList();
        if (graph.Prop(offer, "price") is null && specifications.Count > 0)
        {
            for (var i = 0; i < specifications.Count; i++)
            {
                var spec = specifications[i];
                var specLabel = new[] { graph.Str(spec, "name"), label }.FirstOrDefault(t => t.Length > 0) ?? "";
                Add(graph, spec, specLabel, $"{words} {graph.Str(spec, "name")} {graph.Str(spec, "priceType")}", path + graph.Segment(offer, "priceSpecification", i), found, o, result);
            }
            return;
        }
        Add(graph, offer, label, words, path, found, o, result);
    }

    private static void Add(JsonLdGraph graph, JsonElement node, string label, string words, string path, Found found, OfferRecord o, ParsedCatalogue result)
    {
        if (graph.Prop(node, "price") is not { } price || !InEuro(graph.Str(node, "priceCurrency"), path + ".priceCurrency", found)) return;
        if (Amount(price, graph) is { } amount)
        {
            found.Candidates.Add(new(label, words, amount, path));
            return;
        }
        var text = graph.Str(price);
        if (ImportValues.SaysOnRequest(text))
        {
            o.PriceRemark = OfferRecordValidator.OnRequest(o.PriceRemark);
            return;
        }
        // The provider's words stay as the price remark, so nothing they wrote is lost.
        o.PriceRemark = string.Join(" – ", new[] { text, o.PriceRemark }.Where(t => t.Length > 0));
        result.Warning(path + ".price", "price", $"„{text}“ ist kein Preis (erwartet eine Zahl wie 1290.00 oder „1.290,00 €“); gezeigt wird „{OfferRecordValidator.PriceOnRequest}“ mit Ihrem Text als Preishinweis.", o);
    }

    private static bool InEuro(string currency, string path, Found found)
    {
        if (currency.Length == 0 || currency.Equals("EUR", StringComparison.OrdinalIgnoreCase) || currency == "€") return true;
        found.OtherCurrencies.Add((currency, path));
        return false;
    }

    private static decimal? Amount(JsonElement value, JsonLdGraph graph)
    {
        if (value.ValueKind == JsonValueKind.Number)
            return decimal.TryParse(value.GetRawText(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? decimal.Round(n, 2) : null;
        return ImportValues.TryPrice(graph.Str(value), out var p) ? p : null;
    }

    private static bool Has(string words, string[] markers)
    {
        var folded = GermanText.Fold(words);
        return markers.Any(folded.Contains);
    }
}
