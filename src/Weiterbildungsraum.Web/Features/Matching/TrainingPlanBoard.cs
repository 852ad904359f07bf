using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Funding;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Funding;

namespace Weiterbildungsraum.Web.Features.Matching;

public sealed record PlanRow(
    int ItemId, int PersonId, string Person, int? OfferId, string Offer, DateOnly? Start, DateOnly? End, string CompetencyKey, string Competency,
    int FromLevel, int ToLevel, PlanItemStatus Status, decimal Cost, decimal CostAfterFunding, string? FundingProgramme, bool LevelConfirmed);

public sealed record PlanBoard(int? PlanId, string Name, int Year, Guid Version, IReadOnlyList<PlanRow> Rows)
{
    public decimal TotalCost => Rows.Sum(r => r.Cost);
    public decimal TotalAfterFunding => Rows.Sum(r => r.CostAfterFunding);
}

/// <summary>The organisation's training plan of a year: reading it, adding to it, and the funding of its items.</summary>
public static class TrainingPlanBoard
{
    public static string ConfirmationNote(int itemId) => $"Weiterbildungsplan, Eintrag {itemId}";

    public static async Task<PlanBoard> LoadAsync(AppDbContext db, int organisationId, int year, CancellationToken ct = default)
    {
        var plan = await db.TrainingPlans.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.Year == year)
            .OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        if (plan is null) return new PlanBoard(null, $"Weiterbildungsplan {year}", year, Guid.Empty, []);
        var items = await db.TrainingPlanItems.AsNoTracking().Where(i => i.PlanId == plan.Id)
            .Select(i => new { i, Person = i.Person.FirstName + " " + i.Person.LastName })
            .ToListAsync(ct);
        var offerIds = items.Where(x => x.i.OfferId != null).Select(x => x.i.OfferId!.Value).Distinct().ToList();
        var offers = await db.Offers.AsNoTracking().Where(o => offerIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Title, ct);
        var sessionIds = items.Where(x => x.i.SessionId != null).Select(x => x.i.SessionId!.Value).ToList();
        var sessions = await db.OfferSessions.AsNoTracking().Where(s => sessionIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => new { s.StartDate, s.EndDate }, ct);
        var keys = items.Select(x => x.i.CompetencyKey).Distinct().ToList();
        // Names from published versions only (newest first): a draft's wording is not public yet.
        var names = (await db.Competencies.AsNoTracking().Where(c => keys.Contains(c.Key) && c.FrameworkVersion.Status == Competencies.VersionStatus.Published)
                .OrderByDescending(c => c.FrameworkVersion.Number).Select(c => new { c.Key, c.Name }).ToListAsync(ct))
            .GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First().Name);
        var notes = items.Select(x => ConfirmationNote(x.i.Id)).ToList();
        var confirmed = (await db.Assessments.AsNoTracking().Where(a => a.Note != null && notes.Contains(a.Note)).Select(a => a.Note!).ToListAsync(ct)).ToHashSet();
        var rows = items.Select(x =>
        {
            var session = x.i.SessionId is { } sid && sessions.TryGetValue(sid, out var s) ? s : null;
            return new PlanRow(x.i.Id, x.i.PersonId, x.Person, x.i.OfferId, x.i.OfferId is { } oid ? offers.GetValueOrDefault(oid, "–") : "–",
                session?.StartDate, session?.EndDate, x.i.CompetencyKey, names.GetValueOrDefault(x.i.CompetencyKey, x.i.CompetencyKey),
                x.i.FromLevel, x.i.ToLevel, x.i.Status, x.i.Cost, x.i.CostAfterFunding, x.i.FundingProgrammeKey, confirmed.Contains(ConfirmationNote(x.i.Id)));
        }).OrderBy(r => r.Start ?? DateOnly.MaxValue).ThenBy(r => r.Person).ToList();
        return new PlanBoard(plan.Id, plan.Name, plan.Year, plan.Version, rows);
    }

    /// <summary>What the person's plan items of the year already claim per programme, across all plans (for yearly caps).</summary>
    public static async Task<Dictionary<string, decimal>> UsedThisYearAsync(AppDbContext db, int personId, int year, CancellationToken ct = default)
    {
        var earlier = await db.TrainingPlanItems.AsNoTracking()
            .Where(i => i.PersonId == personId && i.FundingProgrammeKey != null && i.Plan.Year == year)
            .Select(i => new { i.FundingProgrammeKey, Amount = i.Cost - i.CostAfterFunding }).ToListAsync(ct);
        return earlier.GroupBy(i => i.FundingProgrammeKey!).ToDictionary(g => g.Key, g => g.Sum(i => i.Amount), StringComparer.Ordinal);
    }

    /// <summary>
    /// Funding of a new item: the organisation's size, the person's age, and what the person already received in that
    /// calendar year across all plans (so yearly caps hold). Income is not known to the employer, so programmes that need it do not count.
    /// </summary>
    public static async Task<(decimal AfterFunding, string? Programme)> FundingAsync(
        AppDbContext db, int personId, int? companySize, int? birthYear, decimal price, int hours, bool azav, bool leadsToQualification, DateOnly? start, DateOnly today, CancellationToken ct)
    {
        var year = (start ?? today).Year;
        var used = await UsedThisYearAsync(db, personId, year, ct);
        var person = new PersonFacts(Age: birthYear is { } b ? year - b : null, EmploymentStatus: EmploymentStatus.Employed, UsedThisYear: used);
        var programmes = FundingCatalogue.On(await FundingCatalogue.LoadAsync(db, ct), start ?? today);
        var estimate = FundingEstimator.Estimate(new CourseFacts(price, hours, azav, start, leadsToQualification), companySize, person, programmes, today);
        return (estimate.PriceAfterFunding, estimate.Best?.Programme.Key);
    }
}
