using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Weiterbildungsraum.Web.Features.Offers;

/// <summary>One session as an iCalendar file. A one-day session with times is a timed event in Europe/Berlin; longer runs are all-day events over their span.</summary>
public static class SessionCalendar
{
    private const string Zone = "Europe/Berlin";

    public static string Ics(OfferDetails offer, OfferSessionDetails session, string offerUrl)
    {
        var place = session.Format == OfferFormat.Online ? "Online" : string.Join(", ", new[] { session.VenueName, session.Street, $"{session.Postcode} {session.Town}".Trim() }.Where(p => p.Length > 0));
        var times = session.StartTime is { } s && session.EndTime is { } e ? $"Zeiten: {s:HH\\:mm}–{e:HH\\:mm} Uhr. " : "";
        var calendarEvent = new CalendarEvent
        {
            Uid = $"wbr-offer-{offer.Id}-session-{session.Id}",
            Summary = offer.Title,
            Description = $"{offer.Provider.Name}. {session.Format.German()}. {times}{offerUrl}",
            Location = place,
            Url = new Uri(offerUrl),
        };
        if (session.StartDate == session.EndDate && session.StartTime is { } start && session.EndTime is { } end)
        {
            calendarEvent.DtStart = new CalDateTime(session.StartDate, start, Zone);
            calendarEvent.DtEnd = new CalDateTime(session.EndDate, end, Zone);
        }
        else
        {
            calendarEvent.DtStart = new CalDateTime(session.StartDate);
            calendarEvent.DtEnd = new CalDateTime(session.EndDate.AddDays(1));
        }
        var calendar = new Calendar();
        calendar.AddTimeZone(Zone);
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
