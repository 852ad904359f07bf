using Weiterbildungsraum.Domain.Funding;

namespace Weiterbildungsraum.Domain.Tests.Funding;

/// <summary>The three shipped programmes as the rules in content/funding/programmes.json state them.</summary>
internal static class Programmes
{
    public static readonly FundingProgrammeRules Paragraph82 = new(
        "sgb3-82", "Qualifizierungschancengesetz (§ 82 SGB III)", new(2024, 4, 1), null, "§ 82 SGB III", "",
        new FundingConditions(AzavRequired: true, MoreThanHours: 120, CompanySizeRequired: true, EmploymentStatuses: [EmploymentStatus.Employed]),
        CourseCostRate: 0,
        SizeBands: [new(0, 49, 100, 75), new(50, 499, 50, 50), new(500, null, 25, 25)],
        Adjustments:
        [
            new(SpecialRuleTriggers.Age45OrSeverelyDisabled, "Sonderregel 45+.", MaxEmployees: 499, CourseCostRate: 100),
            new(SpecialRuleTriggers.NoVocationalQualification, "Sonderregel ohne Abschluss.", CourseCostRate: 100, WageSubsidyRate: 100, OnlyForQualificationCourses: true),
            new(SpecialRuleTriggers.CollectiveAgreement, "Tarifvertrag.", CourseCostPoints: 5, WageSubsidyPoints: 5),
        ]);

    public static readonly FundingProgrammeRules Bildungsgutschein = new(
        "sgb3-81", "Bildungsgutschein (§ 81 SGB III)", new(2024, 4, 1), null, "§ 81 SGB III", "",
        new FundingConditions(AzavRequired: true, EmploymentStatuses: [EmploymentStatus.JobSeeking]),
        CourseCostRate: 100);

    public static readonly FundingProgrammeRules Bildungsscheck = new(
        "bildungsscheck-nrw", "Bildungsscheck NRW 2.0", new(2026, 2, 1), null, "MAGS NRW", "",
        new FundingConditions(EmploymentStatuses: [EmploymentStatus.Employed, EmploymentStatus.SelfEmployed],
            MaxTaxableIncome: 50_000, MaxTaxableIncomeJoint: 100_000, ApplyDaysBeforeStart: 1),
        CourseCostRate: 50, CapPerPersonPerYear: 500);

    public static readonly FundingProgrammeRules[] All = [Paragraph82, Bildungsgutschein, Bildungsscheck];

    public static readonly DateOnly Today = new(2026, 3, 2);

    public static CourseFacts Course(decimal price = 4000, int hours = 160, bool azav = true, int startInDays = 30) =>
        new(price, hours, azav, Today.AddDays(startInDays));

    public static PersonFacts Employee(decimal income = 40_000) => new(Age: 35, HasVocationalQualification: true, SeverelyDisabled: false,
        EmploymentStatus: EmploymentStatus.Employed, TaxableIncome: income);
}
