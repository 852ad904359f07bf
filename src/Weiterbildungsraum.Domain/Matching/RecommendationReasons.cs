using System.Globalization;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>The reasons for a recommendation in plain German, in the order people weigh them.</summary>
public static class RecommendationReasons
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static IReadOnlyList<string> Explain(
        CandidateOffer offer, IReadOnlyList<ClosedGap> closes, IReadOnlyList<MissingPrerequisite> missing, EligibleRun run, FundingHint? funding,
        OfferValue value)
    {
        var reasons = new List<string>();
        foreach (var c in closes)
            reasons.Add(c.IsAutomatic
                ? $"Schließt die Lücke bei „{c.Name}“ von Stufe {c.From} auf {c.To} – automatisch zugeordnet, zu {Percent(c.Confidence)} sicher: {Number(c.Points)} statt {PointsText(c.FullPoints)}."
                : $"Schließt die Lücke bei „{c.Name}“ von Stufe {c.From} auf {c.To} ({PointsText(c.Points)}).");
        if (value.Focus < 1)
            reasons.Add($"Etwa {Percent(value.Focus)} des Angebots betreffen diese Lücken, der Rest anderes – darum zählen {Percent(OfferValue.Weighting(value.Focus))} der Punkte: Nutzen {Number(value.Score)} von {Number(OfferValue.Round(value.Points))}.");
        foreach (var m in missing)
            reasons.Add(m.SuggestedTitle is null
                ? $"Voraussetzung fehlt bei „{m.Name}“: Das Angebot setzt Stufe {m.EntryLevel} voraus, Sie stehen auf Stufe {m.Actual}. In Ihrer Auswahl gibt es noch kein Angebot, das dorthin führt."
                : $"Voraussetzung fehlt bei „{m.Name}“: Das Angebot setzt Stufe {m.EntryLevel} voraus, Sie stehen auf Stufe {m.Actual}. Vorher passt „{m.SuggestedTitle}“.");
        reasons.Add($"Nächster Termin: {Date(run.Session.Start)} ({FormatName(run.Session.Format)}{(run.Session.Town.Length > 0 && run.Session.NeedsTravel ? ", " + run.Session.Town : "")}).");
        if (run.DistanceKm is { } km) reasons.Add($"Entfernung: etwa {Math.Round(km).ToString("0", German)} km Luftlinie.");
        else if (!run.Session.NeedsTravel) reasons.Add("Keine Anfahrt nötig.");
        reasons.Add($"Preis: {Money(offer.Price)}.");
        if (funding is not null)
            reasons.Add($"Nach Förderung ({funding.ProgrammeName}) voraussichtlich {Money(funding.PriceAfterFunding)} – eine Orientierung, keine Bewilligung.");
        return reasons;
    }

    /// <summary>The first reason of a second step: which offer comes first and when it ends.</summary>
    public static string AfterFirstStep(CandidateOffer first, CandidateSession firstRun) =>
        $"Zweiter Schritt: Erst „{first.Title}“ ({Date(firstRun.Start)} bis {Date(firstRun.End)}), danach baut dieses Angebot auf der dort erreichten Stufe auf.";

    public static string Money(decimal amount) => amount.ToString("#,##0.00 €", German);

    /// <summary>A score or points with at most one decimal, German style („4,5“).</summary>
    public static string Number(double points) => points.ToString("0.#", German);

    public static string PointsText(double points) => $"{Number(points)} {(points == 1 ? "Punkt" : "Punkte")}";

    public static string FormatName(LearningFormat format) => format switch
    {
        LearningFormat.Onsite => "vor Ort",
        LearningFormat.Online => "online",
        LearningFormat.Blended => "vor Ort und online",
        LearningFormat.Inhouse => "im Betrieb",
        _ => format.ToString(),
    };

    private static string Percent(double share) => $"{Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("0", German)} %";

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", German);
}
