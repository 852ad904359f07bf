namespace Weiterbildungsraum.Web.Features.Matching;

public static class PlanStatusNames
{
    public static string German(this PlanItemStatus status) => status switch
    {
        PlanItemStatus.Planned => "geplant",
        PlanItemStatus.Requested => "angefragt",
        PlanItemStatus.Booked => "gebucht",
        PlanItemStatus.Completed => "abgeschlossen",
        _ => status.ToString(),
    };
}
