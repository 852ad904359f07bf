using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>What the directory is filtered by; the page and the API read it from the same parameters.</summary>
public sealed record DirectoryFilter(OrganisationType? Type, string? Town, bool AzavOnly, string? Search)
{
    public const int MaxSearchLength = 200;

    /// <summary>The filter, or German reasons per parameter (type, town, azav, q) why it cannot be one.</summary>
    public static (DirectoryFilter Filter, Dictionary<string, string> Errors) Parse(string? type, string? town, bool azav, string? q)
    {
        var errors = new Dictionary<string, string>();
        OrganisationType? parsedType = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            // Names only: Enum.TryParse would also take numbers and comma lists.
            var name = Enum.GetNames<OrganisationType>().FirstOrDefault(n => string.Equals(n, type.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is not null) parsedType = Enum.Parse<OrganisationType>(name);
            else errors["type"] = $"„{type}“ ist kein Organisationstyp. Erlaubt: {string.Join(", ", Enum.GetNames<OrganisationType>())}.";
        }
        string? townName = null;
        if (!string.IsNullOrWhiteSpace(town))
        {
            townName = NetworkDirectory.RegionTown(town);
            if (townName is null) errors["town"] = $"„{town}“ ist kein Ort der Region. Erlaubt: {string.Join(", ", NetworkDirectory.Towns)}.";
        }
        if (azav && parsedType is { } other && other != OrganisationType.Provider)
            errors["azav"] = "Eine AZAV-Zulassung haben nur Bildungsanbieter: Wählen Sie als Art „Bildungsanbieter“ oder „Alle“.";
        if (q is { Length: > MaxSearchLength })
            errors["q"] = $"Der Suchbegriff darf höchstens {MaxSearchLength} Zeichen lang sein.";
        return (new DirectoryFilter(parsedType, townName, azav, string.IsNullOrWhiteSpace(q) ? null : q.Trim()), errors);
    }
}

/// <summary>
/// The network directory shows only organisations that opted in to a public profile (and, for providers, were approved).
/// </summary>
public static class NetworkDirectory
{
    /// <summary>The towns of the region (Dortmund, Hamm, Kreis Unna) the directory filters by.</summary>
    public static IReadOnlyList<string> Towns { get; } = [.. RegionTowns.All.Select(t => t.Name).Order(StringComparer.Create(new("de-DE"), false))];

    /// <summary>The region's spelling of a town given without regard to case or umlaut spelling ("luenen" → "Lünen"), or null.</summary>
    public static string? RegionTown(string? town)
    {
        if (string.IsNullOrWhiteSpace(town)) return null;
        var key = PlaceDirectory.TownKey(town);
        return Towns.FirstOrDefault(t => PlaceDirectory.TownKey(t) == key || PlaceDirectory.TownKey(t.Split('/')[0]) == key);
    }

    public static IQueryable<Organisation> Public(AppDbContext db) => db.Organisations.Where(o => o.IsPublicProfile && o.IsApproved);

    public static IQueryable<Organisation> Public(AppDbContext db, DirectoryFilter filter, PlaceDirectory places, DateOnly today)
    {
        var query = Public(db);
        if (filter.Type is { } t) query = query.Where(o => o.Type == t);
        if (filter.AzavOnly)
            query = query.Where(o => o.Type == OrganisationType.Provider && o.AzavNumber != null && o.AzavNumber != ""
                && (o.AzavValidUntil == null || o.AzavValidUntil >= today));
        if (filter.Town is { } town)
        {
            // The address's postcode finds the town also when its name is spelled differently ("Fröndenberg").
            var postcodes = places.ByTown(town)?.Postcodes.ToList() ?? [];
            var name = town.ToLower();
            query = query.Where(o => o.Town.ToLower() == name || postcodes.Contains(o.Postcode));
        }
        if (filter.Search is { } search)
        {
            var term = search.ToLower();
            query = query.Where(o => o.Name.ToLower().Contains(term) || o.Town.ToLower().Contains(term) || o.Description.ToLower().Contains(term));
        }
        return query.OrderBy(o => o.Name);
    }

    public static bool HasValidAzav(Organisation o, DateOnly today) =>
        !string.IsNullOrEmpty(o.AzavNumber) && (o.AzavValidUntil is null || o.AzavValidUntil >= today);
}
