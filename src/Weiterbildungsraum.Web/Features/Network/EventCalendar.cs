using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Weiterbildungsraum.Web.Features.Network;

public sealed record CalendarEntry(string Uid, string Title, DateTime StartsAtUtc, DateTime EndsAtUtc, string Location, string Description, string? Url,
    bool Cancelled = false, int Sequence = 0);

/// <summary>iCalendar files (RFC 5545) for events and course sessions; times are written in UTC, cancelled events as STATUS:CANCELLED.</summary>
public static class EventCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Serialize(string name, IEnumerable<CalendarEntry> entries)
    {
        var calendar = new Calendar { ProductId = "-//Weiterbildungsraum//DE" };
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var e in entries)
        {
            var item = new CalendarEvent
            {
                Uid = e.Uid,
                Summary = e.Title,
                Start = new CalDateTime(DateTime.SpecifyKind(e.StartsAtUtc, DateTimeKind.Utc)),
                End = new CalDateTime(DateTime.SpecifyKind(e.EndsAtUtc, DateTimeKind.Utc)),
                Location = e.Location,
                Description = e.Description,
                // Subscribed calendars mark or drop the entry instead of keeping a stale copy.
                Status = e.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
                Sequence = e.Sequence,
            };
            if (e.Url is not null && Uri.TryCreate(e.Url, UriKind.Absolute, out var url)) item.Url = url;
            calendar.Events.Add(item);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
