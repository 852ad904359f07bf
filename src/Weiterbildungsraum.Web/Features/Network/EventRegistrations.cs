using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Network;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

public enum RegistrationOutcome { Registered, AlreadyRegistered, Full, Closed }

public sealed record NewRegistration(string Name, string Email, string? OrganisationName, string? UserId);

/// <summary>Registering and cancelling keep the seat count right under concurrency; deleting registrations keeps it as a figure.</summary>
public static class EventRegistrations
{
    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Registers the person if a seat is free; the token for the cancellation link is returned once.</summary>
    public static async Task<(RegistrationOutcome Outcome, string? Token)> RegisterAsync(AppDbContext db, int eventId, NewRegistration person, DateTime nowUtc, CancellationToken ct)
    {
        var email = NormaliseEmail(person.Email);
        try
        {
            return await db.InTransactionAsync(async token =>
            {
                var item = await EventQueries.FindAsync(db, eventId, token);
                var state = item?.RegistrationState(nowUtc);
                if (state is not (RegistrationState.Open or RegistrationState.Full)) return (RegistrationOutcome.Closed, (string?)null);
                if (await db.EventRegistrations.AnyAsync(r => r.EventId == eventId && r.Email == email, token))
                    return (RegistrationOutcome.AlreadyRegistered, null);
                // The capacity check and the count are one statement: of two people after the last seat, one gets it.
                var claimed = await db.Events
                    .Where(e => e.Id == eventId && e.Registration == EventRegistrationMode.Platform && e.CancelledAt == null
                        && (e.Capacity == null || e.RegisteredCount < e.Capacity))
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.RegisteredCount, e => e.RegisteredCount + 1), token);
                if (claimed == 0) return (RegistrationOutcome.Full, null);
                var cancelToken = InvitationTokens.NewToken();
                db.EventRegistrations.Add(new EventRegistration
                {
                    EventId = eventId, Name = person.Name.Trim(), Email = email,
                    OrganisationName = string.IsNullOrWhiteSpace(person.OrganisationName) ? null : person.OrganisationName.Trim(),
                    UserId = person.UserId, TokenHash = InvitationTokens.Hash(cancelToken), CreatedAt = nowUtc,
                });
                await db.SaveChangesAsync(token);
                return (RegistrationOutcome.Registered, cancelToken);
            }, ct);
        }
        catch (DbUpdateException)
        {
            // The same address registered at the same moment in another request: the unique index kept one.
            db.ChangeTracker.Clear();
            return (RegistrationOutcome.AlreadyRegistered, null);
        }
    }

    public static Task<EventRegistration?> FindByTokenAsync(AppDbContext db, string token, CancellationToken ct)
    {
        var hash = InvitationTokens.Hash(token);
        return db.EventRegistrations.Include(r => r.Event).SingleOrDefaultAsync(r => r.TokenHash == hash, ct);
    }

    /// <summary>Deletes the registration and frees its seat.</summary>
    public static Task CancelAsync(AppDbContext db, EventRegistration registration, DateTime nowUtc, CancellationToken ct) =>
        db.InTransactionAsync(async token =>
        {
            await FreeSeatsAsync(db, [registration.EventId], nowUtc, token);
            await db.EventRegistrations.Where(r => r.Id == registration.Id).ExecuteDeleteAsync(token);
            return true;
        }, ct);

    /// <summary>For account deletion: the person's registrations go, seats of events still ahead are freed. Runs inside the caller's transaction.</summary>
    public static async Task RemoveOfUserAsync(AppDbContext db, string userId, DateTime nowUtc, CancellationToken ct)
    {
        var eventIds = await db.EventRegistrations.Where(r => r.UserId == userId).Select(r => r.EventId).ToListAsync(ct);
        await FreeSeatsAsync(db, eventIds, nowUtc, ct);
        await db.EventRegistrations.Where(r => r.UserId == userId).ExecuteDeleteAsync(ct);
    }

    /// <summary>Registrations of events that ended more than <paramref name="keepDays"/> days ago are deleted.</summary>
    public static Task<int> DeleteExpiredAsync(AppDbContext db, DateTime nowUtc, int keepDays, CancellationToken ct)
    {
        var before = nowUtc.AddDays(-Math.Max(0, keepDays));
        return db.EventRegistrations.Where(r => r.Event.EndsAt < before).ExecuteDeleteAsync(ct);
    }

    private static async Task FreeSeatsAsync(AppDbContext db, IReadOnlyCollection<int> eventIds, DateTime nowUtc, CancellationToken ct)
    {
        foreach (var id in eventIds)
            await db.Events.Where(e => e.Id == id && e.EndsAt > nowUtc && e.RegisteredCount > 0)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.RegisteredCount, e => e.RegisteredCount - 1), ct);
    }
}
