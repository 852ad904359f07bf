using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Network;

public sealed record EventResponse(int Id, string Title, DateTime StartsAt, DateTime EndsAt, bool Online, string Place,
    string? Organiser, string Description, string? RegistrationUrl, string Url, string IcalUrl,
    string Status, string Registration, int? Capacity, int? SeatsLeft, DateTime? RegistrationClosesAt, string? OnlineUrl);

public sealed record ContactResponse(string Name, string Function, string? Email, string? Phone);

public sealed record OrganisationResponse(int Id, string Name, string Type, string TypeName, string Street, string Postcode, string Town,
    string? Website, string? Email, string? Phone, string Description, bool AzavCertified, List<ContactResponse> Contacts);

public static class NetworkApi
{
    public static IEndpointRouteBuilder MapNetwork(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Netzwerk").AllowAnonymous().RequireRateLimiting(ApiRateLimits.Policy);
        api.MapGet("/events", ListEvents).WithSummary("Kommende Veranstaltungen (mit past=true auch vergangene); abgesagte mit status=cancelled");
        api.MapGet("/events.ics", EventFeed).WithSummary("Alle kommenden Veranstaltungen als abonnierbarer iCal-Kalender; abgesagte mit STATUS:CANCELLED");
        api.MapGet("/organisations", ListOrganisations)
            .WithSummary("Öffentliche Profile der Netzwerk-Akteure mit freigegebenen Ansprechpersonen, optional nach Typ, Ort, Suchbegriff und AZAV-Zulassung");
        app.MapGet("/veranstaltungen/{id:int}/kalender.ics", EventIcs).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/koordination/veranstaltungen/{id:int}/anmeldungen.csv", EventRegistrationsCsv.DownloadAsync)
            .RequireAuthorization(Policies.Coordinator).ExcludeFromDescription();
        return app;
    }

    public static async Task<Ok<List<EventResponse>>> ListEvents(AppDbContext db, HttpRequest request, bool? past, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var events = past == true ? await EventQueries.PastAsync(db, now, ct) : await EventQueries.UpcomingAsync(db, now, 500, ct);
        var baseUrl = BaseUrl(request);
        return TypedResults.Ok(events.Select(e =>
        {
            var page = $"{baseUrl}/veranstaltungen/{e.Id}";
            var onPlatform = e.Registration == EventRegistrationMode.Platform;
            return new EventResponse(e.Id, e.Title, e.StartsAt, e.EndsAt, e.IsOnline, e.Place, e.Organiser, e.Description,
                onPlatform ? page + "#anmeldung" : e.Registration == EventRegistrationMode.External ? e.RegistrationUrl : null,
                page, $"{page}/kalender.ics", e.IsCancelled ? "cancelled" : "scheduled", e.Registration.ToString().ToLowerInvariant(),
                onPlatform ? e.Capacity : null, onPlatform ? e.SeatsLeft : null, onPlatform ? e.RegistrationClosesAt : null, e.PublicOnlineUrl);
        }).ToList());
    }

    public static async Task<ContentHttpResult> EventFeed(AppDbContext db, HttpRequest request, CancellationToken ct)
    {
        var events = await EventQueries.UpcomingAsync(db, DateTime.UtcNow.AddDays(-30), 1000, ct);
        var ics = EventCalendar.Serialize("Weiterbildungsraum – Veranstaltungen", events.Select(e => e.ToCalendarEntry(BaseUrl(request))));
        return TypedResults.Text(ics, EventCalendar.ContentType);
    }

    public static async Task<Results<Ok<List<OrganisationResponse>>, ValidationProblem>> ListOrganisations(AppDbContext db, PlaceDirectory places,
        string? type, string? town, string? q, bool? azav, CancellationToken ct)
    {
        var (filter, errors) = DirectoryFilter.Parse(type, town, azav == true, q);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { e.Value }),
                title: (errors.Count == 1 ? "Ungültiger Parameter " : "Ungültige Parameter ") + string.Join(", ", errors.Keys.Select(k => $"„{k}“")),
                detail: string.Join(" ", errors.Values));
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        var organisations = await NetworkDirectory.Public(db, filter, places, today).AsNoTracking()
            .Select(o => new
            {
                o.Id, o.Name, o.Type, o.Street, o.Postcode, o.Town, o.Website, o.Email, o.Phone, o.Description, o.AzavNumber, o.AzavValidUntil,
            })
            .ToListAsync(ct);
        var ids = organisations.Select(o => o.Id).ToList();
        var contacts = (await PublicContacts.OfAsync(db, ids, ct)).ToLookup(c => c.OrganisationId);
        return TypedResults.Ok(organisations.Select(o => new OrganisationResponse(o.Id, o.Name, o.Type.ToString(), o.Type.German(), o.Street, o.Postcode, o.Town,
            o.Website, o.Email, o.Phone, o.Description,
            o.Type == OrganisationType.Provider && !string.IsNullOrEmpty(o.AzavNumber) && (o.AzavValidUntil is null || o.AzavValidUntil >= today),
            [.. contacts[o.Id].Select(c => new ContactResponse(c.Name, c.Function, c.Email, c.Phone))])).ToList());
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
