namespace Weiterbildungsraum.Domain.Demand;

/// <summary>Where a Weiterbildungsverbund stands. OfferReceived: the coordination chose one provider's answer; the companies confirm seats.</summary>
public enum CohortStatus { Proposed, Reviewed, ProvidersInvited, OfferReceived, SeatsConfirmed, Running, Closed, Rejected }

/// <summary>
/// A person's seat in a group. Open and Confirmed hold the seat; the others have left the group, and their need is
/// free for another group (Withdrawn: the company took the need back altogether).
/// </summary>
public enum SeatState { Open, Confirmed, Declined, Removed, Withdrawn, Released }

/// <summary>The rules by which a Verbund moves on, so that no single silent company can hold the others up.</summary>
public static class CohortLifecycle
{
    public static bool Holds(this SeatState seat) => seat is SeatState.Open or SeatState.Confirmed;

    /// <summary>A group still forming or running; Closed and Rejected ones no longer bind anyone's time.</summary>
    public static bool IsActive(this CohortStatus status) => status is not (CohortStatus.Closed or CohortStatus.Rejected);

    /// <summary>Seats can change (decline, remove) until the run begins.</summary>
    public static bool SeatsCanChange(this CohortStatus status) => status <= CohortStatus.SeatsConfirmed;

    /// <summary>A proposal may be discarded until the run begins; after that it is closed, not rejected.</summary>
    public static bool CanReject(this CohortStatus status) => status <= CohortStatus.SeatsConfirmed;

    /// <summary>Inviting (also more providers later) is possible once reviewed and until one answer is chosen.</summary>
    public static bool CanInvite(this CohortStatus status) => status is CohortStatus.Reviewed or CohortStatus.ProvidersInvited;

    /// <summary>The plain steps the coordination takes by hand; inviting, choosing an offer and moving on with the confirmed seats have their own forms.</summary>
    public static CohortStatus? NextByCoordinator(this CohortStatus status) => status switch
    {
        CohortStatus.Proposed => CohortStatus.Reviewed,
        CohortStatus.SeatsConfirmed => CohortStatus.Running,
        CohortStatus.Running => CohortStatus.Closed,
        _ => null,
    };

    /// <summary>Every remaining seat is confirmed and the group is big enough: it moves on by itself.</summary>
    public static bool AllConfirmed(IReadOnlyCollection<SeatState> seats, int minSize)
    {
        var holding = seats.Where(Holds).ToList();
        return holding.Count >= minSize && holding.All(s => s == SeatState.Confirmed);
    }

    /// <summary>The coordination may go on with the confirmed seats once they reach the minimum; open seats are then released.</summary>
    public static bool CanMoveOn(CohortStatus status, IReadOnlyCollection<SeatState> seats, int minSize) =>
        status == CohortStatus.OfferReceived && seats.Count(s => s == SeatState.Confirmed) >= minSize;

    /// <summary>Fewer seats held than the minimum: the coordination has to act (fill up, move on later, or discard).</summary>
    public static bool BelowMinimum(CohortStatus status, IReadOnlyCollection<SeatState> seats, int minSize) =>
        status.SeatsCanChange() && seats.Count(Holds) < minSize;
}
