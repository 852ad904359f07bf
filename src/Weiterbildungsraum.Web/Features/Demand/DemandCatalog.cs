namespace Weiterbildungsraum.Web.Features.Demand;

public sealed record CatalogRole(string Key, string Name, IReadOnlyList<string> CompetencyKeys);

public sealed record CatalogFamily(string Key, string Name, IReadOnlyList<CatalogRole> Roles);

/// <summary>The dimensions of the radar from the current competency model: families, roles, competency names.</summary>
public sealed record DemandCatalog(IReadOnlyList<CatalogFamily> Families, IReadOnlyDictionary<string, string> CompetencyNames)
{
    public CatalogFamily? Family(string? key) => Families.FirstOrDefault(f => f.Key == key);

    public string Name(string competencyKey) => CompetencyNames.TryGetValue(competencyKey, out var name) ? name : competencyKey;

    /// <summary>The competencies a slice can have demand in: those of the profiles in it.</summary>
    public IReadOnlyList<string> CompetencyKeys(string? family, string? role) =>
        Families.Where(f => family is null || f.Key == family)
            .SelectMany(f => f.Roles).Where(r => role is null || r.Key == role)
            .SelectMany(r => r.CompetencyKeys).Distinct().OrderBy(Name, StringComparer.CurrentCulture).ToList();
}
