using System.Text.Json.Serialization;
using Weiterbildungsraum.Domain.Competencies;

namespace Weiterbildungsraum.Web.Content;

// The shapes of the files under content/ (docs/content-format.md).

public sealed record FrameworkFile(string Key, string Name, int Version, string? Description = null);

public sealed record CompetenciesFile(List<CompetencyFile> Competencies);

public sealed record CompetencyFile(
    string Key,
    string Name,
    CompetencyCategory Category,
    Dictionary<string, string> Levels,
    string? Description = null,
    List<string>? Tags = null,
    List<string>? EscoUris = null);

public sealed record FamilyFile(string Key, string Name, int Order, List<RoleFile> Roles, string? Description = null);

public sealed record RoleFile(
    string Key,
    string Name,
    List<ProfileEntryFile> Profile,
    string? Description = null,
    string? Kldb = null,
    string? EscoOccupationUri = null);

public sealed record ProfileEntryFile(string Competency, int TargetNow, int TargetFuture, int Weight);

/// <summary>The whole competency model as read from disk and validated.</summary>
public sealed record ModelContent(FrameworkFile Framework, List<CompetencyFile> Competencies, List<FamilyFile> Families);

public sealed record AddressFile(string? Name = null, string? Street = null, string? Postcode = null, string? Town = null);

/// <summary>A fictional contact person; <c>public</c> stands for the consent a real person would give.</summary>
public sealed record ContactFile(string Name, string? Function = null, string? Email = null, string? Phone = null, bool Public = false);

public sealed record ActorFile(
    string Key, string Name, string Type, string Town, string? Postcode = null, string? Street = null,
    string? Website = null, string? Email = null, string? Phone = null, string? Description = null, List<ContactFile>? Contacts = null);

public sealed record AzavFile(string Certifier, string Number, int ValidForDays);

public sealed record ProviderFile(
    string Key, string Name, string Town, string? Postcode = null, string? Street = null,
    string? Website = null, string? Email = null, string? Phone = null, string? Description = null, AzavFile? Azav = null,
    List<ContactFile>? Contacts = null);

public sealed record OfferCompetencyFile(string Competency, int EntryLevel, int ExitLevel);

public sealed record SessionFile(
    int StartInDays, int DurationDays, string Format, string? StartTime = null, string? EndTime = null,
    AddressFile? Venue = null, int? Seats = null);

public sealed record OfferFile(
    string Key, string Provider, string Title, int Hours, decimal Price, bool Azav, string TimeModel,
    List<OfferCompetencyFile> Competencies, List<SessionFile> Sessions,
    string? Summary = null, string? Content = null,
    string? TargetGroup = null, string? EntryRequirements = null, string? Qualification = null, string? ExaminingBody = null,
    string? PriceRemark = null, string? FundingNotes = null, string? Language = null,
    int? MinParticipants = null, int? MaxParticipants = null,
    string? ContactName = null, string? ContactEmail = null, string? ContactPhone = null, bool LeadsToQualification = false);

public sealed record EmployeeFile(
    string Key, string FirstName, string LastName, string Role, int RatedDaysAgo, int? BirthYear = null,
    Dictionary<string, int>? SelfRatings = null, Dictionary<string, int>? ManagerRatings = null);

public sealed record CompanyFile(
    string Key, string Name, string Town, int EmployeeCount, List<EmployeeFile> Employees,
    string? Postcode = null, string? Street = null, string? Sector = null, string? Description = null);

public sealed record EventFile(
    string Key, string Title, int StartInDays, bool Online, string? StartTime = null, string? EndTime = null,
    string? Place = null, string? Organiser = null, string? Description = null, string? RegistrationUrl = null, string? Report = null,
    string? Registration = null, int? Capacity = null, int? DeadlineDaysBefore = null, string? OnlineUrl = null);

public sealed record DemoContent(
    List<ActorFile> Actors, List<ProviderFile> Providers, List<OfferFile> Offers,
    List<CompanyFile> Companies, List<EventFile> Events);

public sealed record FundingProgrammeFile(
    string Key, string Name, DateOnly ValidFrom, string Source, System.Text.Json.JsonElement Rules,
    string? Description = null, DateOnly? ValidUntil = null, string? Note = null);

internal static class ContentJson
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
