using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

/// <summary>Saving one edited item of the draft: a stale stamp, a twin created at the same moment or a draft published meanwhile become a conflict, never an overwrite.</summary>
internal static class DraftSaving
{
    public const string MissingVersion = "Der Versionsstempel („version“) fehlt; er kommt aus dem zuletzt gelesenen Stand des Eintrags.";

    /// <summary>Makes the update conditional on the stamp the editor saw, and changes the stamp even when only children (profile entries) changed.</summary>
    public static void Expect<T>(AppDbContext db, T item, Guid expected) where T : class, IVersioned
    {
        var version = db.Entry(item).Property(i => i.Version);
        version.OriginalValue = expected;
        version.IsModified = true;
    }

    public static async Task<EditResult> CommitAsync(AppDbContext db, IVersioned item, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return EditResult.Saved(item.Version);
        }
        catch (DbUpdateConcurrencyException e)
        {
            Guid? current = null;
            foreach (var entry in e.Entries)
                if (entry.Entity == item && await entry.GetDatabaseValuesAsync(ct) is { } values)
                    current = values.GetValue<Guid>(nameof(IVersioned.Version));
            db.ChangeTracker.Clear();
            return EditResult.Conflict(current);
        }
        catch (PublishedVersionException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Conflict(null, "Der Entwurf wurde inzwischen veröffentlicht; Ihre Eingaben wurden nicht gespeichert. Legen Sie einen neuen Entwurf an.");
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return EditResult.Conflict(null, "Inzwischen wurde an anderer Stelle ein Eintrag mit demselben Schlüssel angelegt; Ihre Eingaben wurden nicht gespeichert.");
        }
    }
}
