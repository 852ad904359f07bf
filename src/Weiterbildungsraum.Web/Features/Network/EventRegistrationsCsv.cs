using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Shared;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>The registrations of one event as CSV for the coordination (e.g. for a list of participants at the door).</summary>
public static class EventRegistrationsCsv
{
    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(int id, AppDbContext db, CancellationToken ct)
    {
        var title = await db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleOrDefaultAsync(ct);
        if (title is null) return TypedResults.NotFound();
        var rows = await EventRegistrationQuery.OfAsync(db, id, ct);
        var lines = new List<IEnumerable<string?>> { new[] { "Name", "E-Mail", "Organisation", "Angemeldet am", "Mit Konto" } };
        lines.AddRange(rows.Select(r => new[]
        {
            r.Name, r.Email, r.OrganisationName, LocalTime.FromUtc(r.CreatedAt).ToString("dd.MM.yyyy HH:mm"), r.WithAccount ? "ja" : "nein",
        }));
        return TypedResults.File(CsvField.File(lines), "text/csv; charset=utf-8", $"anmeldungen-veranstaltung-{id}.csv");
    }
}

public sealed record RegistrationRow(int Id, string Name, string Email, string? OrganisationName, DateTime CreatedAt, bool WithAccount);

public static class EventRegistrationQuery
{
    public static Task<List<RegistrationRow>> OfAsync(AppDbContext db, int eventId, CancellationToken ct) =>
        db.EventRegistrations.AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new RegistrationRow(r.Id, r.Name, r.Email, r.OrganisationName, r.CreatedAt, r.UserId != null))
            .ToListAsync(ct);
}
