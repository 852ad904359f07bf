namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// One competency in one slice of the radar. A suppressed cell carries no figures at all
/// (a competency without any demand reads the same as one with too few people behind it).
/// </summary>
public sealed record DemandCell(string CompetencyKey, bool Suppressed, int? Persons, int? Organisations, long? DemandLevelSum, int? NeededLevel, int? SupplySessions)
{
    public static DemandCell Hidden(string competencyKey) => new(competencyKey, true, null, null, null, null, null);

    public bool IsUnderSupplied => !Suppressed && SupplySessions == 0 && DemandLevelSum > 0;
}
