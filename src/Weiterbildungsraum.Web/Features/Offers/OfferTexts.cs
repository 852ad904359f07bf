using Weiterbildungsraum.Domain.Offers;

namespace Weiterbildungsraum.Web.Features.Offers;

/// <summary>German words for the offer enums, shared by the search page and the offer page.</summary>
public static class OfferTexts
{
    public static string German(this OfferFormat format) => format switch
    {
        OfferFormat.Onsite => "Vor Ort",
        OfferFormat.Online => "Online (virtuelles Klassenzimmer)",
        OfferFormat.Blended => "Blended Learning (vor Ort und online)",
        OfferFormat.Inhouse => "Inhouse im Unternehmen",
        _ => format.ToString(),
    };

    public static string German(this TimeModel model) => model switch
    {
        TimeModel.FullTime => "Vollzeit",
        TimeModel.PartTime => "Teilzeit",
        TimeModel.AlongsideWork => "Berufsbegleitend",
        _ => model.ToString(),
    };

    public static string German(this FundingRoute route) => route switch
    {
        FundingRoute.Azav => "AZAV-zertifiziert",
        FundingRoute.Bildungsgutschein => "Bildungsgutschein",
        FundingRoute.Qcg => "Qualifizierungschancengesetz (§ 82 SGB III)",
        FundingRoute.Bildungsscheck => "Bildungsscheck NRW",
        _ => route.ToString(),
    };

    public static string Euro(decimal price) => price == 0 ? "kostenfrei" : price.ToString("#,##0.##", System.Globalization.CultureInfo.GetCultureInfo("de-DE")) + " €";

    /// <summary>The price with its remark; an imported offer whose file named no price says so („Preis auf Anfrage …“) instead of "kostenfrei".</summary>
    public static string Price(decimal price, string remark) =>
        price == 0 && remark.StartsWith(Weiterbildungsraum.Domain.Offers.Import.OfferRecordValidator.PriceOnRequest, StringComparison.OrdinalIgnoreCase) ? remark
        : Euro(price) + (remark.Length > 0 ? $" – {remark}" : "");

    public static string Date(DateOnly date) => date.ToString("ddd, dd.MM.yyyy", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));
}
