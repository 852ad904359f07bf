using Microsoft.AspNetCore.Identity;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

public class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}

public static class Roles
{
    public const string Learner = "Learner";
    public const string CompanyHR = "CompanyHR";
    public const string Provider = "Provider";
    public const string Coordinator = "Coordinator";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Learner, CompanyHR, Provider, Coordinator, Admin];

    public static string German(string role) => role switch
    {
        Learner => "Beschäftigte/r",
        CompanyHR => "Personalverantwortliche/r",
        Provider => "Bildungsanbieter",
        Coordinator => "Netzwerk-Koordination",
        Admin => "Administration",
        _ => role,
    };
}

public enum OrganisationType
{
    Company,
    Provider,
    Chamber,
    EmploymentAgency,
    RegionalAgency,
    EconomicDevelopment,
    Association,
}

public static class OrganisationTypeNames
{
    public static string German(this OrganisationType type) => type switch
    {
        OrganisationType.Company => "Unternehmen",
        OrganisationType.Provider => "Bildungsanbieter",
        OrganisationType.Chamber => "Kammer",
        OrganisationType.EmploymentAgency => "Agentur für Arbeit / Jobcenter",
        OrganisationType.RegionalAgency => "Regionalagentur",
        OrganisationType.EconomicDevelopment => "Wirtschaftsförderung",
        OrganisationType.Association => "Verband / Netzwerk",
        _ => type.ToString(),
    };
}

public class Organisation : IVersioned
{
    public int Id { get; set; }
    /// <summary>Stable key of seeded organisations; null for those registered on the platform.</summary>
    public string? Key { get; set; }
    public required string Name { get; set; }
    public OrganisationType Type { get; set; }
    public string Description { get; set; } = "";
    public string Street { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string Town { get; set; } = "";
    public string? Website { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public int? EmployeeCount { get; set; }
    public string? Sector { get; set; }
    public string? AzavCertifier { get; set; }
    public string? AzavNumber { get; set; }
    public DateOnly? AzavValidUntil { get; set; }
    /// <summary>Providers appear only after a coordinator approved them.</summary>
    public bool IsApproved { get; set; }
    public bool IsPublicProfile { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
    public List<Membership> Memberships { get; set; } = [];
}

public enum MembershipKind { Employee, HR, ProviderStaff, Staff }

public class Membership
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public required string UserId { get; set; }
    public AppUser User { get; set; } = null!;
    public MembershipKind Kind { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>
/// The subject of assessments. An employee may exist before (or without) an account:
/// HR lists the team, the person joins by invitation later.
/// </summary>
public class Person
{
    public int Id { get; set; }
    public string? Key { get; set; }
    public string? UserId { get; set; }
    public AppUser? User { get; set; }
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string FirstName { get; set; }
    public required string LastName { get; set; }
    public int? BirthYear { get; set; }
    public string? RoleKey { get; set; }
    public int? CompanyRoleId { get; set; }
    /// <summary>Whether the employer may see the person's self-assessments; the person decides.</summary>
    public bool SharesSelfAssessments { get; set; }
    public DateTime CreatedAt { get; set; }

    public string FullName => $"{FirstName} {LastName}";
}

public class Invitation
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public int? PersonId { get; set; }
    public required string TokenHash { get; set; }
    public string? Email { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
}

public class ApiToken
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public required string Name { get; set; }
    public required string TokenHash { get; set; }
    public string Scopes { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

/// <summary>Every read of another person's assessment data; the person can see who looked.</summary>
public class AuditLogEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string? ActorUserId { get; set; }
    public int? SubjectPersonId { get; set; }
    public required string Action { get; set; }
    public string Detail { get; set; } = "";
}
