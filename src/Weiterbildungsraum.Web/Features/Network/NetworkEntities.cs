using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>A Veranstaltung of the network.</summary>
public class NetworkEvent
{
    public int Id { get; set; }
    public string? Key { get; set; }
    public required string Title { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public bool IsOnline { get; set; }
    public string Place { get; set; } = "";
    public int? OrganiserId { get; set; }
    public Organisation? Organiser { get; set; }
    public string Description { get; set; } = "";
    public string? RegistrationUrl { get; set; }
    /// <summary>A short report after the event, for the archive.</summary>
    public string? Report { get; set; }
}

public class NewsPost
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTime PublishedAt { get; set; }
    public string? AuthorUserId { get; set; }
}
