using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies;

/// <summary>A competency model (Kompetenzmodell), e.g. the REGIO-Jobfamilien.</summary>
public class CompetencyFramework
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public List<FrameworkVersion> Versions { get; set; } = [];
}

public enum VersionStatus { Draft, Published }

/// <summary>One version of a model. A published version never changes; edits go into a new draft.</summary>
public class FrameworkVersion
{
    public int Id { get; set; }
    public int FrameworkId { get; set; }
    public CompetencyFramework Framework { get; set; } = null!;
    public int Number { get; set; }
    public VersionStatus Status { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? PublishedAt { get; set; }
    public string ChangeNote { get; set; } = "";
    public List<JobFamily> Families { get; set; } = [];
    public List<Competency> Competencies { get; set; } = [];
}

/// <summary>Families, roles and competencies carry a concurrency stamp (Version) so that two coordinators editing one item do not overwrite each other.</summary>
public class JobFamily : IVersioned
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public FrameworkVersion FrameworkVersion { get; set; } = null!;
    public Guid Version { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public int SortOrder { get; set; }
    public List<Role> Roles { get; set; } = [];
}

public class Role : IVersioned
{
    public int Id { get; set; }
    public Guid Version { get; set; }
    public int FamilyId { get; set; }
    public JobFamily Family { get; set; } = null!;
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public string? KldbCode { get; set; }
    public string? EscoOccupationUri { get; set; }
    public List<RoleProfileEntry> Profile { get; set; } = [];
}

/// <summary>Competencies are keyed across versions: the key stays, the content of a version may differ.</summary>
public class Competency : IVersioned
{
    public int Id { get; set; }
    public int VersionId { get; set; }
    public FrameworkVersion FrameworkVersion { get; set; } = null!;
    public Guid Version { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public CompetencyCategory Category { get; set; }
    public List<string> Tags { get; set; } = [];
    public List<string> EscoUris { get; set; } = [];
    public string Level1 { get; set; } = "";
    public string Level2 { get; set; } = "";
    public string Level3 { get; set; } = "";
    public string Level4 { get; set; } = "";

    public IReadOnlyList<string> Levels => [Level1, Level2, Level3, Level4];
}

/// <summary>Soll: what a role needs of one competency, now and in three years, and how much it matters.</summary>
public class RoleProfileEntry
{
    public int Id { get; set; }
    public int RoleId { get; set; }
    public Role Role { get; set; } = null!;
    public int CompetencyId { get; set; }
    public Competency Competency { get; set; } = null!;
    public int TargetNow { get; set; }
    public int TargetFuture { get; set; }
    public int Weight { get; set; }
}
