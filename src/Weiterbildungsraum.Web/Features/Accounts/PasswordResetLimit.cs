using System.Threading.RateLimiting;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>
/// Requests for a reset mail per hour: per client address (RateLimits:PasswordResetPerHour, 0 = off), and per
/// e-mail address, so that nobody can fill a person's mailbox. Both count whether the account exists or not.
/// </summary>
public sealed class PasswordResetLimit : IDisposable
{
    public const int PerEmailPerHour = 3;
    private readonly int perClient;
    private readonly PartitionedRateLimiter<string> clients;
    private readonly PartitionedRateLimiter<string> emails;

    public PasswordResetLimit(int perClientPerHour)
    {
        perClient = perClientPerHour;
        clients = Hourly(Math.Max(perClientPerHour, 1));
        emails = Hourly(PerEmailPerHour);
    }

    public int PerClientPerHour => perClient;

    public bool TryAcquire(string? clientAddress, string email)
    {
        if (perClient <= 0) return true;
        using var client = clients.AttemptAcquire(clientAddress ?? "unbekannt");
        if (!client.IsAcquired) return false;
        using var address = emails.AttemptAcquire(email.Trim().ToUpperInvariant());
        return address.IsAcquired;
    }

    private static PartitionedRateLimiter<string> Hourly(int permits) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));

    public void Dispose()
    {
        clients.Dispose();
        emails.Dispose();
    }
}
