using System.Text.Json;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// "ergebnisse [offers] [file]": writes the full results (items, facets, totals) of many searches over a generated index,
/// so that two versions of the search can be compared byte for byte after a change meant to keep results identical.
/// </summary>
public static class ResultSnapshot
{
    public static void Run(int offers, string file)
    {
        using var data = new BenchData(offers);
        var requests = new List<OfferSearchRequest>(BenchData.MixedQueries);
        foreach (var q in BenchData.MixedQueries)
        {
            requests.Add(q with { Page = 3, PageSize = 7 });
            foreach (var sort in new[] { OfferSort.Date, OfferSort.Price })
                requests.Add(q with { Sort = sort, PageSize = 50 });
        }
        requests.AddRange(
        [
            new() { PageSize = 100 },
            new() { Q = "Lager", PageSize = 100 },
            new() { Town = "Unna", PageSize = 30 },
            new() { Town = "Atlantis", PageSize = 30 },
            new() { Postcode = "10115", PageSize = 30 },
            new() { Postcode = "44135", RadiusKm = 10, Sort = OfferSort.Distance, PageSize = 30 },
            new() { Town = "Hamm", Sort = OfferSort.Distance, PageSize = 30, Formats = [OfferFormat.Online] },
            new() { From = BenchData.Today.AddDays(100), To = BenchData.Today.AddDays(130), Sort = OfferSort.Date, PageSize = 30 },
            new() { MinHours = 40, MaxHours = 160, MaxPrice = 3000, Provider = 3, PageSize = 30 },
            new() { Q = "Kran", Funding = [FundingRoute.Azav, FundingRoute.Qcg], PageSize = 30 },
            new() { Q = "Gabelstapler Suchmaschinenoptimierung", PageSize = 30 },
            new() { Competencies = ["arbeitsschutz"], PageSize = 30 },
            new() { Family = "logistik", Competencies = ["arbeitsschutz", "unbekannt"], PageSize = 30 },
            new() { Family = "gibt-es-nicht", PageSize = 30 },
        ]);
        using var output = File.CreateText(file);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { WriteIndented = true };
        foreach (var request in requests)
        {
            output.WriteLine(JsonSerializer.Serialize(request, json));
            output.WriteLine(JsonSerializer.Serialize(data.Searcher.Search(request, BenchData.Today), json));
        }
        Console.WriteLine($"{requests.Count} Suchen nach {file} geschrieben.");
    }
}
