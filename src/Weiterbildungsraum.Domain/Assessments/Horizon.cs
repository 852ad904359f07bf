namespace Weiterbildungsraum.Domain.Assessments;

/// <summary>Which target a comparison uses: today's or the one expected in three years.</summary>
public enum Horizon
{
    Now,
    Future,
}
