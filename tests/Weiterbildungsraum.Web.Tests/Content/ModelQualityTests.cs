using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Tests.Content;

/// <summary>The REGIO-Jobfamilien model v1 as the content issue asks for it.</summary>
public class ModelQualityTests
{
    private static readonly ModelContent Model = new ContentReader(Paths.Content).ReadModel();
    private static readonly Lazy<EscoTypes> Esco = new(() => EscoTypes.Read(Paths.Esco));

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
        Assert.Equal(Model.Competencies.Count, Model.Competencies.Select(c => c.Key).Distinct().Count());
        foreach (var entry in Model.Families.SelectMany(f => f.Roles).SelectMany(r => r.Profile))
        {
            Assert.InRange(entry.TargetNow, 1, ProficiencyScale.Max);
            Assert.InRange(entry.TargetFuture, entry.TargetNow, ProficiencyScale.Max);
            Assert.InRange(entry.Weight, Weight.Min, Weight.Max);
        }
    }

    [Fact]
    public void No_two_competencies_have_names_that_differ_only_in_case_umlauts_or_hyphens()
    {
        var clashes = Model.Competencies.GroupBy(c => NormalisedName(c.Name)).Where(g => g.Count() > 1)
            .Select(g => string.Join(" / ", g.Select(c => $"{c.Key} („{c.Name}“)"))).ToList();
        Assert.True(clashes.Count == 0, "Fast gleiche Kompetenznamen:\n" + string.Join("\n", clashes));
    }

    [Theory]
    [InlineData("Qualitätsmanagement-Grundlagen", "qualitaetsmanagement grundlagen")]
    [InlineData("Lkw sicher führen", "LKW-sicher fuehren")]
    [InlineData("Straßenverkehr", "strassenverkehr")]
    public void Names_that_differ_only_in_spelling_count_as_the_same(string a, string b) =>
        Assert.Equal(NormalisedName(a), NormalisedName(b));

    internal static string NormalisedName(string name)
    {
        var lower = name.Trim().ToLowerInvariant()
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss");
        return new string(lower.Where(char.IsLetterOrDigit).ToArray());
    }

    [Fact]
    public void Every_cited_ESCO_uri_is_a_concept_of_the_right_kind_in_the_ESCO_data()
    {
        var esco = Esco.Value;
        Assert.NotEmpty(esco.Occupations);
        Assert.NotEmpty(esco.SkillNodes);

        var wrong = new List<string>();
        foreach (var role in Model.Families.SelectMany(f => f.Roles).Where(r => r.EscoOccupationUri is not null))
            if (!esco.Occupations.Contains(role.EscoOccupationUri!))
                wrong.Add($"{role.Key}: {role.EscoOccupationUri} ist kein ESCO-Beruf aus occupations_de.csv");
        var cited = 0;
        foreach (var competency in Model.Competencies)
            foreach (var uri in competency.EscoUris ?? [])
            {
                cited++;
                if (esco.Occupations.Contains(uri)) wrong.Add($"{competency.Key}: {uri} ist ein Beruf, keine Fähigkeit");
                else if (!esco.SkillNodes.Contains(uri)) wrong.Add($"{competency.Key}: {uri} ist weder Fähigkeit noch Fähigkeitsgruppe in den ESCO-Daten");
            }
        Assert.True(cited > 0);
        Assert.True(wrong.Count == 0, "Falsche ESCO-Verweise:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void In_the_ESCO_data_no_uri_is_both_an_occupation_and_a_skill()
    {
        var esco = Esco.Value;
        // Otherwise an occupation cited as a skill (or the reverse) would pass the check above.
        Assert.Empty(esco.Occupations.Intersect(esco.SkillNodes));
    }
}

/// <summary>
/// Which ESCO URIs are occupations and which are skills or skill groups, by the type the files give them: the concept
/// files name it per row, and the skill pillar's broader relations cover the skills that have no German label here.
/// </summary>
internal sealed record EscoTypes(HashSet<string> Occupations, HashSet<string> SkillNodes)
{
    public static EscoTypes Read(string folder)
    {
        var data = EscoCsvReader.ReadFolder(folder);
        var occupations = data.Concepts.Values.Where(c => c.Kind == EscoKind.Occupation)
            .Select(c => c.Uri).ToHashSet(StringComparer.Ordinal);
        var skills = data.Concepts.Values.Where(c => c.Kind is EscoKind.Skill or EscoKind.SkillGroup)
            .Select(c => c.Uri).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "broaderRelationsSkillPillar*.csv"))
        {
            using var reader = new StreamReader(file);
            using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            while (csv.Read())
            {
                if (csv.GetField("conceptType") is "KnowledgeSkillCompetence" or "SkillGroup") skills.Add(csv.GetField("conceptUri")!);
                if (csv.GetField("broaderType") is "KnowledgeSkillCompetence" or "SkillGroup") skills.Add(csv.GetField("broaderUri")!);
            }
        }
        return new EscoTypes(occupations, skills);
    }
}
