namespace Weiterbildungsraum.Domain.Network;

public enum RegistrationState
{
    /// <summary>The event takes no registrations on the platform (none at all, or an external link).</summary>
    NotOnPlatform,
    Open,
    Full,
    DeadlinePassed,
    Cancelled,
    Over,
}

/// <summary>
/// Whether a person can register for an event on the platform right now. Registration closes at the
/// deadline, or when the event starts if there is none; a capacity of null means no limit.
/// </summary>
public static class RegistrationWindow
{
    public static RegistrationState StateOf(bool onPlatform, bool cancelled, DateTime nowUtc, DateTime startsAtUtc, DateTime endsAtUtc,
        DateTime? deadlineUtc, int? capacity, int registered)
    {
        if (cancelled) return RegistrationState.Cancelled;
        if (nowUtc >= endsAtUtc) return RegistrationState.Over;
        if (!onPlatform) return RegistrationState.NotOnPlatform;
        if (nowUtc >= ClosesAt(startsAtUtc, deadlineUtc)) return RegistrationState.DeadlinePassed;
        if (SeatsLeft(capacity, registered) is <= 0) return RegistrationState.Full;
        return RegistrationState.Open;
    }

    public static DateTime ClosesAt(DateTime startsAtUtc, DateTime? deadlineUtc) =>
        deadlineUtc is { } deadline && deadline < startsAtUtc ? deadline : startsAtUtc;

    /// <summary>Free seats, never negative; null when the event has no limit.</summary>
    public static int? SeatsLeft(int? capacity, int registered) => capacity is { } c ? Math.Max(0, c - registered) : null;
}
