namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// Decides which cells of a fixed lattice of aggregates stay hidden (docs/decisions/004-anonymity.md).
/// Primary: a cell below the rule is hidden. Secondary, per partition (a parent and its disjoint children
/// along one dimension): the hidden children together must again meet the rule, and a hidden parent needs
/// a hidden child — otherwise subtracting published figures would give away a hidden one. Links pair
/// cells over the same people whose difference (e.g. now vs. in three years) must meet the rule too.
/// Hiding only grows, so the loop ends.
/// </summary>
public sealed class SuppressionLattice<TKey> where TKey : notnull, IComparable<TKey>
{
    // Cells are numbered once; the fixpoint loop then works on arrays only.
    private readonly TKey[] keys;
    private readonly Tally[] tallies;
    private readonly List<int[]> partitions = [];
    private readonly List<int> parents = [];
    private readonly List<(int A, int B, Tally Difference)> links = [];

    /// <param name="parentsOf">The parent of a cell in each dimension where it has one, tagged by dimension.</param>
    public SuppressionLattice(
        IReadOnlyDictionary<TKey, Tally> cells,
        Func<TKey, IEnumerable<(int Dimension, TKey Parent)>> parentsOf,
        IEnumerable<(TKey A, TKey B, Tally Difference)> links)
    {
        keys = cells.Keys.Order().ToArray();
        tallies = keys.Select(k => cells[k]).ToArray();
        var index = new Dictionary<TKey, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++) index[keys[i]] = i;
        var children = new Dictionary<(int, int), List<int>>();
        for (var i = 0; i < keys.Length; i++)
            foreach (var (dimension, parent) in parentsOf(keys[i]))
            {
                if (!index.TryGetValue(parent, out var p)) continue;
                if (!children.TryGetValue((dimension, p), out var list)) children[(dimension, p)] = list = [];
                list.Add(i);
            }
        foreach (var ((_, parent), list) in children.OrderBy(c => c.Key))
        {
            parents.Add(parent);
            partitions.Add([.. list]);
        }
        foreach (var (a, b, difference) in links)
            if (index.TryGetValue(a, out var ia) && index.TryGetValue(b, out var ib))
                this.links.Add((ia, ib, difference));
    }

    public HashSet<TKey> Suppress(AnonymityRule rule)
    {
        var hidden = tallies.Select(t => !t.Meets(rule)).ToArray();
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < partitions.Count; i++)
                changed |= ProtectPartition(parents[i], partitions[i], hidden, rule);
            foreach (var (a, b, difference) in links)
                if (!hidden[a] && !hidden[b] && !difference.IsEmpty && !difference.Meets(rule))
                {
                    hidden[tallies[a].Persons <= tallies[b].Persons ? a : b] = true;
                    changed = true;
                }
        } while (changed);
        return keys.Where((_, i) => hidden[i]).ToHashSet();
    }

    private readonly HashSet<int> scratch = [];

    private bool ProtectPartition(int parent, int[] children, bool[] hidden, AnonymityRule rule)
    {
        var persons = 0;
        var any = false;
        foreach (var child in children)
            if (hidden[child])
            {
                persons += tallies[child].Persons;
                any = true;
            }
        if (!any && !hidden[parent]) return false;
        if (any && persons >= rule.MinPersons && HiddenOrganisationsReach(children, hidden, rule.MinOrganisations)) return false;

        var next = -1;
        foreach (var child in children)
            if (!hidden[child] && (next < 0 || tallies[child].Persons < tallies[next].Persons))
                next = child;
        if (next < 0) return false;
        hidden[next] = true;
        return true;
    }

    private bool HiddenOrganisationsReach(int[] children, bool[] hidden, int minimum)
    {
        scratch.Clear();
        foreach (var child in children)
            if (hidden[child])
                foreach (var organisation in tallies[child].OrganisationIds)
                    if (scratch.Add(organisation) && scratch.Count >= minimum) return true;
        return false;
    }
}
