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
public sealed record SupplySession(int SessionId, string CompetencyKey, int EntryLevel, int ExitLevel, string? Town);

/// <summary>The fixed dimensions a radar query may filter by; role only within a family.</summary>
public sealed record DemandQuery(Horizon Horizon, string? FamilyKey = null, string? RoleKey = null, string? Town = null)
{
    public bool IsValid => RoleKey is null || FamilyKey is not null;
}
