using System.Text.RegularExpressions;

namespace Weiterbildungsraum.Domain.Offers.Import;

/// <summary>"schluessel 1-3 | Name der Kompetenz 0-2 | http://data.europa.eu/esco/skill/…": competencies with entry and exit level.</summary>
public static partial class CompetencyList
{
    public static IEnumerable<CompetencyClaim> Parse(string text, string where)
    {
        foreach (var part in text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var m = Levels().Match(part);
            if (!m.Success)
            {
                yield return new CompetencyClaim(part, null, null, where);
                continue;
            }
            var entry = int.Parse(m.Groups["entry"].Value);
            var exit = int.Parse(m.Groups["exit"].Value);
            yield return new CompetencyClaim(part[..m.Index].Trim(), entry, exit, where);
        }
    }

    [GeneratedRegex(@"\s+(?<entry>\d)\s*(?:-|–|→|->)\s*(?<exit>\d)$")]
    private static partial Regex Levels();
}
