namespace Weiterbildungsraum.Domain.Competencies;

/// <summary>The platform's fixed scale 0–4 (PRODUCT.md): 0 keine … 4 Expertise.</summary>
public static class ProficiencyScale
{
    public const int Min = 0;
    public const int Max = 4;

    public static bool Contains(int level) => level is >= Min and <= Max;

    public static string Label(int level) => level switch
    {
        0 => "keine",
        1 => "Grundkenntnisse",
        2 => "anwenden mit Anleitung",
        3 => "selbstständig anwenden",
        4 => "Expertise",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Stufe außerhalb der Skala 0–4"),
    };
}
