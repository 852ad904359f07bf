using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Competencies;

/// <summary>A company's own role: a copy of a REGIO role profile that remembers its origin.</summary>
public class CompanyRole : IVersioned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public required string Name { get; set; }
    public int? SourceRoleId { get; set; }
    public Role? SourceRole { get; set; }
    public int FrameworkVersionId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
    public List<CompanyRoleEntry> Profile { get; set; } = [];
}

public class CompanyRoleEntry
{
    public int Id { get; set; }
    public int CompanyRoleId { get; set; }
    public CompanyRole CompanyRole { get; set; } = null!;
    public required string CompetencyKey { get; set; }
    public required string CompetencyName { get; set; }
    /// <summary>Set for competencies the company added itself; null for REGIO competencies.</summary>
    public string? CompanyDescription { get; set; }
    public int TargetNow { get; set; }
    public int TargetFuture { get; set; }
    public int Weight { get; set; }
}
