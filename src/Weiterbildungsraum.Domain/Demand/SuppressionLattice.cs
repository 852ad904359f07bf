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
    private readonly IReadOnlyDictionary<TKey, Tally> cells;
    private readonly List<(TKey Parent, TKey[] Children)> partitions;
    private readonly List<(TKey A, TKey B, Tally Difference)> links;

    /// <param name="parentsOf">The parent of a cell in each dimension where it has one, tagged by dimension.</param>
    public SuppressionLattice(
        IReadOnlyDictionary<TKey, Tally> cells,
        Func<TKey, IEnumerable<(int Dimension, TKey Parent)>> parentsOf,
        IEnumerable<(TKey A, TKey B, Tally Difference)> links)
    {
        this.cells = cells;
        var children = new Dictionary<(int, TKey), List<TKey>>();
        foreach (var key in cells.Keys)
            foreach (var (dimension, parent) in parentsOf(key))
            {
                if (!children.TryGetValue((dimension, parent), out var list))
                    children[(dimension, parent)] = list = [];
                list.Add(key);
            }
        partitions = children.Select(p => (p.Key.Item2, p.Value.Order().ToArray())).ToList();
        this.links = links.Where(l => cells.ContainsKey(l.A) && cells.ContainsKey(l.B)).ToList();
    }

    public HashSet<TKey> Suppress(AnonymityRule rule)
    {
        var hidden = cells.Where(c => !c.Value.Meets(rule)).Select(c => c.Key).ToHashSet();
        bool changed;
        do
        {
            changed = false;
            foreach (var (parent, children) in partitions)
                changed |= ProtectPartition(parent, children, hidden, rule);
            foreach (var (a, b, difference) in links)
                if (!hidden.Contains(a) && !hidden.Contains(b) && !difference.IsEmpty && !difference.Meets(rule))
                {
                    hidden.Add(cells[a].Persons <= cells[b].Persons ? a : b);
                    changed = true;
                }
        } while (changed);
        return hidden;
    }

    private bool ProtectPartition(TKey parent, TKey[] children, HashSet<TKey> hidden, AnonymityRule rule)
    {
        var parentHidden = hidden.Contains(parent);
        Tally? union = null;
        foreach (var child in children)
            if (hidden.Contains(child))
                (union ??= new Tally()).AddAll(cells[child]);
        if (union is null && !parentHidden) return false;
        if (union is not null && union.Meets(rule)) return false;

        TKey? next = default;
        var found = false;
        foreach (var child in children)
            if (!hidden.Contains(child) && (!found || cells[child].Persons < cells[next!].Persons))
            {
                next = child;
                found = true;
            }
        if (!found) return false;
        hidden.Add(next!);
        return true;
    }
}
