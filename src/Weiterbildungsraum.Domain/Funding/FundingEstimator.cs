using System.Globalization;

namespace Weiterbildungsraum.Domain.Funding;

/// <summary>
/// Interprets funding programmes (rules as data) for one course, company and person. The result is guidance:
/// the agency or the programme office decides. Validity is checked on the course start, else on today.
/// </summary>
public static class FundingEstimator
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static FundingEstimate Estimate(
        CourseFacts course, int? companySize, PersonFacts person, IEnumerable<FundingProgrammeRules> programmes, DateOnly today) =>
        Estimate(course, new CompanyFacts(companySize), person, programmes, today);

    public static FundingEstimate Estimate(
        CourseFacts course, CompanyFacts company, PersonFacts person, IEnumerable<FundingProgrammeRules> programmes, DateOnly today) =>
        new(course.Price, programmes.Select(p => EstimateOne(p, course, company, person, today)).ToList());

    private static ProgrammeEstimate EstimateOne(FundingProgrammeRules p, CourseFacts course, CompanyFacts company, PersonFacts person, DateOnly today)
    {
        var companySize = company.Size;
        var ok = new List<string>();
        var not = new List<string>();
        var hints = new List<string>();
        var c = p.Conditions;
        var day = course.Start ?? today;

        if (!p.IsValidOn(day))
            not.Add(day < p.ValidFrom
                ? $"Gilt erst ab {Date(p.ValidFrom)}; der Kurs beginnt am {Date(day)}."
                : $"Galt nur bis {Date(p.ValidUntil!.Value)}.");
        if (c.AzavRequired)
            Check(course.Azav, "Angebot und Träger sind nach AZAV zugelassen.", "Das Angebot ist nicht nach AZAV zugelassen.");
        if (c.MoreThanHours is { } hours)
            Check(course.Hours > hours, $"Mit {course.Hours} Stunden länger als {hours} Stunden.", $"Mit {course.Hours} Stunden nicht länger als {hours} Stunden.");
        if (c.EmploymentStatuses is { Count: > 0 } statuses)
            Check(person.EmploymentStatus is { } s && statuses.Contains(s),
                $"Für {string.Join(" und ", statuses.Select(StatusName))}.",
                person.EmploymentStatus is null ? "Angabe zur Beschäftigung fehlt." : $"Nur für {string.Join(" und ", statuses.Select(StatusName))}.");
        if (c.MinAge is { } minAge)
            Check(person.Age >= minAge, $"Ab {minAge} Jahren.", person.Age is null ? "Angabe zum Alter fehlt." : $"Erst ab {minAge} Jahren.");
        if (c.RequiresNoVocationalQualification == true)
            Check(person.HasVocationalQualification == false, "Für Menschen ohne Berufsabschluss.", "Nur für Menschen ohne Berufsabschluss.");
        if (c.RequiresSevereDisability == true)
            Check(person.SeverelyDisabled == true, "Für schwerbehinderte Menschen.", "Nur für schwerbehinderte Menschen.");
        if (c.MaxTaxableIncome is { } single)
        {
            var limit = person.JointlyAssessed ? c.MaxTaxableIncomeJoint ?? single : single;
            Check(person.TaxableIncome <= limit,
                $"Zu versteuerndes Einkommen bis {Money(limit)}{(person.JointlyAssessed ? " (gemeinsame Veranlagung)" : "")}.",
                person.TaxableIncome is null ? "Angabe zum zu versteuernden Einkommen fehlt." : $"Zu versteuerndes Einkommen über {Money(limit)}.");
        }

        var rate = p.CourseCostRate;
        decimal? wage = null;
        if (p.SizeBands is { Count: > 0 } bands)
        {
            var band = companySize is { } size ? bands.FirstOrDefault(b => b.Contains(size)) : null;
            if (band is null)
                not.Add(companySize is null ? "Angabe zur Betriebsgröße fehlt." : $"Keine Förderstufe für {companySize} Beschäftigte.");
            else
            {
                (rate, wage) = (band.CourseCostRate, band.WageSubsidyRate);
                ok.Add($"Betrieb mit {companySize} Beschäftigten: bis zu {band.CourseCostRate:0.#} % der Lehrgangskosten"
                    + (band.WageSubsidyRate > 0 ? $", bis zu {band.WageSubsidyRate:0.#} % Zuschuss zum Arbeitsentgelt." : "."));
            }
        }
        else if (c.CompanySizeRequired && companySize is null)
            not.Add("Angabe zur Betriebsgröße fehlt.");
        (rate, wage) = Adjust(p.Adjustments ?? [], rate, wage, course, company, person, ok, hints);

        if (c.ApplyDaysBeforeStart is { } days && course.Start is { } start)
        {
            var deadline = start.AddDays(-days);
            if (today > deadline) not.Add($"Der Antrag hätte spätestens am {Date(deadline)} gestellt werden müssen.");
            else hints.Add($"Antrag spätestens am {Date(deadline)} stellen.");
        }
        foreach (var rule in p.SpecialRules ?? [])
            if (Applies(rule.When, person, company)) hints.Add(rule.Note);

        var amount = Math.Round(course.Price * rate / 100m, 2, MidpointRounding.AwayFromZero);
        if (p.CapPerPersonPerYear is { } cap)
        {
            var left = Math.Max(0, cap - person.Used(p.Key));
            if (amount > left)
            {
                amount = left;
                if (left == 0) not.Add($"Der Höchstbetrag von {Money(cap)} im Kalenderjahr ist ausgeschöpft.");
                else hints.Add($"Begrenzt auf den restlichen Jahreshöchstbetrag: {Money(left)} von {Money(cap)}.");
            }
        }
        var eligible = not.Count == 0;
        if (!eligible) amount = 0;
        else ok.Insert(0, $"Bis zu {rate:0.#} % der Kosten: {Money(amount)}.");
        return new ProgrammeEstimate(p, eligible, rate, wage, amount, course.Price - amount, eligible ? ok : not, hints);

        void Check(bool condition, string whenMet, string whenNot) => (condition ? ok : not).Add(condition ? whenMet : whenNot);
    }

    /// <summary>Raises the rates by every special rate that applies: first all floors ("bis zu 100 %"), then all added points.</summary>
    private static (decimal Rate, decimal? Wage) Adjust(IReadOnlyList<RateAdjustment> adjustments, decimal rate, decimal? wage,
        CourseFacts course, CompanyFacts company, PersonFacts person, List<string> ok, List<string> hints)
    {
        var applying = new List<RateAdjustment>();
        foreach (var a in adjustments)
        {
            if (!Applies(a.When, person, company)) continue;
            if (a.MaxEmployees is { } max && !(company.Size <= max)) continue;
            if (a.OnlyForQualificationCourses && course.LeadsToQualification != true)
            {
                hints.Add($"{a.Note} Gilt nur für eine Weiterbildung, die zu einem Berufsabschluss führt.");
                continue;
            }
            applying.Add(a);
        }
        foreach (var a in applying.OrderBy(a => a.CourseCostPoints != 0 || a.WageSubsidyPoints != 0))
        {
            var (before, wageBefore) = (rate, wage);
            rate = Math.Min(100, Math.Max(rate, a.CourseCostRate ?? 0) + a.CourseCostPoints);
            if (wage is not null || a.WageSubsidyRate is not null || a.WageSubsidyPoints != 0)
                wage = Math.Min(100, Math.Max(wage ?? 0, a.WageSubsidyRate ?? 0) + a.WageSubsidyPoints);
            if (rate == before && wage == wageBefore) continue;
            ok.Add($"{a.Note} Damit bis zu {rate:0.#} % der Lehrgangskosten"
                + (wage is { } w && w > 0 ? $" und bis zu {w:0.#} % Zuschuss zum Arbeitsentgelt." : "."));
        }
        return (rate, wage);
    }

    private static bool Applies(string when, PersonFacts person, CompanyFacts company) => when switch
    {
        SpecialRuleTriggers.Age45OrSeverelyDisabled => person.Age >= 45 || person.SeverelyDisabled == true,
        SpecialRuleTriggers.NoVocationalQualification => person.HasVocationalQualification == false,
        SpecialRuleTriggers.CollectiveAgreement => company.CollectiveAgreement == true,
        SpecialRuleTriggers.TrainingNetwork => company.TrainingNetwork == true,
        _ => false,
    };

    public static string StatusName(EmploymentStatus status) => status switch
    {
        EmploymentStatus.Employed => "Beschäftigte",
        EmploymentStatus.JobSeeking => "Arbeitsuchende",
        EmploymentStatus.SelfEmployed => "Selbstständige",
        _ => status.ToString(),
    };

    private static string Date(DateOnly day) => day.ToString("dd.MM.yyyy", German);

    private static string Money(decimal amount) => amount.ToString("#,##0.00 €", German);
}
