namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// One table of the radar (a competency and horizon, or a quarter of the trend) and which of its cells stay
/// hidden (docs/decisions/004-anonymity.md). Primary: a cell below the rule is hidden. Then two rules are
/// enforced until nothing changes, and hiding only grows, so the loop ends:
/// <list type="bullet">
/// <item>Groups: where the figures at one sum (a parent and its children) are published on one side, the
/// hidden cells on the other side are known together; that total must be 0 or meet the rule.</item>
/// <item>Every small cell could be empty: for each cell hidden because it is below the rule, the published
/// figures must also fit a table in which it is 0, in persons and in gap levels. Decided exactly: its count is
/// rerouted around the flow network of <see cref="RadarLayout"/> through hidden cells only; where that is not
/// possible, the published cells on the cheapest way round are hidden as well.</item>
/// </list>
/// Both rules are monotone (hiding more only widens what the published figures allow), so a cell once found
/// protected stays protected.
/// </summary>
public sealed class ProtectedTable
{
    private readonly RadarLayout layout;
    private readonly Tally?[] tallies;
    private readonly bool[] usable;
    private readonly bool[] hidden;
    private readonly bool[] sensitive;
    private readonly bool[] protectedPersons;
    private readonly bool[] protectedLevels;
    private readonly List<int>[] outgoing;
    private readonly List<int>[] incoming;
    private readonly AnonymityRule rule;

    /// <param name="tallies">Per cell of the layout; null = nobody.</param>
    /// <param name="usable">Cells that can hold anyone at all (roles whose profile has the competency); the others are known zeros.</param>
    public ProtectedTable(RadarLayout layout, Tally?[] tallies, bool[] usable, AnonymityRule rule)
    {
        this.layout = layout;
        this.tallies = tallies;
        this.usable = usable;
        this.rule = rule;
        var count = layout.CellCount;
        hidden = new bool[count];
        sensitive = new bool[count];
        protectedPersons = new bool[count];
        protectedLevels = new bool[count];
        outgoing = new List<int>[layout.NodeCount];
        incoming = new List<int>[layout.NodeCount];
        for (var n = 0; n < layout.NodeCount; n++) (outgoing[n], incoming[n]) = ([], []);
        for (var c = 0; c < count; c++)
        {
            if (!usable[c]) continue;
            var (tail, head) = layout.Ends(c);
            outgoing[tail].Add(c);
            incoming[head].Add(c);
            var below = !(tallies[c]?.Meets(rule) ?? false);
            hidden[c] = below || !layout.IsPublishable(c);
            sensitive[c] = below && Persons(c) > 0;
        }
    }

    public bool IsHidden(int cell) => !usable[cell] || hidden[cell];
    public Tally? Tally(int cell) => usable[cell] ? tallies[cell] : null;

    /// <summary>Hides a cell for a reason outside this table (a linked table); true when that is new.</summary>
    public bool Hide(int cell)
    {
        if (!usable[cell] || hidden[cell]) return false;
        hidden[cell] = true;
        return true;
    }

    /// <summary>One pass of both rules; true when something more was hidden (call again until false).</summary>
    public bool Protect()
    {
        var changed = false;
        for (var node = 0; node < layout.NodeCount; node++) changed |= ProtectGroups(node);
        for (var cell = 0; cell < hidden.Length; cell++)
        {
            if (!sensitive[cell]) continue;
            if (!protectedPersons[cell]) (protectedPersons[cell], changed) = (true, Reroute(cell, Persons) | changed);
            if (!protectedLevels[cell]) (protectedLevels[cell], changed) = (true, Reroute(cell, Levels) | changed);
        }
        return changed;
    }

    private long Persons(int cell) => tallies[cell]?.Persons ?? 0;
    private long Levels(int cell) => tallies[cell]?.LevelSum ?? 0;

    private readonly HashSet<int> scratch = [];

    private bool ProtectGroups(int node)
    {
        bool anyIn = incoming[node].Exists(c => hidden[c]), anyOut = outgoing[node].Exists(c => hidden[c]);
        if (anyIn == anyOut) return false; // none hidden, or hidden on both sides: only a difference is known
        var side = anyIn ? incoming[node] : outgoing[node];
        var persons = 0L;
        var organisations = scratch;
        organisations.Clear();
        foreach (var c in side)
            if (hidden[c] && tallies[c] is { } t)
            {
                persons += t.Persons;
                organisations.UnionWith(t.OrganisationIds);
            }
        if (persons == 0 || (persons >= rule.MinPersons && organisations.Count >= rule.MinOrganisations)) return false;
        // The smallest published cell on the same side joins the hidden ones (the other side only if none is left).
        var next = Smallest(side) ?? Smallest(anyIn ? outgoing[node] : incoming[node]);
        return next is { } c2 && Hide(c2);
    }

    private int? Smallest(List<int> cells)
    {
        int? smallest = null;
        foreach (var c in cells)
            if (!hidden[c] && (smallest is null || Persons(c) < Persons(smallest.Value))) smallest = c;
        return smallest;
    }

    /// <summary>
    /// Sends the cell's whole value from its tail to its head around other cells (a circulation that keeps every
    /// published figure), through hidden cells where possible; a cell carries more without limit and less down to 0.
    /// </summary>
    private bool Reroute(int cell, Func<int, long> value)
    {
        var remaining = value(cell);
        if (remaining == 0) return false;
        var work = new long[hidden.Length];
        for (var c = 0; c < work.Length; c++) work[c] = usable[c] ? value(c) : 0;
        var (from, to) = layout.Ends(cell);
        var changed = false;
        while (remaining > 0)
        {
            var path = ShortestWay(from, to, cell, work, hiddenOnly: true) ?? ShortestWay(from, to, cell, work, hiddenOnly: false)!;
            var push = remaining;
            foreach (var (c, forward) in path)
            {
                if (!hidden[c]) changed |= Hide(c);
                if (!forward) push = Math.Min(push, work[c]);
            }
            foreach (var (c, forward) in path) work[c] += forward ? push : -push;
            remaining -= push;
        }
        return changed;
    }

    /// <summary>
    /// The cheapest way from one node to another along cells other than <paramref name="except"/>: forward along a
    /// cell (it carries more), backward against one that still carries something (it carries less). Hidden cells
    /// cost nothing; a published one costs its persons, so small figures are hidden before totals.
    /// </summary>
    private List<(int Cell, bool Forward)>? ShortestWay(int from, int to, int except, long[] work, bool hiddenOnly)
    {
        var cost = new long[layout.NodeCount];
        Array.Fill(cost, long.MaxValue);
        var via = new (int Cell, bool Forward, int Previous)[layout.NodeCount];
        var queue = new PriorityQueue<int, long>();
        cost[from] = 0;
        queue.Enqueue(from, 0);
        while (queue.TryDequeue(out var node, out var at))
        {
            if (at > cost[node]) continue;
            if (node == to) break;
            foreach (var c in outgoing[node]) Relax(c, layout.Ends(c).Head, true);
            foreach (var c in incoming[node]) if (work[c] > 0) Relax(c, layout.Ends(c).Tail, false);

            void Relax(int c, int next, bool forward)
            {
                if (c == except || (hiddenOnly && !hidden[c])) return;
                var step = at + (hidden[c] ? 0 : 1 + Persons(c));
                if (step >= cost[next]) return;
                cost[next] = step;
                via[next] = (c, forward, node);
                queue.Enqueue(next, step);
            }
        }
        if (cost[to] == long.MaxValue) return null;
        var path = new List<(int, bool)>();
        for (var n = to; n != from; n = via[n].Previous) path.Add((via[n].Cell, via[n].Forward));
        return path;
    }
}
