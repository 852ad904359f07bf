namespace Weiterbildungsraum.Domain.Competencies;

/// <summary>Cross-cutting tags of a competency (PRODUCT.md).</summary>
public static class CompetencyTags
{
    public const string Digital = "Digital";
    public const string Ai = "KI";
    public const string Sustainability = "Nachhaltigkeit";
    public const string Transversal = "Transversal";

    public static readonly IReadOnlyList<string> All = [Digital, Ai, Sustainability, Transversal];
}
