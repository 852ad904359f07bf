using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network;

/// <summary>How people register for an event: not at all, on the platform, or on the organiser's own site.</summary>
public enum EventRegistrationMode { None, Platform, External }

/// <summary>A Veranstaltung of the network.</summary>
public class NetworkEvent : IVersioned
{
    public int Id { get; set; }
    public string? Key { get; set; }
    public required string Title { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime EndsAt { get; set; }
    public bool IsOnline { get; set; }
    /// <summary>Venue with address; for online events a short note such as "Videokonferenz".</summary>
    public string Place { get; set; } = "";
    /// <summary>Where to join an online event. With registration on the platform only registrants see it.</summary>
    public string? OnlineUrl { get; set; }
    public int? OrganiserId { get; set; }
    public Organisation? Organiser { get; set; }
    public string Description { get; set; } = "";
    public EventRegistrationMode Registration { get; set; }
    public string? RegistrationUrl { get; set; }
    /// <summary>Seats for registration on the platform; null is no limit.</summary>
    public int? Capacity { get; set; }
    /// <summary>Registration closes then; null closes it when the event starts.</summary>
    public DateTime? RegistrationDeadline { get; set; }
    /// <summary>
    /// Claimed seats, counted up and down in one statement with the capacity check so that two people cannot
    /// take the last seat at once. It stays as a figure after the registrations themselves are deleted.
    /// </summary>
    public int RegisteredCount { get; set; }
    public DateTime? CancelledAt { get; set; }
    public string? CancellationNote { get; set; }
    /// <summary>A short report after the event, for the archive.</summary>
    public string? Report { get; set; }
    /// <summary>iCalendar SEQUENCE: calendars replace their copy only when it grows.</summary>
    public int Sequence { get; set; }
    public DateTime? UpdatedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>One person's registration for an event; personal data, deleted a while after the event (docs/privacy.md).</summary>
public class EventRegistration
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public NetworkEvent Event { get; set; } = null!;
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? OrganisationName { get; set; }
    /// <summary>Set when the person was signed in: the registration is then part of her data export and goes with her account.</summary>
    public string? UserId { get; set; }
    public AppUser? User { get; set; }
    /// <summary>The cancellation link carries the token; only its hash is stored.</summary>
    public required string TokenHash { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>An Ansprechperson of an organisation; listed publicly only with consent (ContactConsent).</summary>
public class ContactPerson : IVersioned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    /// <summary>A member's own account: then only she decides about the public listing.</summary>
    public string? UserId { get; set; }
    public AppUser? User { get; set; }
    public required string Name { get; set; }
    /// <summary>Funktion oder Bereich, e.g. "Weiterbildungsberatung".</summary>
    public string Function { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public bool IsPublic { get; set; }
    public DateTime? ConsentAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
}

public class NewsPost
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTime PublishedAt { get; set; }
    public string? AuthorUserId { get; set; }
}
