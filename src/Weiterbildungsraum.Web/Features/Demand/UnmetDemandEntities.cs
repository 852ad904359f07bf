namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>
/// "Bedarf ohne Angebot": how many recommendation requests found no offer for a competency and level in a town and month.
/// A counter, never a person: no person, company, account or exact time is stored.
/// </summary>
public class UnmetDemandCount
{
    public int Id { get; set; }
    public required string CompetencyKey { get; set; }
    public int Level { get; set; }
    /// <summary>A region town, or "" when the request named no place in the region.</summary>
    public string Town { get; set; } = "";
    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; set; }
    public int Count { get; set; }
}
