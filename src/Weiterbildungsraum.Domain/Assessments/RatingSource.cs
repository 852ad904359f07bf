namespace Weiterbildungsraum.Domain.Assessments;

public enum RatingSource
{
    Self,
    Manager,
    Certificate,
    Agreed,
}
