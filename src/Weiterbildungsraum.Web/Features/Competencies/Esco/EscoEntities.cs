namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

public enum EscoKind { Skill, SkillGroup, Occupation, IscoGroup }

/// <summary>A concept of the ESCO classification (skill, skill group, occupation, ISCO group), keyed by its URI.</summary>
public class EscoConcept
{
    public required string Uri { get; set; }
    public EscoKind Kind { get; set; }
    public string PreferredLabel { get; set; } = "";
    public List<string> AltLabels { get; set; } = [];
    public string Description { get; set; } = "";
    public string? SkillType { get; set; }
    public string? ReuseLevel { get; set; }
    public string? Code { get; set; }
    /// <summary>ESCO collections the concept belongs to (digital, green, transversal, digcomp, language, research).</summary>
    public List<string> Collections { get; set; } = [];
    public DateTime ImportedAt { get; set; }
}

/// <summary>A relation between two ESCO concepts: broader, essential, optional or related.</summary>
public class EscoRelation
{
    public long Id { get; set; }
    public required string FromUri { get; set; }
    public required string ToUri { get; set; }
    public required string Type { get; set; }
}
