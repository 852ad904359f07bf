using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Demand;

namespace Weiterbildungsraum.Web.Features.Matching;

/// <summary>
/// Counts the gaps that no offer covers for the regional radar: competency and target level, the town of the request
/// (its place constraint, else the employer's town), the month — nothing about the person.
/// </summary>
public static class UnmetNeedsRecorder
{
    public static Task RecordAsync(AppDbContext db, PersonalRecommendationResult result, RecommendationRequest request,
        PlaceDirectory places, PersonContext? person, CancellationToken ct)
    {
        var uncovered = result.Recommendations.Uncovered;
        if (uncovered.Count == 0) return Task.CompletedTask;
        var town = TownOf(request.Constraints, places) ?? RegionTowns.Find(person?.Town)?.Name;
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        return UnmetDemandStore.RecordAsync(db, uncovered.Select(g => (g.CompetencyKey, g.Target)), town, today, ct);
    }

    private static string? TownOf(ConstraintsRequest? constraints, PlaceDirectory places)
    {
        if (constraints is null) return null;
        if (RegionTowns.Find(constraints.Town)?.Name is { } named) return named;
        return places.Locate(constraints.Postcode, constraints.Town) is { } point ? UnmetDemand.NearestTown(point.Latitude, point.Longitude) : null;
    }
}
