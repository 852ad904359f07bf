using Weiterbildungsraum.Domain.Offers;

namespace Weiterbildungsraum.Web.Features.Offers.Provider;

/// <summary>The German words for where a link comes from, as the provider pages show them.</summary>
public static class LinkTexts
{
    public const string Automatic = "automatisch zugeordnet";

    public static string Tag(LinkSource? source, bool removedByProvider = false) => source switch
    {
        LinkSource.Automatic => Automatic,
        LinkSource.Explicit => "aus der Importdatei",
        LinkSource.Confirmed => "von Ihnen bestätigt",
        _ => removedByProvider ? "Vorschlag – von Ihnen entfernt" : "Vorschlag",
    };

    public static string Confidence(double? confidence) =>
        confidence is { } c ? $"{Math.Round(c * 100):0} %" : "–";
}
