namespace Weiterbildungsraum.Domain.Demand;

/// <summary>What stands behind one cell: persons (disjoint between sibling cells), their organisations, the summed gap levels.</summary>
public sealed class Tally
{
    private readonly HashSet<int> organisations = [];

    public int Persons { get; private set; }
    public long LevelSum { get; private set; }
    public int MaxTarget { get; private set; }
    public int Organisations => organisations.Count;
    internal IReadOnlyCollection<int> OrganisationIds => organisations;
    public bool IsEmpty => Persons == 0;

    public void Add(int organisationId, int gapLevels, int target)
    {
        Persons++;
        LevelSum += gapLevels;
        organisations.Add(organisationId);
        if (target > MaxTarget) MaxTarget = target;
    }

    public void AddAll(Tally other)
    {
        Persons += other.Persons;
        LevelSum += other.LevelSum;
        organisations.UnionWith(other.organisations);
        if (other.MaxTarget > MaxTarget) MaxTarget = other.MaxTarget;
    }

    public bool Meets(AnonymityRule rule) => rule.Allows(Persons, Organisations);
}
