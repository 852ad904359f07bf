using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Tests.Competencies;

/// <summary>The coordinators' printable review of the whole model: role references and ESCO links readable on paper.</summary>
public class ModelReviewPageTests
{
    private const string Page = "/koordination/kompetenzmodell";

    [Fact]
    public async Task Without_the_ESCO_taxonomy_each_role_shows_KldB_description_and_its_ESCO_occupation_as_address()
    {
        using var platform = new TestPlatform(demoData: true);
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var page = await coordinator.GetDocumentAsync(Page);

        var roles = await platform.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.JobRoles.Select(r => new { r.Key, r.Description, r.KldbCode, r.EscoOccupationUri })));
        foreach (var role in roles)
        {
            var section = page.QuerySelector($"section.review-role[aria-labelledby='rolle-{role.Key}']");
            Assert.NotNull(section);
            Assert.Contains(role.Description, section!.TextContent);
            Assert.Contains(role.KldbCode ?? "–", section.QuerySelector("dl.facts")!.TextContent);
            if (role.EscoOccupationUri is { } uri)
            {
                var link = section.QuerySelector($"dd.esco-ref a[href='{uri}']");
                Assert.NotNull(link);
                Assert.Equal(uri, link!.TextContent.Trim());
            }
        }
        Assert.Contains(page.QuerySelectorAll("p.small"), p => p.TextContent.Contains("nicht eingespielt"));
        Assert.Contains(page.QuerySelectorAll("p[lang=en]"), p => p.TextContent.Contains("ESCO classification of the European Commission"));
        var skillLink = page.QuerySelector("section.review-competency ul.esco-ref a")!;
        Assert.Equal(skillLink.GetAttribute("href"), skillLink.TextContent.Trim());
    }

    [Fact]
    public async Task With_the_ESCO_taxonomy_imported_occupations_and_skills_show_their_German_labels()
    {
        using var platform = new TestPlatform(demoData: true);
        var (occupation, skill, group) = await platform.WithDbAsync(async db =>
        {
            var role = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.JobRoles.Where(r => r.EscoOccupationUri != null));
            var uris = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Competencies.Select(c => c.EscoUris));
            var cited = uris.SelectMany(u => u).Distinct().Take(2).ToList();
            db.EscoConcepts.Add(new EscoConcept { Uri = role.EscoOccupationUri!, Kind = EscoKind.Occupation, PreferredLabel = "Testberuf/Testberufin", ImportedAt = DateTime.UtcNow });
            db.EscoConcepts.Add(new EscoConcept { Uri = cited[0], Kind = EscoKind.Skill, PreferredLabel = "Testfähigkeit anwenden", ImportedAt = DateTime.UtcNow });
            db.EscoConcepts.Add(new EscoConcept { Uri = cited[1], Kind = EscoKind.SkillGroup, PreferredLabel = "Testgruppe", ImportedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return (role.EscoOccupationUri!, cited[0], cited[1]);
        });
        var coordinator = await platform.ClientAsRoleAsync(Roles.Coordinator);
        var page = await coordinator.GetDocumentAsync(Page);

        Assert.Equal("Testberuf/Testberufin", page.QuerySelector($"dd.esco-ref a[href='{occupation}']")!.TextContent.Trim());
        Assert.All(page.QuerySelectorAll($"ul.esco-ref a[href='{skill}']"), a => Assert.Equal("Testfähigkeit anwenden", a.TextContent.Trim()));
        Assert.All(page.QuerySelectorAll($"ul.esco-ref a[href='{group}']"), a => Assert.EndsWith("(Fähigkeitsgruppe)", a.ParentElement!.TextContent.Trim()));
        Assert.NotEmpty(page.QuerySelectorAll($"ul.esco-ref a[href='{skill}']"));
        Assert.DoesNotContain(page.QuerySelectorAll("p.small"), p => p.TextContent.Contains("nicht eingespielt"));
    }
}
