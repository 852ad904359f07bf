using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Bench;

/// <summary>Builds the generated catalogue into an index folder and offers the searcher over it.</summary>
public sealed class BenchData : IDisposable
{
    public const int Offers = 100_000;
    public const int SessionsPerOffer = 3;

    public SearchIndexStore Store { get; }
    public OfferSearcher Searcher { get; }
    public OfferQueryBuilder Queries { get; }
    public TimeSpan BuildTime { get; }
    public string Path { get; }

    public BenchData(int offers = Offers)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wbr-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var model = new ContentReader(ContentRoot()).ReadModel();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Store = SearchIndexStore.Open(Path, out _);
        foreach (var entry in OfferGenerator.Generate(model, offers, SessionsPerOffer, seed: 2026, Today)) Store.Add(entry);
        Store.Commit(DateTime.UtcNow);
        BuildTime = watch.Elapsed;
        Queries = new OfferQueryBuilder(Store, SynonymTable.Load(Store.Analyzer));
        Searcher = new OfferSearcher(Store, Queries, PlaceTable.Directory);
    }

    public static DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A mixed set: single words, compounds, typos, phrases and browsing, each with two facet filters.</summary>
    public static IReadOnlyList<OfferSearchRequest> MixedQueries { get; } =
    [
        new() { Q = "Gabelstapler", Formats = [OfferFormat.Onsite], Funding = [Domain.Offers.FundingRoute.Azav] },
        new() { Q = "Kran", TimeModel = TimeModel.FullTime, Formats = [OfferFormat.Inhouse] },
        new() { Q = "Prozessoptimierung", Family = "produktion", Formats = [OfferFormat.Blended] },
        new() { Q = "Qualitätsmangement", Funding = [Domain.Offers.FundingRoute.Azav], TimeModel = TimeModel.PartTime },
        new() { Q = "künstliche Intelligenz Vertrieb", Formats = [OfferFormat.Online], MaxPrice = 2000 },
        new() { Q = "SPS Programmierung", Postcode = "44135", RadiusKm = 50, Funding = [Domain.Offers.FundingRoute.Qcg] },
        new() { Q = "Lager", Family = "logistik", TimeModel = TimeModel.AlongsideWork },
        new() { Q = "Nachhaltigkeitsbericht", Formats = [OfferFormat.Online, OfferFormat.Blended], MaxHours = 80 },
        new() { Q = "Montage", Town = "Hamm", RadiusKm = 25, Sort = OfferSort.Distance },
        new() { Q = "CO2 Bilanz erstellen", Funding = [Domain.Offers.FundingRoute.Bildungsscheck], Formats = [OfferFormat.Online] },
        new() { Formats = [OfferFormat.Onsite], Family = "mikrotechnik" },
        new() { Postcode = "59423", RadiusKm = 25, Funding = [Domain.Offers.FundingRoute.Azav], Sort = OfferSort.Date },
    ];

    public static string ContentRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Weiterbildungsraum.slnx"))) dir = dir.Parent;
        return dir is null ? ContentReader.DefaultRoot : System.IO.Path.Combine(dir.FullName, "content");
    }

    public void Dispose()
    {
        Store.Dispose();
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
