using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>One Kompetenzcheck: a dated round of ratings of a person against a role profile.</summary>
public class CompetencyCheck
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public required string RoleKey { get; set; }
    public int? CompanyRoleId { get; set; }
    public int FrameworkVersionId { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}

/// <summary>A rating of one person on one competency — append-only history.</summary>
public class Assessment
{
    public long Id { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public int? CheckId { get; set; }
    public CompetencyCheck? Check { get; set; }
    public required string CompetencyKey { get; set; }
    public int FrameworkVersionId { get; set; }
    public int Level { get; set; }
    public RatingSource Source { get; set; }
    public DateTime AssessedAt { get; set; }
    public string? AssessedByUserId { get; set; }
    public string? Note { get; set; }
    public string? EvidenceName { get; set; }
}
