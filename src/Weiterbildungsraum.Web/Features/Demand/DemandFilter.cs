using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Demand;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>The radar's filters, checked against the fixed dimensions: known family, role within it, region town.</summary>
public static class DemandFilter
{
    public static (DemandQuery? Query, Dictionary<string, string[]> Errors) Resolve(DemandCatalog catalog, string? family, string? role, string? town, string? horizon)
    {
        var errors = new Dictionary<string, string[]>();
        family = Blank(family);
        role = Blank(role);
        town = Blank(town);
        Horizon parsed = Horizon.Now;
        switch (Blank(horizon)?.ToLowerInvariant())
        {
            case null or "now": break;
            case "future": parsed = Horizon.Future; break;
            default: errors["horizon"] = ["Zeitraum: erlaubt sind „now“ (heute) und „future“ (in drei Jahren)."]; break;
        }
        if (role is not null && family is null)
            family = catalog.Families.FirstOrDefault(f => f.Roles.Any(r => r.Key == role))?.Key;
        var knownFamily = catalog.Family(family);
        if (family is not null && knownFamily is null)
            errors["family"] = [$"Jobfamilie: „{family}“ gibt es nicht."];
        else if (role is not null && knownFamily?.Roles.Any(r => r.Key == role) != true)
            errors["role"] = [$"Rolle: „{role}“ gehört zu keiner gewählten Jobfamilie."];
        // "Kreis Unna" as a whole is a district of several towns; Dortmund and Hamm are towns and districts at once.
        var district = RegionTowns.Districts.FirstOrDefault(d => string.Equals(d, town, StringComparison.OrdinalIgnoreCase) && RegionTowns.Find(d) is null);
        var knownTown = RegionTowns.Find(town);
        if (town is not null && knownTown is null && district is null)
            errors["town"] = [$"Ort: „{town}“ liegt nicht in der Region (Dortmund, Hamm, Kreis Unna)."];
        else if (district is not null && family is not null)
            errors["town"] = [$"Ort: Den {district} als Ganzes zeigt der Radar nur für alle Jobfamilien. Wählen Sie eine Stadt im Kreis oder „Alle Jobfamilien“."];
        return errors.Count > 0 ? (null, errors) : (new DemandQuery(parsed, family, role, knownTown?.Name, district), errors);
    }

    /// <summary>The area a query shows, in words: a town, a district or the whole region.</summary>
    public static string AreaName(this DemandQuery query) => query.Town ?? (query.District is { } d ? $"{d} (alle Städte)" : "ganze Region");

    /// <summary>The value of the area filter: the town or the district.</summary>
    public static string? Area(this DemandQuery query) => query.Town ?? query.District;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Name(this Horizon horizon) => horizon == Horizon.Now ? "heute" : "in drei Jahren";

    public static string Key(this Horizon horizon) => horizon == Horizon.Now ? "now" : "future";
}
