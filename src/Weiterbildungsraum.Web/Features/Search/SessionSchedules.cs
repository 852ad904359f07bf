namespace Weiterbildungsraum.Web.Features.Search;

public enum SessionSchedule { Evening, Weekend }

/// <summary>
/// When a session takes place, as people filter for it:
/// <list type="bullet">
/// <item><b>abends</b> — it starts at 17:00 or later (after a usual working day); a session without a start time is not counted.</item>
/// <item><b>am Wochenende</b> — it begins on a Saturday or Sunday and also ends on one (a Saturday, a weekend, a series from
/// Saturday to Saturday), or it is a block from Friday to the weekend of at most three days.</item>
/// </list>
/// </summary>
public static class SessionSchedules
{
    public static readonly TimeOnly EveningFrom = new(17, 0);

    public static int MaskOf(DateOnly start, DateOnly end, TimeOnly? startTime)
    {
        var mask = 0;
        if (startTime is { } time && time >= EveningFrom) mask |= Bit(SessionSchedule.Evening);
        if (IsWeekend(start, end)) mask |= Bit(SessionSchedule.Weekend);
        return mask;
    }

    public static int Bit(SessionSchedule schedule) => 1 << (int)schedule;

    private static bool IsWeekend(DateOnly start, DateOnly end)
    {
        static bool WeekendDay(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (WeekendDay(start)) return WeekendDay(end);
        return start.DayOfWeek == DayOfWeek.Friday && WeekendDay(end) && end.DayNumber - start.DayNumber <= 2;
    }
}
