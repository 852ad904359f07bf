namespace Weiterbildungsraum.Domain.Funding;

public enum EmploymentStatus { Employed, JobSeeking, SelfEmployed }

/// <summary>Rates for companies of one size: MinEmployees ≤ size ≤ MaxEmployees (open upwards when null). Rates in percent.</summary>
public sealed record SizeBand(int MinEmployees, int? MaxEmployees, decimal CourseCostRate, decimal WageSubsidyRate)
{
    public bool Contains(int employees) => employees >= MinEmployees && (MaxEmployees is null || employees <= MaxEmployees);
}

/// <summary>Who and what a programme funds. A null condition does not restrict.</summary>
public sealed record FundingConditions(
    bool AzavRequired = false,
    int? MoreThanHours = null,
    bool CompanySizeRequired = false,
    IReadOnlyList<EmploymentStatus>? EmploymentStatuses = null,
    int? MinAge = null,
    bool? RequiresNoVocationalQualification = null,
    bool? RequiresSevereDisability = null,
    decimal? MaxTaxableIncome = null,
    decimal? MaxTaxableIncomeJoint = null,
    int? ApplyDaysBeforeStart = null);

/// <summary>A hint shown when a person attribute applies (special rules the agency decides case by case).</summary>
public sealed record SpecialRule(string When, string Note);

/// <summary>A Förderprogramm as data: conditions, rates, cap, validity, source (content/funding/programmes.json).</summary>
public sealed record FundingProgrammeRules(
    string Key,
    string Name,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    string Source,
    string Note,
    FundingConditions Conditions,
    decimal CourseCostRate,
    IReadOnlyList<SizeBand>? SizeBands = null,
    decimal? CapPerPersonPerYear = null,
    IReadOnlyList<SpecialRule>? SpecialRules = null)
{
    public bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidUntil is null || day <= ValidUntil);
}

/// <summary>Special-rule triggers a programme may refer to in <see cref="SpecialRule.When"/>.</summary>
public static class SpecialRuleTriggers
{
    public const string Age45OrSeverelyDisabled = "age45OrSeverelyDisabled";
    public const string NoVocationalQualification = "noVocationalQualification";
    public static readonly IReadOnlyList<string> All = [Age45OrSeverelyDisabled, NoVocationalQualification];
}
