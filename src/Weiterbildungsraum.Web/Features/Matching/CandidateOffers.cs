using Weiterbildungsraum.Domain.Geo;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Matching;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Linking;
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
                Teaches = o.Competencies.Select(c => new { c.CompetencyKey, c.EntryLevel, c.ExitLevel, c.Source, c.Confidence }).ToList(),
                Sessions = o.Sessions.Where(s => s.StartDate >= today && !s.IsClosedGroupRun)
                    .Select(s => new { s.Id, s.StartDate, s.EndDate, s.Format, s.Postcode, s.Town }).ToList(),
            })
            .ToListAsync(ct);
        return rows.Select(o => new CandidateOffer(o.Id, o.Title, o.Price, o.Hours, o.Azav, o.Language,
                o.Teaches.Select(c => new TaughtCompetency(c.CompetencyKey, c.EntryLevel, c.ExitLevel, Confidence(c.Source, c.Confidence))).ToList(),
                o.Sessions.Select(s => new CandidateSession(s.Id, s.StartDate, s.EndDate, Format(s.Format),
                    places.Locate(s.Postcode, s.Town), s.Town)).ToList(), o.LeadsToQualification))
            .ToList();
    }

    /// <summary>A link from the file or the provider counts fully; an automatic one by the linker's confidence, always below 1.</summary>
    private static double Confidence(LinkSource source, double? confidence) =>
        source == LinkSource.Automatic ? Math.Clamp(confidence ?? CompetencyLinker.LinkThreshold, 0.01, 0.99) : 1;

    public static LearningFormat Format(OfferFormat format) => format switch
    {
        OfferFormat.Online => LearningFormat.Online,
        OfferFormat.Blended => LearningFormat.Blended,
        OfferFormat.Inhouse => LearningFormat.Inhouse,
        _ => LearningFormat.Onsite,
    };
}
