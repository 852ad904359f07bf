namespace Weiterbildungsraum.Domain.Demand;

/// <summary>
/// Two tables over overlapping people (today and in three years; two quarters of the trend). Where both publish a
/// cell, the people counted in only one of them must be none or meet the rule, else the difference of the two
/// cells would single them out. Horizons also share their pattern unless those people meet the rule: whoever has a
/// gap today also has one in three years (targets only rise), so a cell hidden in one horizon and published in the
/// other would otherwise be bounded by the published one.
/// </summary>
public sealed record TableLink(ProtectedTable First, ProtectedTable Second, Tally?[] Difference, bool SamePattern);

public static class LinkedProtection
{
    /// <summary>Protects every table and every link until nothing changes; hiding only grows, so this ends.</summary>
    public static void Protect(IReadOnlyCollection<ProtectedTable> tables, IReadOnlyCollection<TableLink> links, AnonymityRule rule)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var table in tables)
                while (table.Protect()) changed = true;
            foreach (var link in links)
                for (var cell = 0; cell < link.Difference.Length; cell++)
                {
                    var difference = link.Difference[cell];
                    if (difference is not null && difference.Meets(rule)) continue;
                    bool first = link.First.IsHidden(cell), second = link.Second.IsHidden(cell);
                    if (link.SamePattern && first != second) changed |= link.First.Hide(cell) | link.Second.Hide(cell);
                    else if (!first && !second && difference is { IsEmpty: false })
                        changed |= link.SamePattern ? link.First.Hide(cell) | link.Second.Hide(cell) : link.Second.Hide(cell);
                }
        } while (changed);
    }
}
