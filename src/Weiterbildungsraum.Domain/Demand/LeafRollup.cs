namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// Aggregates at the finest level first (one small integer key per leaf), then rolls the leaves up into
/// every slice: a handful of dictionary operations per input row instead of one per slice.
/// </summary>
internal sealed class LeafRollup<TLeaf> where TLeaf : notnull
{
    private readonly Dictionary<TLeaf, Tally> leaves = [];

    public Tally this[TLeaf leaf]
    {
        get
        {
            if (!leaves.TryGetValue(leaf, out var tally)) leaves[leaf] = tally = new Tally();
            return tally;
        }
    }

    public Dictionary<TKey, Tally> RollUp<TKey>(Func<TLeaf, IEnumerable<TKey>> slices) where TKey : notnull
    {
        var cells = new Dictionary<TKey, Tally>();
        foreach (var (leaf, tally) in leaves)
            foreach (var key in slices(leaf))
            {
                if (!cells.TryGetValue(key, out var cell)) cells[key] = cell = new Tally();
                cell.AddAll(tally);
            }
        return cells;
    }
}

/// <summary>Small integer ids for the strings of one build, so leaf keys hash cheaply.</summary>
internal sealed class Interner
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> values = [];

    public int Id(string value)
    {
        if (ids.TryGetValue(value, out var id)) return id;
        ids[value] = id = values.Count;
        values.Add(value);
        return id;
    }

    public string this[int id] => values[id];
}
