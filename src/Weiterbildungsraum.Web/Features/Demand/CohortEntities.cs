using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>A Weiterbildungsverbund: people of several companies with the same need, pooled for one run.</summary>
public class Cohort : IVersioned
{
    public int Id { get; set; }
    public required string CompetencyKey { get; set; }
    public int TargetLevel { get; set; }
    public string VenueTown { get; set; } = "";
    public int RadiusKm { get; set; }
    public DateOnly WindowFrom { get; set; }
    public DateOnly WindowTo { get; set; }
    public int MinSize { get; set; }
    public int MaxSize { get; set; }
    public int MinWindowDays { get; set; }
    public CohortStatus Status { get; set; }
    /// <summary>The chosen answer's offer and the closed group run created for it.</summary>
    public int? OfferId { get; set; }
    public int? SessionId { get; set; }
    /// <summary>Companies confirm or decline their seats by this day; after it the coordination may move on without them.</summary>
    public DateOnly? ConfirmBy { get; set; }
    /// <summary>The shared needs the proposal pooled (CohortFormation.NeedSet); a rejected set is not proposed again.</summary>
    public string NeedSet { get; set; } = "";
    public string? RejectionReason { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
    public List<CohortMember> Members { get; set; } = [];
    public List<CohortInvitation> Invitations { get; set; } = [];
    public List<CohortStatusChange> History { get; set; } = [];
}

public class CohortMember
{
    public int Id { get; set; }
    public int CohortId { get; set; }
    public Cohort Cohort { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public int OrganisationId { get; set; }
    /// <summary>Names reach the chosen provider only for confirmed seats.</summary>
    public SeatState Seat { get; set; }
}

public enum InvitationAnswer { Pending, Offered, Declined }

/// <summary>A provider the coordination invited to offer a run for a group, and its answer.</summary>
public class CohortInvitation
{
    public int Id { get; set; }
    public int CohortId { get; set; }
    public Cohort Cohort { get; set; } = null!;
    public int ProviderId { get; set; }
    public Organisation Provider { get; set; } = null!;
    /// <summary>Why the provider matched when it was invited, as the coordination saw it.</summary>
    public string MatchReasons { get; set; } = "";
    public DateTime InvitedAt { get; set; }
    public bool MailSent { get; set; }
    public InvitationAnswer Answer { get; set; }
    public DateTime? AnsweredAt { get; set; }
    public int? OfferId { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string VenueName { get; set; } = "";
    public string? DeclineReason { get; set; }
}

/// <summary>Who moved a group on, or changed a seat in it, and when — for the coordination's record.</summary>
public class CohortStatusChange
{
    public int Id { get; set; }
    public int CohortId { get; set; }
    public Cohort Cohort { get; set; } = null!;
    public DateTime ChangedAt { get; set; }
    public CohortStatus? FromStatus { get; set; }
    public CohortStatus ToStatus { get; set; }
    /// <summary>Null once the account is deleted; the role or organisation in <see cref="ChangedBy"/> stays.</summary>
    public string? ChangedByUserId { get; set; }
    public string ChangedBy { get; set; } = "";
    public string Note { get; set; } = "";
}

/// <summary>An employee's need marked by the company as open to training with other companies.</summary>
public class SharedNeed
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public required string CompetencyKey { get; set; }
    public int TargetLevel { get; set; }
    public DateOnly? AvailableFrom { get; set; }
    public DateOnly? AvailableTo { get; set; }
    public DateTime CreatedAt { get; set; }
}
