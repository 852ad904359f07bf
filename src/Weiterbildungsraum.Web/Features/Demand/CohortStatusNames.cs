using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Web.Features.Demand;

public static class CohortStatusNames
{
    public static string German(this CohortStatus status) => status switch
    {
        CohortStatus.Proposed => "Vorgeschlagen",
        CohortStatus.Reviewed => "Geprüft",
        CohortStatus.ProvidersInvited => "Anbieter eingeladen",
        CohortStatus.OfferReceived => "Angebot gewählt, Plätze werden bestätigt",
        CohortStatus.SeatsConfirmed => "Plätze bestätigt",
        CohortStatus.Running => "Läuft",
        CohortStatus.Closed => "Abgeschlossen",
        CohortStatus.Rejected => "Verworfen",
        _ => status.ToString(),
    };

    public static string German(this SeatState seat) => seat switch
    {
        SeatState.Open => "offen",
        SeatState.Confirmed => "bestätigt",
        SeatState.Declined => "vom Unternehmen abgesagt",
        SeatState.Removed => "von der Koordination entfernt",
        SeatState.Withdrawn => "Freigabe zurückgenommen",
        SeatState.Released => "nicht bestätigt, freigegeben",
        _ => seat.ToString(),
    };

    public static string German(this InvitationAnswer answer) => answer switch
    {
        InvitationAnswer.Pending => "noch keine Antwort",
        InvitationAnswer.Offered => "Angebot abgegeben",
        InvitationAnswer.Declined => "abgelehnt",
        _ => answer.ToString(),
    };
}
