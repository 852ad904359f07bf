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
    /// <summary>Filters run on the entity; the projection comes last so that EF can translate both.</summary>
    public static IQueryable<EventItem> Project(IQueryable<NetworkEvent> events) =>
        events.AsNoTracking().Select(e => new EventItem(e.Id, e.Title, e.StartsAt, e.EndsAt, e.IsOnline, e.Place,
            e.Organiser == null ? null : e.Organiser.Name, e.OrganiserId, e.Description, e.RegistrationUrl, e.Report));

    public static Task<EventItem?> FindAsync(AppDbContext db, int id, CancellationToken ct) =>
        Project(db.Events.Where(e => e.Id == id)).SingleOrDefaultAsync(ct);

    public static Task<List<EventItem>> UpcomingAsync(AppDbContext db, DateTime nowUtc, int take, CancellationToken ct) =>
        Project(db.Events.Where(e => e.EndsAt >= nowUtc).OrderBy(e => e.StartsAt).Take(take)).ToListAsync(ct);

    public static Task<List<EventItem>> PastAsync(AppDbContext db, DateTime nowUtc, CancellationToken ct) =>
        Project(db.Events.Where(e => e.EndsAt < nowUtc).OrderByDescending(e => e.StartsAt)).ToListAsync(ct);

    public static Task<List<EventItem>> BetweenAsync(AppDbContext db, DateTime fromUtc, DateTime toUtc, CancellationToken ct) =>
        Project(db.Events.Where(e => e.StartsAt < toUtc && e.EndsAt >= fromUtc).OrderBy(e => e.StartsAt)).ToListAsync(ct);

    public static Task<List<EventItem>> UpcomingOfAsync(AppDbContext db, int organiserId, DateTime nowUtc, CancellationToken ct) =>
        Project(db.Events.Where(e => e.OrganiserId == organiserId && e.EndsAt >= nowUtc).OrderBy(e => e.StartsAt)).ToListAsync(ct);
}
