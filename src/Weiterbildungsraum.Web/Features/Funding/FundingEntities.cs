namespace Weiterbildungsraum.Web.Features.Funding;

/// <summary>A Förderprogramm as data: conditions, rates, caps, validity and source — never as code.</summary>
public class FundingProgramme
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    /// <summary>Rules as JSON (company size bands, AZAV, minimum hours, person attributes, rates, caps), interpreted by the domain.</summary>
    public string RulesJson { get; set; } = "{}";
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidUntil { get; set; }
    public string Source { get; set; } = "";
    public string Note { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}
