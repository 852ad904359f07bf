using System.Text;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Shared;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

public sealed record CsvImportReport(string File, bool Applied, int Created, int Updated, int Unchanged, IReadOnlyList<CsvProblem> Problems)
{
    public bool HasErrors => Problems.Count > 0;

    public string Summary => HasErrors
        ? $"{Problems.Count} Fehler – nichts wurde übernommen."
        : $"{Created + Updated + Unchanged} Kompetenzen: {Created} neu, {Updated} geändert, {Unchanged} unverändert{(Applied ? "" : " (nur geprüft, nichts gespeichert)")}.";
}

/// <summary>Competency lists as CSV (docs/competency-csv.md): export of any version, import into the open draft — all or nothing.</summary>
public static class CompetencyCsvExchange
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public static async Task<string?> ExportAsync(AppDbContext db, int number, CancellationToken ct)
    {
        var version = await db.FrameworkVersions.AsNoTracking().Where(v => v.Number == number).Select(v => (int?)v.Id).SingleOrDefaultAsync(ct);
        if (version is null) return null;
        var competencies = await db.Competencies.AsNoTracking().Where(c => c.VersionId == version).OrderBy(c => c.Key).ToListAsync(ct);
        var text = new StringBuilder();
        text.Append(CsvField.Line(CompetencyCsv.Columns.Select(c => c.Header))).Append("\r\n");
        foreach (var c in competencies)
            text.Append(CsvField.Line(CompetencyCsv.Fields(DraftCompetencies.ContentOf(c)))).Append("\r\n");
        return text.ToString();
    }

    /// <summary>Spreadsheet programs recognise UTF-8 by its byte order mark.</summary>
    public static byte[] Bytes(string csv) => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv)];

    /// <summary>Checks every line against the file and the draft; applies only a file without problems, in one save. Null when no draft is open.</summary>
    public static async Task<CsvImportReport?> ImportAsync(AppDbContext db, string file, byte[] bytes, bool apply, CancellationToken ct)
    {
        if (await ModelDrafts.OpenAsync(db, ct) is not { } draft) return null;
        var parsed = CompetencyCsv.Parse(file, bytes);
        var problems = parsed.Problems.ToList();
        var existing = await db.Competencies.Where(c => c.VersionId == draft.Id).ToDictionaryAsync(c => c.Key, StringComparer.Ordinal, ct);

        // Names must stay unique in the whole draft, also against competencies the file leaves alone.
        var finalNames = existing.Values.Where(c => parsed.Rows.All(r => r.Competency.Key != c.Key)).ToDictionary(c => c.Name.ToLowerInvariant(), c => c.Key);
        foreach (var row in parsed.Rows)
            if (finalNames.TryGetValue(row.Competency.Name.ToLowerInvariant(), out var other))
                problems.Add(new CsvProblem(file, row.Line, CompetencyCsv.Name, $"Der Name „{row.Competency.Name}“ gehört im Entwurf schon zur Kompetenz „{other}“."));

        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in parsed.Rows)
        {
            if (!existing.TryGetValue(row.Competency.Key, out var item)) created++;
            else if (Same(DraftCompetencies.ContentOf(item), row.Competency)) unchanged++;
            else updated++;
        }
        if (problems.Count > 0 || !apply) return new CsvImportReport(file, false, created, updated, unchanged, problems);

        foreach (var row in parsed.Rows)
        {
            if (!existing.TryGetValue(row.Competency.Key, out var item))
            {
                item = new Competency { VersionId = draft.Id, Key = row.Competency.Key, Name = row.Competency.Name };
                db.Competencies.Add(item);
            }
            DraftCompetencies.Apply(item, row.Competency);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or PublishedVersionException)
        {
            db.ChangeTracker.Clear();
            return new CsvImportReport(file, false, created, updated, unchanged,
                [new CsvProblem(file, 1, "", "Der Entwurf wurde während des Imports an anderer Stelle geändert oder veröffentlicht; nichts wurde übernommen. Bitte erneut versuchen.")]);
        }
        return new CsvImportReport(file, true, created, updated, unchanged, []);
    }

    private static bool Same(CompetencyContent a, CompetencyContent b) =>
        a.Name == b.Name && a.Description == b.Description && a.Category == b.Category
        && a.Tags.SequenceEqual(b.Tags) && a.Levels.SequenceEqual(b.Levels) && a.EscoUris.SequenceEqual(b.EscoUris);
}
