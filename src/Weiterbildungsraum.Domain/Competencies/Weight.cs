namespace Weiterbildungsraum.Domain.Competencies;

/// <summary>How much a competency matters for a role: 1 hilfreich, 2 wichtig, 3 kritisch.</summary>
public static class Weight
{
    public const int Min = 1;
    public const int Max = 3;

    public static bool IsValid(int weight) => weight is >= Min and <= Max;

    public static string Label(int weight) => weight switch
    {
        1 => "hilfreich",
        2 => "wichtig",
        3 => "kritisch",
        _ => throw new ArgumentOutOfRangeException(nameof(weight), weight, "Gewichtung außerhalb 1–3"),
    };
}
