using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Domain.Tests.Demand;

public class CohortLifecycleTests
{
    private static SeatState[] Seats(params SeatState[] seats) => seats;

    [Fact]
    public void Only_open_and_confirmed_seats_hold_a_place()
    {
        Assert.True(SeatState.Open.Holds());
        Assert.True(SeatState.Confirmed.Holds());
        Assert.All(new[] { SeatState.Declined, SeatState.Removed, SeatState.Withdrawn, SeatState.Released }, s => Assert.False(s.Holds()));
    }

    [Fact]
    public void A_group_moves_on_by_itself_only_when_every_remaining_seat_is_confirmed_and_it_is_big_enough()
    {
        Assert.True(CohortLifecycle.AllConfirmed(Seats(SeatState.Confirmed, SeatState.Confirmed, SeatState.Declined, SeatState.Confirmed), 3));
        Assert.False(CohortLifecycle.AllConfirmed(Seats(SeatState.Confirmed, SeatState.Confirmed, SeatState.Open), 3));
        Assert.False(CohortLifecycle.AllConfirmed(Seats(SeatState.Confirmed, SeatState.Confirmed, SeatState.Declined), 3));
    }

    [Fact]
    public void One_silent_company_does_not_stall_the_group_once_the_minimum_is_confirmed()
    {
        var seats = Seats(SeatState.Confirmed, SeatState.Confirmed, SeatState.Confirmed, SeatState.Open);
        Assert.True(CohortLifecycle.CanMoveOn(CohortStatus.OfferReceived, seats, 3));
        Assert.False(CohortLifecycle.CanMoveOn(CohortStatus.OfferReceived, seats, 4));
        Assert.False(CohortLifecycle.CanMoveOn(CohortStatus.ProvidersInvited, seats, 3));
    }

    [Fact]
    public void Below_the_minimum_is_flagged_while_seats_can_still_change()
    {
        var seats = Seats(SeatState.Open, SeatState.Withdrawn, SeatState.Confirmed);
        Assert.True(CohortLifecycle.BelowMinimum(CohortStatus.Reviewed, seats, 3));
        Assert.False(CohortLifecycle.BelowMinimum(CohortStatus.Reviewed, seats, 2));
        Assert.False(CohortLifecycle.BelowMinimum(CohortStatus.Running, seats, 3));
    }

    [Fact]
    public void Inviting_needs_a_review_first_and_ends_with_the_choice()
    {
        Assert.False(CohortStatus.Proposed.CanInvite());
        Assert.True(CohortStatus.Reviewed.CanInvite());
        Assert.True(CohortStatus.ProvidersInvited.CanInvite());
        Assert.False(CohortStatus.OfferReceived.CanInvite());
    }

    [Fact]
    public void A_group_can_be_discarded_until_it_runs_and_a_discarded_one_is_not_active()
    {
        Assert.True(CohortStatus.OfferReceived.CanReject());
        Assert.True(CohortStatus.SeatsConfirmed.CanReject());
        Assert.False(CohortStatus.Running.CanReject());
        Assert.False(CohortStatus.Rejected.CanReject());
        Assert.False(CohortStatus.Rejected.IsActive());
        Assert.Null(CohortStatus.Rejected.NextByCoordinator());
        Assert.Null(CohortStatus.Reviewed.NextByCoordinator());
    }
}
