namespace Weiterbildungsraum.Domain.Competencies;

public enum CompetencyCategory
{
    Fachkompetenz,
    Methodenkompetenz,
    Sozialkompetenz,
    PersonaleKompetenz,
}

public static class CompetencyCategoryNames
{
    public static string German(this CompetencyCategory category) => category switch
    {
        CompetencyCategory.Fachkompetenz => "Fachkompetenz",
        CompetencyCategory.Methodenkompetenz => "Methodenkompetenz",
        CompetencyCategory.Sozialkompetenz => "Sozialkompetenz",
        CompetencyCategory.PersonaleKompetenz => "Personale Kompetenz",
        _ => category.ToString(),
    };

    /// <summary>Reads a category as people write it: the German name or the code name, any case, spaces ignored.</summary>
    public static bool TryParse(string? text, out CompetencyCategory category)
    {
        var wanted = (text ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
        foreach (var c in Enum.GetValues<CompetencyCategory>())
            if (string.Equals(c.ToString(), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(c.German().Replace(" ", "", StringComparison.Ordinal), wanted, StringComparison.OrdinalIgnoreCase))
            {
                category = c;
                return true;
            }
        category = default;
        return false;
    }
}
