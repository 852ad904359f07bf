using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Funding;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Funding;

/// <summary>The funding programmes as the domain reads them.</summary>
public static class FundingCatalogue
{
    public static async Task<List<FundingProgrammeRules>> LoadAsync(AppDbContext db, CancellationToken ct = default)
    {
        var rows = await db.FundingProgrammes.AsNoTracking().OrderBy(p => p.Key).ThenBy(p => p.ValidFrom).ToListAsync(ct);
        return rows.Select(ToRules).OfType<FundingProgrammeRules>().ToList();
    }

    public static FundingProgrammeRules? ToRules(FundingProgramme p)
    {
        var rules = FundingRulesJson.Parse(p.RulesJson, out _);
        return rules is null ? null : new FundingProgrammeRules(p.Key, p.Name, p.ValidFrom, p.ValidUntil, p.Source, p.Note,
            rules.Conditions, rules.CourseCostRate, rules.SizeBands, rules.CapPerPersonPerYear, rules.SpecialRules, rules.Adjustments);
    }

    /// <summary>Per programme key the version that holds on the day, else the next one to come (so its start date is explained).</summary>
    public static List<FundingProgrammeRules> On(IEnumerable<FundingProgrammeRules> programmes, DateOnly day) =>
        programmes.GroupBy(p => p.Key)
            .Select(g => g.Where(p => p.IsValidOn(day)).MaxBy(p => p.ValidFrom)
                ?? g.Where(p => p.ValidFrom > day).MinBy(p => p.ValidFrom)
                ?? g.MaxBy(p => p.ValidFrom)!)
            .ToList();
}
