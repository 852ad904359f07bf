using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Content;

namespace Weiterbildungsraum.Web.Tests.Content;

/// <summary>The REGIO-Jobfamilien model v1 as the content issue asks for it.</summary>
public class ModelQualityTests
{
    private static readonly ModelContent Model = new ContentReader(Paths.Content).ReadModel();

    [Fact]
    public void Five_families_with_at_least_three_roles_of_at_least_twelve_competencies()
    {
        Assert.Equal(
            new[] { "logistik", "mikrotechnik", "nachhaltigkeit", "produktion", "vertrieb-marketing" },
            Model.Families.Select(f => f.Key).Order(StringComparer.Ordinal));
        foreach (var family in Model.Families)
        {
            Assert.True(family.Roles.Count >= 3, $"{family.Key} hat nur {family.Roles.Count} Rollen.");
            foreach (var role in family.Roles)
                Assert.True(role.Profile.Count >= 12, $"{role.Key} hat nur {role.Profile.Count} Kompetenzen.");
        }
    }

    [Fact]
    public void Every_family_has_digital_and_AI_competencies_whose_future_target_rises()
    {
        var byKey = Model.Competencies.ToDictionary(c => c.Key);
        foreach (var family in Model.Families)
        {
            var rising = family.Roles.SelectMany(r => r.Profile).Where(p => p.TargetFuture > p.TargetNow)
                .Select(p => byKey[p.Competency]).ToList();
            Assert.True(rising.Any(c => c.Tags?.Contains(CompetencyTags.Digital) == true), $"{family.Key}: keine digitale Kompetenz mit steigendem Ziel.");
            Assert.True(rising.Any(c => c.Tags?.Contains(CompetencyTags.Ai) == true), $"{family.Key}: keine KI-Kompetenz mit steigendem Ziel.");
        }
    }

    [Fact]
    public void Every_competency_is_described_on_every_level_and_used_by_a_role()
    {
        var used = Model.Families.SelectMany(f => f.Roles).SelectMany(r => r.Profile).Select(p => p.Competency).ToHashSet();
        foreach (var c in Model.Competencies)
        {
            Assert.True(used.Contains(c.Key), $"{c.Key} wird von keiner Rolle verwendet.");
            for (var level = 1; level <= 4; level++)
                Assert.False(string.IsNullOrWhiteSpace(c.Levels[level.ToString()]), $"{c.Key}: Stufe {level} fehlt.");
            Assert.NotEqual(c.Levels["3"].Trim(), c.Levels["4"].Trim());
            Assert.False(string.IsNullOrWhiteSpace(c.Description), $"{c.Key}: Beschreibung fehlt.");
        }
    }

    [Fact]
    public void No_competency_appears_twice_and_targets_stay_in_the_scale()
    {
        Assert.Equal(Model.Competencies.Count, Model.Competencies.Select(c => c.Name.Trim().ToLowerInvariant()).Distinct().Count());
        foreach (var entry in Model.Families.SelectMany(f => f.Roles).SelectMany(r => r.Profile))
        {
            Assert.InRange(entry.TargetNow, 1, ProficiencyScale.Max);
            Assert.InRange(entry.TargetFuture, entry.TargetNow, ProficiencyScale.Max);
            Assert.InRange(entry.Weight, Weight.Min, Weight.Max);
        }
    }

    [Fact]
    public void Every_cited_ESCO_uri_exists_in_the_ESCO_data()
    {
        if (!Directory.Exists(Paths.Esco))
        {
            Assert.False(Requirements.Strict, $"ESCO-Daten fehlen unter {Paths.Esco}.");
            Assert.Skip($"ESCO-Daten nicht vorhanden ({Paths.Esco}).");
        }
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(Paths.Esco, "*.csv"))
            foreach (var line in File.ReadLines(file))
                foreach (var part in line.Split([',', '"', ' ', '|'], StringSplitOptions.RemoveEmptyEntries))
                    if (part.StartsWith("http://data.europa.eu/esco/", StringComparison.Ordinal)) known.Add(part);

        var cited = Model.Competencies.SelectMany(c => (c.EscoUris ?? []).Select(u => (c.Key, u)))
            .Concat(Model.Families.SelectMany(f => f.Roles).Where(r => r.EscoOccupationUri is not null).Select(r => (r.Key, r.EscoOccupationUri!)))
            .ToList();
        Assert.NotEmpty(cited);
        var unknown = cited.Where(c => !known.Contains(c.Item2)).Select(c => $"{c.Key}: {c.Item2}").ToList();
        Assert.True(unknown.Count == 0, "Unbekannte ESCO-URIs:\n" + string.Join("\n", unknown));
    }
}
