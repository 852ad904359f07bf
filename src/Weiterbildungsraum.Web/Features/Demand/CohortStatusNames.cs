namespace Weiterbildungsraum.Web.Features.Demand;

public static class CohortStatusNames
{
    public static string German(this CohortStatus status) => status switch
    {
        CohortStatus.Proposed => "Vorgeschlagen",
        CohortStatus.Reviewed => "Geprüft",
        CohortStatus.ProvidersInvited => "Anbieter eingeladen",
        CohortStatus.OfferReceived => "Angebot liegt vor",
        CohortStatus.SeatsConfirmed => "Plätze bestätigt",
        CohortStatus.Running => "Läuft",
        CohortStatus.Closed => "Abgeschlossen",
        _ => status.ToString(),
    };

    /// <summary>The steps the coordination takes by hand; the others follow from provider and company answers.</summary>
    public static CohortStatus? NextByCoordinator(this CohortStatus status) => status switch
    {
        CohortStatus.Proposed => CohortStatus.Reviewed,
        CohortStatus.Reviewed => CohortStatus.ProvidersInvited,
        CohortStatus.SeatsConfirmed => CohortStatus.Running,
        CohortStatus.Running => CohortStatus.Closed,
        _ => null,
    };
}
