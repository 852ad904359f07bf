using System.Text.Json;
using System.Text.Json.Serialization;
using Weiterbildungsraum.Domain.Funding;

namespace Weiterbildungsraum.Web.Features.Funding;

/// <summary>The part of a programme stored in FundingProgramme.RulesJson: conditions, rates, bands, cap, special rules.</summary>
public sealed record FundingRulesData(
    FundingConditions Conditions,
    decimal CourseCostRate,
    IReadOnlyList<SizeBand>? SizeBands = null,
    decimal? CapPerPersonPerYear = null,
    IReadOnlyList<SpecialRule>? SpecialRules = null,
    IReadOnlyList<RateAdjustment>? Adjustments = null);

public static class FundingRulesJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
    };

    public static string Write(FundingRulesData rules) => JsonSerializer.Serialize(rules, Options);

    /// <summary>Parses and checks the rules; errors are German sentences naming the field.</summary>
    public static FundingRulesData? Parse(string json, out List<string> errors)
    {
        errors = [];
        if (Domain.Text.JsonText.FindRefused(json) is { } refused)
        {
            errors.Add($"Regeln: „{refused.Field}“: {refused.Reason}");
            return null;
        }
        FundingRulesData? rules;
        try
        {
            rules = JsonSerializer.Deserialize<FundingRulesData>(json, Options);
        }
        catch (JsonException e)
        {
            errors.Add($"Regeln: kein gültiges JSON ({e.Message.Split('.')[0]}).");
            return null;
        }
        if (rules?.Conditions is null)
        {
            errors.Add("Regeln: „conditions“ fehlt.");
            return null;
        }
        Rate(rules.CourseCostRate, "courseCostRate", errors);
        if (rules.CapPerPersonPerYear is < 0) errors.Add("Regeln: „capPerPersonPerYear“ darf nicht negativ sein.");
        if (rules.Conditions.MoreThanHours is < 0) errors.Add("Regeln: „moreThanHours“ darf nicht negativ sein.");
        if (rules.Conditions.MinAge is < 0 or > 120) errors.Add("Regeln: „minAge“ muss zwischen 0 und 120 liegen.");
        if (rules.Conditions.MaxTaxableIncome is < 0 || rules.Conditions.MaxTaxableIncomeJoint is < 0) errors.Add("Regeln: Einkommensgrenzen dürfen nicht negativ sein.");
        var bands = rules.SizeBands ?? [];
        for (var i = 0; i < bands.Count; i++)
        {
            var band = bands[i];
            Rate(band.CourseCostRate, $"sizeBands[{i}].courseCostRate", errors);
            Rate(band.WageSubsidyRate, $"sizeBands[{i}].wageSubsidyRate", errors);
            if (band.MinEmployees < 0 || band.MaxEmployees < band.MinEmployees)
                errors.Add($"Regeln: „sizeBands[{i}]“ braucht 0 ≤ minEmployees ≤ maxEmployees.");
            if (i > 0 && bands[i - 1].MaxEmployees is { } previousMax && band.MinEmployees != previousMax + 1)
                errors.Add($"Regeln: „sizeBands[{i}]“ muss direkt an die vorige Stufe anschließen (minEmployees = {previousMax + 1}).");
            if (i < bands.Count - 1 && band.MaxEmployees is null)
                errors.Add($"Regeln: nur die letzte Stufe darf nach oben offen sein („sizeBands[{i}]“).");
        }
        foreach (var rule in rules.SpecialRules ?? [])
            if (!SpecialRuleTriggers.All.Contains(rule.When))
                errors.Add($"Regeln: Sonderregel „{rule.When}“ ist unbekannt (erlaubt: {string.Join(", ", SpecialRuleTriggers.All)}).");
        var adjustments = rules.Adjustments ?? [];
        for (var i = 0; i < adjustments.Count; i++)
        {
            var a = adjustments[i];
            if (!SpecialRuleTriggers.All.Contains(a.When))
                errors.Add($"Regeln: „adjustments[{i}].when“ = „{a.When}“ ist unbekannt (erlaubt: {string.Join(", ", SpecialRuleTriggers.All)}).");
            if (string.IsNullOrWhiteSpace(a.Note)) errors.Add($"Regeln: „adjustments[{i}].note“ fehlt (der Satz, der die Sonderregel erklärt).");
            if (a.CourseCostRate is { } course) Rate(course, $"adjustments[{i}].courseCostRate", errors);
            if (a.WageSubsidyRate is { } wage) Rate(wage, $"adjustments[{i}].wageSubsidyRate", errors);
            if (a.CourseCostPoints is < -100 or > 100 || a.WageSubsidyPoints is < -100 or > 100)
                errors.Add($"Regeln: Prozentpunkte in „adjustments[{i}]“ müssen zwischen -100 und 100 liegen.");
            if (a.MaxEmployees is < 0) errors.Add($"Regeln: „adjustments[{i}].maxEmployees“ darf nicht negativ sein.");
        }
        return errors.Count == 0 ? rules : null;
    }

    private static void Rate(decimal rate, string field, List<string> errors)
    {
        if (rate is < 0 or > 100) errors.Add($"Regeln: „{field}“ muss zwischen 0 und 100 Prozent liegen.");
    }
}
