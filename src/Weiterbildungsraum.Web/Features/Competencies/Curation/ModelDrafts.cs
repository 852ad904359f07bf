using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

public enum EditOutcome { Saved, NoDraft, NotFound, Invalid, Conflict }

/// <summary>What an edit of the draft came to; Version is the item's stamp after saving (or the current one on a conflict).</summary>
public sealed record EditResult(EditOutcome Outcome, IReadOnlyList<FieldError> Errors, Guid? Version = null)
{
    public static EditResult Saved(Guid version) => new(EditOutcome.Saved, [], version);
    public static readonly EditResult NoDraft = new(EditOutcome.NoDraft, [new("", "Es gibt keinen offenen Entwurf. Bitte zuerst einen Entwurf anlegen.")]);
    public static EditResult NotFound(string what) => new(EditOutcome.NotFound, [new("", what)]);
    public static EditResult Invalid(IReadOnlyList<FieldError> errors) => new(EditOutcome.Invalid, errors);
    public static EditResult Conflict(Guid? current, string? message = null) => new(EditOutcome.Conflict, [new("", message ?? ConflictMessage)], current);

    public const string ConflictMessage =
        "Dieser Eintrag wurde inzwischen an anderer Stelle geändert. Ihre Eingaben wurden nicht gespeichert. Prüfen Sie die aktuelle Fassung; wenn Sie erneut speichern, ersetzen Ihre Eingaben diese.";
}

public sealed record DraftSummary(int Id, int Number, DateTime CreatedAt, string ChangeNote, int PublishedId, int PublishedNumber);

/// <summary>
/// The open draft of the REGIO model: the newest draft numbered above the newest published version.
/// Coordinators create it as a copy of the published version and edit it until it is published.
/// </summary>
public static class ModelDrafts
{
    public static async Task<DraftSummary?> OpenAsync(AppDbContext db, CancellationToken ct)
    {
        var publishedId = await CurrentModel.VersionIdAsync(db, ct);
        var published = await db.FrameworkVersions.AsNoTracking().Where(v => v.Id == publishedId).Select(v => new { v.FrameworkId, v.Number }).SingleOrDefaultAsync(ct);
        if (published is null) return null;
        return await db.FrameworkVersions.AsNoTracking()
            .Where(v => v.FrameworkId == published.FrameworkId && v.Status == VersionStatus.Draft && v.Number > published.Number)
            .OrderByDescending(v => v.Number)
            .Select(v => new DraftSummary(v.Id, v.Number, v.CreatedAt, v.ChangeNote, publishedId, published.Number))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>The open draft, or a new one copied from the published version. Created is false when a draft was already open.</summary>
    public static async Task<(DraftSummary Draft, bool Created)?> OpenOrCreateAsync(AppDbContext db, string? user, string? note, CancellationToken ct)
    {
        if (await OpenAsync(db, ct) is { } open) return (open, false);
        var publishedId = await CurrentModel.VersionIdAsync(db, ct);
        if (await ModelVersions.LoadAsync(db, publishedId, ct) is not { } model) return null;
        var framework = await db.Frameworks.Include(f => f.Versions).SingleAsync(f => f.Key == model.Framework.Key, ct);
        var number = framework.Versions.Max(v => v.Number) + 1;
        var draft = ModelSeeder.Build(model, VersionStatus.Draft, number, DateTime.UtcNow,
            string.IsNullOrWhiteSpace(note) ? $"Entwurf aus Version {model.Framework.Version}, angelegt von {user ?? "unbekannt"}." : note.Trim());
        framework.Versions.Add(draft);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another coordinator created the draft at the same moment (unique version number): continue theirs.
            db.ChangeTracker.Clear();
            return await OpenAsync(db, ct) is { } theirs ? (theirs, false) : null;
        }
        db.ChangeTracker.Clear();
        var created = await OpenAsync(db, ct);
        return created is null ? null : (created, true);
    }

    /// <summary>What the draft changes against the published version, with the same comparison as between any two versions.</summary>
    public static async Task<IReadOnlyList<ModelChange>> ChangesAsync(AppDbContext db, DraftSummary draft, CancellationToken ct)
    {
        var before = await ModelVersions.LoadAsync(db, draft.PublishedId, ct);
        var after = await ModelVersions.LoadAsync(db, draft.Id, ct);
        return ModelDiff.Compare(ModelVersions.Snapshot(before!), ModelVersions.Snapshot(after!));
    }

    /// <summary>Publishes the draft after checking the whole model with the same rules as an upload.</summary>
    public static async Task<EditResult> PublishAsync(AppDbContext db, int number, string? changeNote, CancellationToken ct)
    {
        var draft = await OpenAsync(db, ct);
        if (draft is null || draft.Number != number) return EditResult.NoDraft;
        var model = await ModelVersions.LoadAsync(db, draft.Id, ct);
        var errors = new List<ContentError>();
        ModelRules.Check(model!, errors);
        if (errors.Count > 0) return EditResult.Invalid(errors.Select(e => new FieldError(e.Path, e.Reason)).ToList());
        var version = await db.FrameworkVersions.SingleAsync(v => v.Id == draft.Id, ct);
        version.Status = VersionStatus.Published;
        version.PublishedAt = DateTime.UtcNow;
        if (!string.IsNullOrWhiteSpace(changeNote)) version.ChangeNote = changeNote.Trim();
        await db.SaveChangesAsync(ct);
        return EditResult.Saved(Guid.Empty);
    }
}
