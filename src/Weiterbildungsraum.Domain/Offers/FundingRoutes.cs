namespace Weiterbildungsraum.Domain.Offers;

public enum FundingRoute { Azav, Bildungsgutschein, Qcg, Bildungsscheck }

/// <summary>
/// Which funding routes an offer can be considered for — guidance for the search filter, not a decision.
/// QCG (§ 82 SGB III) needs an AZAV-certified measure of more than 120 hours; the NRW Bildungsscheck has no
/// certification rule, so it counts when the provider names it in the funding notes.
/// </summary>
public static class FundingRoutes
{
    public const int QcgMinimumHoursExclusive = 120;

    public static IReadOnlyList<FundingRoute> For(bool azav, bool voucherApproved, int hours, string fundingNotes)
    {
        var routes = new List<FundingRoute>();
        if (azav) routes.Add(FundingRoute.Azav);
        if (azav && voucherApproved) routes.Add(FundingRoute.Bildungsgutschein);
        if (azav && hours > QcgMinimumHoursExclusive) routes.Add(FundingRoute.Qcg);
        if (fundingNotes.Contains("Bildungsscheck", StringComparison.OrdinalIgnoreCase)) routes.Add(FundingRoute.Bildungsscheck);
        return routes;
    }
}
