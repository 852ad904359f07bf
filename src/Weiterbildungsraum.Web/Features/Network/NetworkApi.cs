using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Network;

public sealed record EventResponse(int Id, string Title, DateTime StartsAt, DateTime EndsAt, bool Online, string Place,
    string? Organiser, string Description, string? RegistrationUrl, string Url, string IcalUrl);

public sealed record OrganisationResponse(int Id, string Name, string Type, string TypeName, string Town, string? Website, string Description);

public static class NetworkApi
{
    public static IEndpointRouteBuilder MapNetwork(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Netzwerk").AllowAnonymous().RequireRateLimiting(ApiRateLimits.Policy);
        api.MapGet("/events", ListEvents).WithSummary("Kommende Veranstaltungen (mit past=true auch vergangene)");
        api.MapGet("/events.ics", EventFeed).WithSummary("Alle kommenden Veranstaltungen als abonnierbarer iCal-Kalender");
        api.MapGet("/organisations", ListOrganisations).WithSummary("Öffentliche Profile der Netzwerk-Akteure, optional nach Typ");
        app.MapGet("/veranstaltungen/{id:int}/kalender.ics", EventIcs).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static async Task<Ok<List<EventResponse>>> ListEvents(AppDbContext db, HttpRequest request, bool? past, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var events = past == true ? await EventQueries.PastAsync(db, now, ct) : await EventQueries.UpcomingAsync(db, now, 500, ct);
        var baseUrl = BaseUrl(request);
        return TypedResults.Ok(events.Select(e => new EventResponse(e.Id, e.Title, e.StartsAt, e.EndsAt, e.IsOnline, e.Place, e.Organiser,
            e.Description, e.RegistrationUrl, $"{baseUrl}/veranstaltungen/{e.Id}", $"{baseUrl}/veranstaltungen/{e.Id}/kalender.ics")).ToList());
    }

    public static async Task<ContentHttpResult> EventFeed(AppDbContext db, HttpRequest request, CancellationToken ct)
    {
        var events = await EventQueries.UpcomingAsync(db, DateTime.UtcNow.AddDays(-30), 1000, ct);
        var ics = EventCalendar.Serialize("Weiterbildungsraum – Veranstaltungen", events.Select(e => e.ToCalendarEntry(BaseUrl(request))));
        return TypedResults.Text(ics, EventCalendar.ContentType);
    }

    public static async Task<Results<Ok<List<OrganisationResponse>>, ProblemHttpResult>> ListOrganisations(AppDbContext db, string? type, CancellationToken ct)
    {
        OrganisationType? filter = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            if (!Enum.TryParse<OrganisationType>(type, ignoreCase: true, out var parsed))
                return TypedResults.Problem(statusCode: 400, title: "Ungültiger Parameter „type“",
                    detail: $"„{type}“ ist kein Organisationstyp. Erlaubt: {string.Join(", ", Enum.GetNames<OrganisationType>())}.");
            filter = parsed;
        }
        var organisations = await NetworkDirectory.Public(db, filter, null)
            .Select(o => new OrganisationResponse(o.Id, o.Name, o.Type.ToString(), "", o.Town, o.Website, o.Description))
            .ToListAsync(ct);
        return TypedResults.Ok(organisations.Select(o => o with { TypeName = Enum.Parse<OrganisationType>(o.Type).German() }).ToList());
    }

    public static async Task<Results<FileContentHttpResult, NotFound>> EventIcs(int id, AppDbContext db, HttpRequest request, CancellationToken ct)
    {
        var item = await EventQueries.FindAsync(db, id, ct);
        if (item is null) return TypedResults.NotFound();
        var ics = EventCalendar.Serialize(item.Title, [item.ToCalendarEntry(BaseUrl(request))]);
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), EventCalendar.ContentType, $"veranstaltung-{id}.ics");
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";
}
