namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// When an aggregate may be shown: at least <see cref="MinPersons"/> persons from at least
/// <see cref="MinOrganisations"/> organisations. Configurable, but never below the floor of 3 and 2
/// (docs/decisions/004-anonymity.md).
/// </summary>
public sealed record AnonymityRule
{
    public const int FloorPersons = 3;
    public const int FloorOrganisations = 2;

    public static AnonymityRule Default { get; } = new(5, 3);

    public int MinPersons { get; }
    public int MinOrganisations { get; }

    public AnonymityRule(int minPersons, int minOrganisations)
    {
        if (minPersons < FloorPersons)
            throw new ArgumentOutOfRangeException(nameof(minPersons), minPersons, $"Die Mindestzahl der Personen darf nicht unter {FloorPersons} liegen.");
        if (minOrganisations < FloorOrganisations)
            throw new ArgumentOutOfRangeException(nameof(minOrganisations), minOrganisations, $"Die Mindestzahl der Organisationen darf nicht unter {FloorOrganisations} liegen.");
        MinPersons = minPersons;
        MinOrganisations = minOrganisations;
    }

    public bool Allows(int persons, int organisations) => persons >= MinPersons && organisations >= MinOrganisations;

    /// <summary>What a suppressed cell reads, e.g. "&lt; 5".</summary>
    public string SuppressedLabel => $"< {MinPersons}";
}
