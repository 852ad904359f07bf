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
}
