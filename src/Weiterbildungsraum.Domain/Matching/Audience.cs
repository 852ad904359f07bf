namespace Weiterbildungsraum.Domain.Matching;

/// <summary>
/// Who the recommendations are for. An in-house run comes to a company that books it for its people, so it fits only when a
/// company's HR plans for its employees; an individual asking for herself cannot take part in one.
/// </summary>
public enum Audience
{
    /// <summary>A person asking for herself (Kompetenzcheck, her own stored profile, the public API).</summary>
    Individual,
    /// <summary>HR of a company planning for its own employees (training plan, a stored employee's recommendations).</summary>
    Company,
}
