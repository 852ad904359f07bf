using Weiterbildungsraum.Domain.Geo;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Matching;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Features.Matching;

/// <summary>Published offers of approved providers that teach any of the given competencies, with their coming runs.</summary>
public static class CandidateOffers
{
    public static async Task<List<CandidateOffer>> LoadAsync(AppDbContext db, PlaceDirectory places, IReadOnlyCollection<string> competencyKeys, DateOnly today, CancellationToken ct = default)
    {
        if (competencyKeys.Count == 0) return [];
        var keys = competencyKeys.ToList();
        // "Id IN (offers teaching a key)" lets SQLite start from the competency index once; "EXISTS per offer" probed every
        // offer for every key and took three times as long for a team's 25 competencies over 10,000 offers (bench/RESULTS.md).
        var teaching = db.OfferCompetencies.Where(c => keys.Contains(c.CompetencyKey)).Select(c => c.OfferId);
        var rows = await db.Offers.AsNoTracking().AsSplitQuery()
            .Where(o => teaching.Contains(o.Id) && o.IsPublished && o.Provider.IsApproved)
            .Select(o => new
            {
                o.Id, o.Title, o.Price, o.Hours, o.Azav, o.Language, o.LeadsToQualification,
                // Seam for automatic links: once OfferCompetency stores the linker's confidence (confirmed links 1), pass it as the
                // fourth argument; until then every stored link counts fully.
                Teaches = o.Competencies.Select(c => new Weiterbildungsraum.Domain.Matching.TaughtCompetency(c.CompetencyKey, c.EntryLevel, c.ExitLevel)).ToList(),
                Sessions = o.Sessions.Where(s => s.StartDate >= today && !s.IsClosedGroupRun)
                    .Select(s => new { s.Id, s.StartDate, s.EndDate, s.Format, s.Postcode, s.Town }).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(o => new CandidateOffer(o.Id, o.Title, o.Price, o.Hours, o.Azav, o.Language, o.Teaches,
                o.Sessions.Select(s => new CandidateSession(s.Id, s.StartDate, s.EndDate, Format(s.Format),
                    places.Locate(s.Postcode, s.Town), s.Town)).ToList(), o.LeadsToQualification))
            .ToList();
    }

    public static LearningFormat Format(OfferFormat format) => format switch
    {
        OfferFormat.Online => LearningFormat.Online,
        OfferFormat.Blended => LearningFormat.Blended,
        OfferFormat.Inhouse => LearningFormat.Inhouse,
        _ => LearningFormat.Onsite,
    };
}
