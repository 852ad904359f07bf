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

/// <summary>
/// A special rate that the estimate computes: when <see cref="When"/> applies and the company has at most
/// <see cref="MaxEmployees"/> employees, the rates rise to at least <see cref="CourseCostRate"/> / <see cref="WageSubsidyRate"/>,
/// then by the given percentage points (capped at 100). <see cref="OnlyForQualificationCourses"/>: applies only to a course
/// that leads to a vocational qualification; otherwise the note is shown as a hint.
/// </summary>
public sealed record RateAdjustment(
    string When,
    string Note,
    int? MaxEmployees = null,
    decimal? CourseCostRate = null,
    decimal? WageSubsidyRate = null,
    decimal CourseCostPoints = 0,
    decimal WageSubsidyPoints = 0,
    bool OnlyForQualificationCourses = false);

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
    IReadOnlyList<SpecialRule>? SpecialRules = null,
    IReadOnlyList<RateAdjustment>? Adjustments = null)
{
    public bool IsValidOn(DateOnly day) => day >= ValidFrom && (ValidUntil is null || day <= ValidUntil);
}

/// <summary>Triggers a programme may refer to in <see cref="SpecialRule.When"/> and <see cref="RateAdjustment.When"/>.</summary>
public static class SpecialRuleTriggers
{
    public const string Age45OrSeverelyDisabled = "age45OrSeverelyDisabled";
    public const string NoVocationalQualification = "noVocationalQualification";
    /// <summary>A works agreement or collective agreement provides for in-company training (Betriebsvereinbarung, Tarifvertrag).</summary>
    public const string CollectiveAgreement = "collectiveAgreement";
    /// <summary>The training runs in a Weiterbildungsverbund (several companies pooled).</summary>
    public const string TrainingNetwork = "trainingNetwork";
    public static readonly IReadOnlyList<string> All = [Age45OrSeverelyDisabled, NoVocationalQualification, CollectiveAgreement, TrainingNetwork];
}
