using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Demand;

/// <summary>One cell of the radar lattice; null means "all" in that dimension.</summary>
public readonly record struct RadarKey(string Competency, Horizon Horizon, string? Family, string? Role, string? Town) : IComparable<RadarKey>
{
    public int CompareTo(RadarKey other)
    {
        var c = string.CompareOrdinal(Competency, other.Competency);
        if (c == 0) c = Horizon.CompareTo(other.Horizon);
        if (c == 0) c = string.CompareOrdinal(Family, other.Family);
        if (c == 0) c = string.CompareOrdinal(Role, other.Role);
        if (c == 0) c = string.CompareOrdinal(Town, other.Town);
        return c;
    }

    /// <summary>The fixed filter levels: all or family or role, crossed with all or town.</summary>
    public static IEnumerable<(string? Family, string? Role, string? Town)> Slices(string family, string role, string town)
    {
        yield return (family, role, town);
        yield return (family, role, null);
        yield return (family, null, town);
        yield return (family, null, null);
        yield return (null, null, town);
        yield return (null, null, null);
    }

    /// <summary>Dimension 0: role → family → all; dimension 1: town → all.</summary>
    public static IEnumerable<(int, (string? Family, string? Role, string? Town))> Parents(string? family, string? role, string? town)
    {
        if (role is not null) yield return (0, (family, null, town));
        else if (family is not null) yield return (0, (null, null, town));
        if (town is not null) yield return (1, (family, role, null));
    }
}
