using System.Globalization;

namespace Weiterbildungsraum.Domain.Matching;

/// <summary>The reasons for a recommendation in plain German, in the order people weigh them.</summary>
public static class RecommendationReasons
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static IReadOnlyList<string> Explain(
        CandidateOffer offer, IReadOnlyList<ClosedGap> closes, IReadOnlyList<MissingPrerequisite> missing, EligibleRun run, FundingHint? funding)
    {
        var reasons = new List<string>();
        foreach (var c in closes)
            reasons.Add($"Schließt die Lücke bei „{c.Name}“ von Stufe {c.From} auf {c.To} ({c.Points} {Points(c.Points)}).");
        foreach (var m in missing)
            reasons.Add(m.SuggestedTitle is null
                ? $"Voraussetzung fehlt bei „{m.Name}“: Das Angebot setzt Stufe {m.EntryLevel} voraus, Sie stehen auf Stufe {m.Actual}. In Ihrer Auswahl gibt es noch kein Angebot, das dorthin führt."
                : $"Voraussetzung fehlt bei „{m.Name}“: Das Angebot setzt Stufe {m.EntryLevel} voraus, Sie stehen auf Stufe {m.Actual}. Vorher passt „{m.SuggestedTitle}“.");
        reasons.Add($"Nächster Termin: {run.Session.Start.ToString("dd.MM.yyyy", German)} ({FormatName(run.Session.Format)}{(run.Session.Town.Length > 0 && run.Session.NeedsTravel ? ", " + run.Session.Town : "")}).");
        if (run.DistanceKm is { } km) reasons.Add($"Entfernung: etwa {Math.Round(km).ToString("0", German)} km Luftlinie.");
        else if (!run.Session.NeedsTravel) reasons.Add("Keine Anfahrt nötig.");
        reasons.Add($"Preis: {Money(offer.Price)}.");
        if (funding is not null)
            reasons.Add($"Nach Förderung ({funding.ProgrammeName}) voraussichtlich {Money(funding.PriceAfterFunding)} – eine Orientierung, keine Bewilligung.");
        return reasons;
    }

    public static string Money(decimal amount) => amount.ToString("#,##0.00 €", German);

    public static string FormatName(LearningFormat format) => format switch
    {
        LearningFormat.Onsite => "vor Ort",
        LearningFormat.Online => "online",
        LearningFormat.Blended => "vor Ort und online",
        LearningFormat.Inhouse => "im Betrieb",
        _ => format.ToString(),
    };

    private static string Points(int points) => points == 1 ? "Punkt" : "Punkte";
}
