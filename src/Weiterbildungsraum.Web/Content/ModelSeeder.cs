using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Content;

/// <summary>
/// Loads the competency model from content/. A version that exists is never touched again
/// (published versions never change, and coordinators' edits are never overwritten);
/// a higher version number in the files becomes a new published version.
/// </summary>
public static class ModelSeeder
{
    public static async Task SeedAsync(AppDbContext db, ModelContent model, DateTime now, CancellationToken ct = default)
    {
        var framework = await db.Frameworks.Include(f => f.Versions)
            .SingleOrDefaultAsync(f => f.Key == model.Framework.Key, ct);
        if (framework is null)
        {
            framework = new CompetencyFramework { Key = model.Framework.Key, Name = model.Framework.Name, Description = model.Framework.Description ?? "" };
            db.Frameworks.Add(framework);
        }
        if (framework.Versions.Any(v => v.Number >= model.Framework.Version)) return;

        var version = Build(model, VersionStatus.Published, model.Framework.Version, now, "Aus den Inhaltsdateien geladen.");
        version.Framework = framework;
        framework.Versions.Add(version);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A complete version (competencies, families, roles, profiles) from validated model content.</summary>
    public static FrameworkVersion Build(ModelContent model, VersionStatus status, int number, DateTime now, string note)
    {
        var version = new FrameworkVersion
        {
            Number = number,
            Status = status,
            CreatedAt = now,
            PublishedAt = status == VersionStatus.Published ? now : null,
            ChangeNote = note,
        };
        var competencies = model.Competencies.ToDictionary(c => c.Key, c => new Competency
        {
            FrameworkVersion = version,
            Key = c.Key,
            Name = c.Name.Trim(),
            Description = c.Description ?? "",
            Category = c.Category,
            Tags = c.Tags ?? [],
            EscoUris = c.EscoUris ?? [],
            Level1 = c.Levels["1"],
            Level2 = c.Levels["2"],
            Level3 = c.Levels["3"],
            Level4 = c.Levels["4"],
        }, StringComparer.Ordinal);
        version.Competencies.AddRange(competencies.Values);
        foreach (var f in model.Families)
        {
            var family = new JobFamily { FrameworkVersion = version, Key = f.Key, Name = f.Name, Description = f.Description ?? "", SortOrder = f.Order };
            foreach (var r in f.Roles)
            {
                var role = new Role
                {
                    Family = family, Key = r.Key, Name = r.Name, Description = r.Description ?? "",
                    KldbCode = r.Kldb, EscoOccupationUri = r.EscoOccupationUri,
                };
                role.Profile.AddRange(r.Profile.Select(p => new RoleProfileEntry
                {
                    Role = role, Competency = competencies[p.Competency],
                    TargetNow = p.TargetNow, TargetFuture = p.TargetFuture, Weight = p.Weight,
                }));
                family.Roles.Add(role);
            }
            version.Families.Add(family);
        }
        return version;
    }
}
