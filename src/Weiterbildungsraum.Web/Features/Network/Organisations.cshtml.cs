using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>/netzwerk: the directory of public profiles; every filter is a query parameter, so a filtered list can be shared.</summary>
[AllowAnonymous]
public sealed class OrganisationsModel(AppDbContext db, PlaceDirectory places) : PageModel
{
    public sealed record Row(int Id, string Name, OrganisationType Type, string Town, string Description, bool Azav);

    private static readonly Dictionary<string, string> FieldOf = new() { ["type"] = "typ", ["town"] = "ort", ["azav"] = "azav", ["q"] = "q" };

    public string? Q { get; private set; }
    public string? Typ { get; private set; }
    public string? Ort { get; private set; }
    public bool Azav { get; private set; }
    public DirectoryFilter Filter { get; private set; } = new(null, null, false, null);
    public List<Row> Organisations { get; private set; } = [];
    public bool Filtered => Q is not null || Typ is not null || Ort is not null || Azav;

    public async Task OnGetAsync(string? q, string? typ, string? ort, string? azav, CancellationToken ct)
    {
        Q = string.IsNullOrWhiteSpace(q) ? null : q;
        Typ = string.IsNullOrWhiteSpace(typ) ? null : typ;
        Ort = string.IsNullOrWhiteSpace(ort) ? null : ort;
        Azav = azav is "true" or "on";
        var (filter, errors) = DirectoryFilter.Parse(Typ, Ort, Azav, Q);
        if (azav is not null && azav is not ("true" or "on" or "false" or ""))
            errors["azav"] = "„nur AZAV-zertifiziert“ ist entweder angekreuzt oder nicht.";
        foreach (var (parameter, message) in errors) ModelState.AddModelError(FieldOf[parameter], message);
        Filter = filter;
        if (errors.Count > 0) return;
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        Organisations = await NetworkDirectory.Public(db, filter, places, today).AsNoTracking()
            .Select(o => new Row(o.Id, o.Name, o.Type, o.Town, o.Description,
                o.Type == OrganisationType.Provider && o.AzavNumber != null && o.AzavNumber != "" && (o.AzavValidUntil == null || o.AzavValidUntil >= today)))
            .ToListAsync(ct);
    }
}
