using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Content;

/// <summary>
/// A new region's database has no ESCO, so the linker and the search would lack the German skill labels: on a start without
/// any ESCO skill, the skill collections of content/esco are imported. Only those: they hold every labelled skill, and the
/// whole set (occupations, hierarchy, relations) would cost seconds at each first start; import-esco loads the rest.
/// </summary>
public static class EscoSeeder
{
    public static async Task SeedAsync(AppDbContext db, string folder, ILogger logger, CancellationToken ct = default)
    {
        if (!Directory.Exists(folder) || await db.EscoConcepts.AnyAsync(c => c.Kind == EscoKind.Skill, ct)) return;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = await EscoImporter.ImportAsync(db, EscoCsvReader.ReadFolder(folder, include: EscoCsvReader.IsSkillCollection), ct: ct);
        logger.LogInformation("ESCO-Fähigkeiten geladen: {Added} Begriffe aus {Files} in {Seconds:0.00} s.",
            result.Added, string.Join(", ", result.ReadFiles), watch.Elapsed.TotalSeconds);
    }
}
