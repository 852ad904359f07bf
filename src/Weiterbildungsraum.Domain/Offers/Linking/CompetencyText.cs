namespace Weiterbildungsraum.Domain.Offers;

/// <summary>
/// What the linker knows of a competency: its texts in the current model, and the preferred and alternative labels of the
/// ESCO skills it refers to.
/// </summary>
public sealed record CompetencyText(string Key, string Name, string Description, IReadOnlyList<string> Levels, IReadOnlyList<string>? Labels = null);
