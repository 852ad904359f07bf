namespace Weiterbildungsraum.Domain.Funding;

/// <summary>
/// Tracks what each person has already received per programme and calendar year, across plans, so that yearly caps
/// hold when several courses are estimated one after another.
/// </summary>
public sealed class FundingLedger
{
    private readonly Dictionary<(string Person, int Year), Dictionary<string, decimal>> used = [];

    public IReadOnlyDictionary<string, decimal> UsedBy(string person, int year) =>
        used.TryGetValue((person, year), out var byProgramme) ? byProgramme : new Dictionary<string, decimal>();

    public void Record(string person, int year, string programmeKey, decimal amount)
    {
        if (amount <= 0) return;
        if (!used.TryGetValue((person, year), out var byProgramme)) used[(person, year)] = byProgramme = new(StringComparer.Ordinal);
        byProgramme[programmeKey] = byProgramme.GetValueOrDefault(programmeKey) + amount;
    }

    /// <summary>Estimates a course for a person with what the ledger knows about that year, and books the best programme.</summary>
    public FundingEstimate EstimateAndRecord(
        string person, CourseFacts course, int? companySize, PersonFacts facts, IEnumerable<FundingProgrammeRules> programmes, DateOnly today)
    {
        var year = (course.Start ?? today).Year;
        var known = new Dictionary<string, decimal>(UsedBy(person, year), StringComparer.Ordinal);
        foreach (var (key, amount) in facts.UsedThisYear ?? new Dictionary<string, decimal>())
            known[key] = known.GetValueOrDefault(key) + amount;
        var estimate = FundingEstimator.Estimate(course, companySize, facts with { UsedThisYear = known }, programmes, today);
        if (estimate.Best is { } best) Record(person, year, best.Programme.Key, best.AmountCovered);
        return estimate;
    }
}
