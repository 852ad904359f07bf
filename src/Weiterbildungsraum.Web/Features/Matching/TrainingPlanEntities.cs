using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Matching;

public enum PlanItemStatus { Planned, Requested, Booked, Completed }

/// <summary>A company's Weiterbildungsplan: who learns what, when, at what cost.</summary>
public class TrainingPlan : IVersioned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public required string Name { get; set; }
    public int Year { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; }
    public List<TrainingPlanItem> Items { get; set; } = [];
}

public class TrainingPlanItem
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public TrainingPlan Plan { get; set; } = null!;
    public int PersonId { get; set; }
    public Person Person { get; set; } = null!;
    public int? OfferId { get; set; }
    public int? SessionId { get; set; }
    public required string CompetencyKey { get; set; }
    public int FromLevel { get; set; }
    public int ToLevel { get; set; }
    public PlanItemStatus Status { get; set; }
    public decimal Cost { get; set; }
    public decimal CostAfterFunding { get; set; }
    public string? FundingProgrammeKey { get; set; }
    public DateTime UpdatedAt { get; set; }
}
