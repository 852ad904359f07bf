using Weiterbildungsraum.Domain.Network;

namespace Weiterbildungsraum.Domain.Tests.Network;

public class RegistrationWindowTests
{
    private static readonly DateTime Start = new(2027, 3, 10, 16, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = Start.AddHours(2);

    private static RegistrationState At(DateTime now, DateTime? deadline = null, int? capacity = null, int registered = 0, bool onPlatform = true, bool cancelled = false) =>
        RegistrationWindow.StateOf(onPlatform, cancelled, now, Start, End, deadline, capacity, registered);

    [Fact]
    public void Registration_is_open_before_the_start_without_deadline_and_limit() =>
        Assert.Equal(RegistrationState.Open, At(Start.AddDays(-3), registered: 500));

    [Fact]
    public void Without_a_deadline_registration_closes_when_the_event_starts() =>
        Assert.Equal(RegistrationState.DeadlinePassed, At(Start.AddMinutes(1)));

    [Fact]
    public void The_deadline_closes_registration_before_the_start()
    {
        var deadline = Start.AddDays(-2);
        Assert.Equal(RegistrationState.Open, At(deadline.AddSeconds(-1), deadline));
        Assert.Equal(RegistrationState.DeadlinePassed, At(deadline, deadline));
    }

    [Fact]
    public void A_deadline_after_the_start_still_closes_at_the_start() =>
        Assert.Equal(Start, RegistrationWindow.ClosesAt(Start, Start.AddDays(1)));

    [Fact]
    public void The_last_seat_can_be_taken_then_the_event_is_full()
    {
        Assert.Equal(RegistrationState.Open, At(Start.AddDays(-1), capacity: 20, registered: 19));
        Assert.Equal(RegistrationState.Full, At(Start.AddDays(-1), capacity: 20, registered: 20));
        Assert.Equal(RegistrationState.Full, At(Start.AddDays(-1), capacity: 20, registered: 23));
    }

    [Fact]
    public void Seats_left_never_go_below_zero_and_no_limit_is_null()
    {
        Assert.Equal(0, RegistrationWindow.SeatsLeft(5, 7));
        Assert.Equal(3, RegistrationWindow.SeatsLeft(5, 2));
        Assert.Null(RegistrationWindow.SeatsLeft(null, 2));
    }

    [Fact]
    public void Cancelled_wins_over_everything_and_a_past_event_is_over()
    {
        Assert.Equal(RegistrationState.Cancelled, At(Start.AddDays(-1), cancelled: true));
        Assert.Equal(RegistrationState.Cancelled, At(End.AddDays(1), cancelled: true, onPlatform: false));
        Assert.Equal(RegistrationState.Over, At(End));
        Assert.Equal(RegistrationState.Over, At(End.AddDays(1), onPlatform: false));
    }

    [Fact]
    public void An_event_without_platform_registration_says_so_until_it_is_over() =>
        Assert.Equal(RegistrationState.NotOnPlatform, At(Start.AddDays(-1), onPlatform: false));
}
