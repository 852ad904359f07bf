using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Offers;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>The providers a group can invite, with the reasons (CohortProviderMatching) worked out from their offers and coming runs.</summary>
public static class CohortProviderQuery
{
    public static async Task<IReadOnlyList<ProviderMatch>> LoadAsync(AppDbContext db, string competencyKey, int targetLevel, string venueTown, int radiusKm, CancellationToken ct)
    {
        if (RegionTowns.Find(venueTown) is not { } venue) return [];
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        var rows = await CohortQueries.MatchingOffers(db, competencyKey, targetLevel)
            .Select(o => new
            {
                o.ProviderId, ProviderName = o.Provider.Name, o.Provider.Town, o.Provider.Postcode, o.Id, o.Title,
                Level = o.Competencies.Where(c => c.CompetencyKey == competencyKey).Select(c => new { c.EntryLevel, c.ExitLevel }).First(),
                Sessions = o.Sessions.Where(s => s.StartDate >= today && !s.IsClosedGroupRun && s.Format != OfferFormat.Online)
                    .Select(s => new { s.Town, s.Postcode, s.Format }).ToList(),
            }).ToListAsync(ct);
        var places = PlaceTable.Directory;
        var offers = rows.Select(o => new ProviderOffer(o.ProviderId, o.ProviderName, o.Town, places.Locate(o.Postcode, o.Town), o.Id, o.Title,
            o.Level.EntryLevel, o.Level.ExitLevel,
            o.Sessions.Select(s => new MatchSession(s.Town, places.Locate(s.Postcode, s.Town), s.Format == OfferFormat.Inhouse)).ToList()));
        return CohortProviderMatching.Match(offers, targetLevel, venue, radiusKm);
    }
}
