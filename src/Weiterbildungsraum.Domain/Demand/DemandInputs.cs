using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// The current level of one person on one competency of the person's role profile, with the targets of
/// that role. Organisation and town are those of the employer; people without one get their own
/// pseudo-organisation (a negative id), so they never count as a second company.
/// </summary>
public sealed record PersonLevel(
    int PersonId, int OrganisationId, string Town, string FamilyKey, string RoleKey,
    string CompetencyKey, int Actual, int TargetNow, int TargetFuture, DateTime AssessedAt)
{
    public int Target(Horizon horizon) => horizon == Horizon.Now ? TargetNow : TargetFuture;
    public int Gap(Horizon horizon) => Math.Max(0, Target(horizon) - Actual);
}

/// <summary>An upcoming session teaching a competency from entry to exit level; town null = online.</summary>
public sealed record SupplySession(int SessionId, string CompetencyKey, int EntryLevel, int ExitLevel, string? Town)
{
    /// <summary>Whether the session leads up to the level: it ends there or above and starts below it.</summary>
    public bool Teaches(int level) => ExitLevel >= level && EntryLevel < level;
}

/// <summary>
/// The fixed dimensions a radar query may filter by: role only within a family; a district of several towns
/// (Kreis Unna) only for all families, because only then do its figures fit the protection (RadarLayout).
/// </summary>
public sealed record DemandQuery(Horizon Horizon, string? FamilyKey = null, string? RoleKey = null, string? Town = null, string? District = null)
{
    public bool IsValid => (RoleKey is null || FamilyKey is not null) && (District is null || (FamilyKey is null && Town is null));
}

/// <summary>
/// One person at the end of one quarter: the summed gap levels over the role's profile as assessed by then
/// (people not yet assessed by then are absent).
/// </summary>
public sealed record QuarterGap(string Quarter, int PersonId, int OrganisationId, string Town, string FamilyKey, string RoleKey, int GapNow, int GapFuture)
{
    public int Gap(Horizon horizon) => horizon == Horizon.Now ? GapNow : GapFuture;
}
