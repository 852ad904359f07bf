namespace Weiterbildungsraum.Domain.Funding;

/// <summary>What the estimate knows about the course.</summary>
public sealed record CourseFacts(decimal Price, int Hours, bool Azav, DateOnly? Start, bool? LeadsToQualification = null);

/// <summary>What the estimate knows about the employer; unknown facts are null and make conditions on them unmet.</summary>
public sealed record CompanyFacts(int? Size, bool? CollectiveAgreement = null, bool? TrainingNetwork = null)
{
    public static readonly CompanyFacts Unknown = new(Size: null);
}

/// <summary>What the estimate knows about the person; unknown facts are null and make conditions on them unmet.</summary>
public sealed record PersonFacts(
    int? Age = null,
    bool? HasVocationalQualification = null,
    bool? SeverelyDisabled = null,
    EmploymentStatus? EmploymentStatus = null,
    decimal? TaxableIncome = null,
    bool JointlyAssessed = false,
    IReadOnlyDictionary<string, decimal>? UsedThisYear = null)
{
    public decimal Used(string programmeKey) => UsedThisYear is not null && UsedThisYear.TryGetValue(programmeKey, out var used) ? used : 0m;
}

public sealed record ProgrammeEstimate(
    FundingProgrammeRules Programme,
    bool Eligible,
    decimal Rate,
    decimal? WageSubsidyRate,
    decimal AmountCovered,
    decimal RemainingCost,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Hints);

/// <summary>All programmes checked; Best is the eligible one that covers most (programmes are not added up).</summary>
public sealed record FundingEstimate(decimal Price, IReadOnlyList<ProgrammeEstimate> Programmes)
{
    public ProgrammeEstimate? Best => Programmes.Where(p => p.Eligible && p.AmountCovered > 0)
        .OrderByDescending(p => p.AmountCovered).ThenBy(p => p.Programme.Key, StringComparer.Ordinal).FirstOrDefault();

    public decimal PriceAfterFunding => Best?.RemainingCost ?? Price;
}
