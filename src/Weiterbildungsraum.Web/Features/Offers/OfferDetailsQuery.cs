using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Features.Offers;

public sealed record OfferDetails(
    int Id, string Title, string Summary, string ContentHtml, string TargetGroup, string EntryRequirements,
    string Qualification, string ExaminingBody, int Hours, decimal Price, string PriceRemark, string FundingNotes,
    bool Azav, bool BildungsgutscheinApproved, IReadOnlyList<FundingRoute> FundingRoutes, string Language, TimeModel TimeModel,
    int? MinParticipants, int? MaxParticipants, string ContactName, string ContactEmail, string ContactPhone, DateTime UpdatedAt,
    OfferProvider Provider, IReadOnlyList<OfferSessionDetails> Sessions, IReadOnlyList<OfferCompetencyDetails> Competencies,
    bool LeadsToQualification = false, IReadOnlyList<string>? Keywords = null);

public sealed record OfferProvider(int Id, string Name, string Street, string Postcode, string Town, string? Website, string? Email, string? Phone,
    string? AzavCertifier, string? AzavNumber, DateOnly? AzavValidUntil);

public sealed record OfferSessionDetails(int Id, DateOnly StartDate, DateOnly EndDate, TimeOnly? StartTime, TimeOnly? EndTime, OfferFormat Format,
    string VenueName, string Street, string Postcode, string Town, int? Seats);

/// <summary>Automatic: linked by the platform from the offer's text, not yet confirmed by the provider.</summary>
public sealed record OfferCompetencyDetails(string Key, string Name, int EntryLevel, int ExitLevel, IReadOnlyList<RoleLink> NeededBy, bool Automatic = false);

public sealed record RoleLink(string Key, string Name, int TargetNow);

/// <summary>Everything the offer page shows; only published offers of approved providers are found.</summary>
public static class OfferDetailsQuery
{
    public static async Task<OfferDetails?> LoadAsync(AppDbContext db, int id, CancellationToken ct)
    {
        var offer = await OfferIndexSource.Searchable(db).AsNoTracking().AsSplitQuery()
            .Include(o => o.Provider).Include(o => o.Sessions.Where(s => !s.IsClosedGroupRun)).Include(o => o.Competencies)
            .SingleOrDefaultAsync(o => o.Id == id, ct);
        if (offer is null) return null;

        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var keys = offer.Competencies.Select(c => c.CompetencyKey).ToList();
        var names = await db.Competencies.AsNoTracking().Where(c => c.VersionId == versionId && keys.Contains(c.Key))
            .ToDictionaryAsync(c => c.Key, c => c.Name, ct);
        var roles = await db.RoleProfileEntries.AsNoTracking()
            .Where(e => e.Role.Family.VersionId == versionId && keys.Contains(e.Competency.Key))
            .Select(e => new { e.Competency.Key, Role = e.Role.Key, e.Role.Name, e.TargetNow })
            .ToListAsync(ct);

        var p = offer.Provider;
        return new OfferDetails(offer.Id, offer.Title, offer.Summary, offer.Content, offer.TargetGroup, offer.EntryRequirements,
            offer.Qualification, offer.ExaminingBody, offer.Hours, offer.Price, offer.PriceRemark, offer.FundingNotes,
            offer.Azav, offer.BildungsgutscheinApproved, FundingRoutes.For(offer.Azav, offer.BildungsgutscheinApproved, offer.Hours, offer.FundingNotes),
            offer.Language, offer.TimeModel, offer.MinParticipants, offer.MaxParticipants, offer.ContactName, offer.ContactEmail, offer.ContactPhone, offer.UpdatedAt,
            new OfferProvider(p.Id, p.Name, p.Street, p.Postcode, p.Town, p.Website, p.Email, p.Phone, p.AzavCertifier, p.AzavNumber, p.AzavValidUntil),
            offer.Sessions.OrderBy(s => s.StartDate).ThenBy(s => s.StartTime)
                .Select(s => new OfferSessionDetails(s.Id, s.StartDate, s.EndDate, s.StartTime, s.EndTime, s.Format, s.VenueName, s.Street, s.Postcode, s.Town, s.Seats)).ToList(),
            offer.Competencies.OrderByDescending(c => c.ExitLevel).ThenBy(c => c.CompetencyKey)
                .Select(c => new OfferCompetencyDetails(c.CompetencyKey, names.GetValueOrDefault(c.CompetencyKey, c.CompetencyKey), c.EntryLevel, c.ExitLevel,
                    roles.Where(r => r.Key == c.CompetencyKey).OrderBy(r => r.Name).Select(r => new RoleLink(r.Role, r.Name, r.TargetNow)).ToList(),
                    c.Source == LinkSource.Automatic)).ToList(),
            offer.LeadsToQualification, offer.Keywords);
    }
}
