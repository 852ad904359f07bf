using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Network;

public sealed record EventItem(int Id, string Title, DateTime StartsAt, DateTime EndsAt, bool IsOnline, string Place,
    string? Organiser, int? OrganiserId, string Description, string? RegistrationUrl, string? Report)
{
    public DateTime LocalStart => LocalTime.FromUtc(StartsAt);
    public DateTime LocalEnd => LocalTime.FromUtc(EndsAt);

    public CalendarEntry ToCalendarEntry(string baseUrl) => new(
        $"veranstaltung-{Id}@weiterbildungsraum", Title, StartsAt, EndsAt, IsOnline ? "Online" : Place, Description, $"{baseUrl}/veranstaltungen/{Id}");
}

public static class EventQueries
{
    public static IQueryable<EventItem> All(AppDbContext db) =>
        db.Events.AsNoTracking().Select(e => new EventItem(e.Id, e.Title, e.StartsAt, e.EndsAt, e.IsOnline, e.Place,
            e.Organiser == null ? null : e.Organiser.Name, e.OrganiserId, e.Description, e.RegistrationUrl, e.Report));

    public static Task<List<EventItem>> UpcomingAsync(AppDbContext db, DateTime nowUtc, int take, CancellationToken ct) =>
        All(db).Where(e => e.EndsAt >= nowUtc).OrderBy(e => e.StartsAt).Take(take).ToListAsync(ct);

    public static Task<List<EventItem>> PastAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct) =>
        All(db).Where(e => e.EndsAt < nowUtc).OrderByDescending(e => e.StartsAt).ToListAsync(ct);

    public static Task<List<EventItem>> BetweenAsync(AppDbContext db, DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        All(db).Where(e => e.StartsAt < toUtc && e.EndsAt >= fromUtc).OrderBy(e => e.StartsAt).ToListAsync(ct);
}
