using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>Shared needs without a held seat in an active cohort for their competency, placed at the employer's town.</summary>
public static class OpenNeedsQuery
{
    /// <summary>How far ahead an open-ended availability reaches.</summary>
    private const int OpenEndedDays = 365;

    public static async Task<List<OpenNeed>> LoadAsync(AppDbContext db, DateOnly today, CancellationToken ct)
    {
        var held = CohortQueries.HeldSeats(db);
        var rows = await db.SharedNeeds.AsNoTracking()
            .Where(n => n.Person.OrganisationId != null)
            .Where(n => !held.Any(m => m.PersonId == n.PersonId && m.Cohort.CompetencyKey == n.CompetencyKey))
            .Select(n => new { n.Id, n.PersonId, OrganisationId = n.Person.OrganisationId!.Value, Town = n.Person.Organisation!.Town, n.CompetencyKey, n.TargetLevel, n.AvailableFrom, n.AvailableTo })
            .ToListAsync(ct);
        var needs = new List<OpenNeed>();
        foreach (var n in rows)
        {
            if (RegionTowns.Find(n.Town) is not { } town) continue;
            var from = n.AvailableFrom is { } f && f > today ? f : today;
            var to = n.AvailableTo ?? today.AddDays(OpenEndedDays);
            if (to < from) continue;
            needs.Add(new OpenNeed(n.Id, n.PersonId, n.OrganisationId, n.CompetencyKey, n.TargetLevel, town.Latitude, town.Longitude, from, to));
        }
        return needs;
    }
}
