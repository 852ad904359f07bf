namespace Weiterbildungsraum.Domain.Tests;

public class DependencyDirectionTests
{
    [Fact]
    public void Domain_depends_on_nothing_but_the_base_library()
    {
        var references = typeof(Weiterbildungsraum.Domain.Assessments.GapAnalysis).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard" && n != "mscorlib")
            .ToList();
        Assert.Empty(references);
    }
}
