using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

public enum CohortStatus { Proposed, Reviewed, ProvidersInvited, OfferReceived, SeatsConfirmed, Running, Closed }

/// <summary>A Weiterbildungsverbund: people of several companies with the same need, pooled for one run.</summary>
public class Cohort
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
    public CohortStatus Status { get; set; }
    public int? OfferId { get; set; }
    public int? SessionId { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<CohortMember> Members { get; set; } = [];
}

public class CohortMember
{
    public int Id { get; set; }
    public int CohortId { get; set; }
    public Cohort Cohort { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public int OrganisationId { get; set; }
    /// <summary>Names reach the provider only after the company confirmed the seat.</summary>
    public bool SeatConfirmed { get; set; }
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
