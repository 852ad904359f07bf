using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Network;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Network;

public sealed record EventItem(int Id, string Title, DateTime StartsAt, DateTime EndsAt, bool IsOnline, string Place, string? OnlineUrl,
    string? Organiser, int? OrganiserId, bool OrganiserIsPublic, string Description, EventRegistrationMode Registration, string? RegistrationUrl,
    int? Capacity, DateTime? RegistrationDeadline, int RegisteredCount, DateTime? CancelledAt, string? CancellationNote, string? Report, int Sequence)
{
    public DateTime LocalStart => LocalTime.FromUtc(StartsAt);
    public DateTime LocalEnd => LocalTime.FromUtc(EndsAt);
    public bool IsCancelled => CancelledAt is not null;
    public string Where => IsOnline ? "Online" : Place;
    public DateTime RegistrationClosesAt => RegistrationWindow.ClosesAt(StartsAt, RegistrationDeadline);
    public int? SeatsLeft => RegistrationWindow.SeatsLeft(Capacity, RegisteredCount);

    public RegistrationState RegistrationState(DateTime nowUtc) => RegistrationWindow.StateOf(
        Registration == EventRegistrationMode.Platform, IsCancelled, nowUtc, StartsAt, EndsAt, RegistrationDeadline, Capacity, RegisteredCount);

    /// <summary>The link to join is public unless registration runs on the platform; then registrants get it.</summary>
    public string? PublicOnlineUrl => IsOnline && Registration != EventRegistrationMode.Platform ? OnlineUrl : null;

    public CalendarEntry ToCalendarEntry(string baseUrl) => new(
        $"veranstaltung-{Id}@weiterbildungsraum", Title, StartsAt, EndsAt, IsOnline ? "Online" : Place,
        IsCancelled ? $"Abgesagt. {CancellationNote}".Trim() + "\n\n" + Description : Description,
        $"{baseUrl}/veranstaltungen/{Id}", IsCancelled, Sequence);
}

public static class EventQueries
{
    /// <summary>Filters run on the entity; the projection comes last so that EF can translate both.</summary>
    public static IQueryable<EventItem> Project(IQueryable<NetworkEvent> events) =>
        events.AsNoTracking().Select(e => new EventItem(e.Id, e.Title, e.StartsAt, e.EndsAt, e.IsOnline, e.Place, e.OnlineUrl,
            e.Organiser == null ? null : e.Organiser.Name, e.OrganiserId, e.Organiser != null && e.Organiser.IsPublicProfile && e.Organiser.IsApproved,
            e.Description, e.Registration, e.RegistrationUrl, e.Capacity, e.RegistrationDeadline, e.RegisteredCount, e.CancelledAt, e.CancellationNote,
            e.Report, e.Sequence));

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
