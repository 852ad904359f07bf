namespace Weiterbildungsraum.Web.Features.Offers;

public static class OfferLabels
{
    public static string German(this OfferFormat format) => format switch
    {
        OfferFormat.Onsite => "Präsenz",
        OfferFormat.Online => "Online",
        OfferFormat.Blended => "Blended (Präsenz und online)",
        OfferFormat.Inhouse => "Inhouse",
        _ => format.ToString(),
    };

    public static string German(this TimeModel model) => model switch
    {
        TimeModel.FullTime => "Vollzeit",
        TimeModel.PartTime => "Teilzeit",
        TimeModel.AlongsideWork => "berufsbegleitend",
        _ => model.ToString(),
    };
}
