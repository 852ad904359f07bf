using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Network;

[AllowAnonymous]
public sealed class EventsModel(AppDbContext db) : PageModel
{
    public List<EventItem> Events { get; private set; } = [];
    public bool Calendar { get; private set; }
    public DateOnly Month { get; private set; }

    public async Task OnGetAsync(string? ansicht, string? monat, CancellationToken ct)
    {
        Calendar = ansicht == "kalender";
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        Month = DateOnly.TryParseExact(monat, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) ? m : new DateOnly(today.Year, today.Month, 1);
        if (Calendar)
        {
            var from = LocalTime.ToUtc(Month.ToDateTime(TimeOnly.MinValue));
            Events = await EventQueries.BetweenAsync(db, from, LocalTime.ToUtc(Month.AddMonths(1).ToDateTime(TimeOnly.MinValue)), ct);
        }
        else
        {
            Events = await EventQueries.UpcomingAsync(db, DateTime.UtcNow, 200, ct);
        }
    }
}
