using Weiterbildungsraum.Web.Features.Funding;

namespace Weiterbildungsraum.Web.Content;

/// <summary>The checks for content/funding/programmes.json, with the same file, path and reason as the model's.</summary>
public static class FundingContentRules
{
    public static void Check(IReadOnlyList<FundingProgrammeFile> programmes, string file, List<ContentError> errors)
    {
        var versions = new HashSet<(string, DateOnly)>();
        for (var i = 0; i < programmes.Count; i++)
        {
            var p = programmes[i];
            var path = $"$[{i}]";
            if (!KeyRule.IsValid(p.Key)) errors.Add(new(file, path + ".key", $"„{p.Key}“ ist kein gültiger Schlüssel (klein, a–z, 0–9, Bindestrich)."));
            if (!versions.Add((p.Key, p.ValidFrom)))
                errors.Add(new(file, path + ".validFrom", $"Für „{p.Key}“ gibt es schon eine Fassung ab {p.ValidFrom:yyyy-MM-dd}."));
            if (string.IsNullOrWhiteSpace(p.Name)) errors.Add(new(file, path + ".name", "Name fehlt."));
            else if (p.Name.Length > 200) errors.Add(new(file, path + ".name", "Der Name darf höchstens 200 Zeichen lang sein."));
            if (string.IsNullOrWhiteSpace(p.Source)) errors.Add(new(file, path + ".source", "Quelle fehlt (Gesetz, Richtlinie, Stand)."));
            if (p.ValidUntil is { } until && until < p.ValidFrom)
                errors.Add(new(file, path + ".validUntil", $"„validUntil“ {until:yyyy-MM-dd} liegt vor „validFrom“ {p.ValidFrom:yyyy-MM-dd}."));
            FundingRulesJson.Parse(p.Rules.GetRawText(), out var ruleErrors);
            errors.AddRange(ruleErrors.Select(e => new ContentError(file, path + ".rules", e)));
        }
    }
}
