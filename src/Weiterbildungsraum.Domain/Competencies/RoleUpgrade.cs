namespace Weiterbildungsraum.Domain.Competencies;

/// <summary>A REGIO role as one version of the model describes it: targets, competency names and level descriptions (1–4).</summary>
public sealed record RoleVersion(
    IReadOnlyDictionary<string, TargetSnapshot> Profile,
    IReadOnlyDictionary<string, string> Names,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Levels);

/// <summary>One competency of a company role as the company keeps it; <c>Own</c> for competencies the company added itself.</summary>
public sealed record CompanyEntry(string Key, string Name, TargetSnapshot Target, bool Own);

public enum UpgradeStep
{
    /// <summary>Nothing to do: the company keeps the entry as it is.</summary>
    Keep,
    /// <summary>The newer version adds the competency to the role.</summary>
    Add,
    /// <summary>The newer version drops the competency, and the company had not adjusted it.</summary>
    Remove,
    /// <summary>Targets or weight follow the newer version; the company's own adjustments stay.</summary>
    Update,
    /// <summary>Company and newer version changed the same value differently: HR chooses.</summary>
    Conflict,
}

public enum ConflictChoice { Company, Regio }

/// <summary>
/// What moving one entry to the newer version means. <c>Result</c> is the entry afterwards (null: removed);
/// for a conflict, <c>Result</c> keeps the company's values and <c>Alternative</c> takes the newer version's (null: removed).
/// </summary>
public sealed record UpgradeItem(
    string Key, string Name, UpgradeStep Step, TargetSnapshot? Company, TargetSnapshot? Origin, TargetSnapshot? Newer,
    TargetSnapshot? Result, TargetSnapshot? Alternative, bool Own, IReadOnlyList<int> ChangedLevels)
{
    public TargetSnapshot? Chosen(ConflictChoice choice) => Step == UpgradeStep.Conflict && choice == ConflictChoice.Regio ? Alternative : Result;
}

/// <summary>
/// Moving a company role to a newer model version as a three-way merge per value: the origin version is the common base,
/// what the company changed against it stays, what the newer version changed is taken over, and where both changed the
/// same value differently it is a conflict for HR to decide.
/// </summary>
public static class RoleUpgrade
{
    public static IReadOnlyList<UpgradeItem> Plan(IReadOnlyList<CompanyEntry> company, RoleVersion origin, RoleVersion newer)
    {
        var items = new List<UpgradeItem>();
        var byKey = company.ToDictionary(e => e.Key, StringComparer.Ordinal);
        foreach (var entry in company.Where(e => e.Own))
            items.Add(new(entry.Key, entry.Name, UpgradeStep.Keep, entry.Target, null, null, entry.Target, null, true, []));

        var keys = origin.Profile.Keys.Union(newer.Profile.Keys).Union(company.Where(e => !e.Own).Select(e => e.Key));
        foreach (var key in keys)
        {
            if (byKey.TryGetValue(key, out var own) && own.Own) continue;
            var mine = byKey.GetValueOrDefault(key)?.Target;
            var baseline = origin.Profile.GetValueOrDefault(key);
            var theirs = newer.Profile.GetValueOrDefault(key);
            var name = newer.Names.GetValueOrDefault(key) ?? byKey.GetValueOrDefault(key)?.Name ?? origin.Names.GetValueOrDefault(key) ?? key;
            var levels = ChangedLevels(key, origin, newer);
            UpgradeItem Item(UpgradeStep step, TargetSnapshot? result, TargetSnapshot? alternative = null) =>
                new(key, name, step, mine, baseline, theirs, result, alternative, false, levels);

            if (mine is null)
            {
                // The company dropped the entry (or never had it): only a competency new to the role is offered.
                if (theirs is not null && baseline is null) items.Add(Item(UpgradeStep.Add, theirs));
                continue;
            }
            if (theirs is null)
            {
                items.Add(baseline is not null && mine == baseline ? Item(UpgradeStep.Remove, null) : Item(UpgradeStep.Conflict, mine, null));
                continue;
            }
            var basis = baseline ?? mine;
            int? Merge(int m, int b, int t) => m == b ? t : t == b || t == m ? m : null;
            var now = Merge(mine.TargetNow, basis.TargetNow, theirs.TargetNow);
            var future = Merge(mine.TargetFuture, basis.TargetFuture, theirs.TargetFuture);
            var weight = Merge(mine.Weight, basis.Weight, theirs.Weight);
            if (baseline is null && mine != theirs) now = future = weight = null;
            if (now is null || future is null || weight is null)
            {
                items.Add(Item(UpgradeStep.Conflict,
                    new TargetSnapshot(now ?? mine.TargetNow, future ?? mine.TargetFuture, weight ?? mine.Weight),
                    new TargetSnapshot(now ?? theirs.TargetNow, future ?? theirs.TargetFuture, weight ?? theirs.Weight)));
                continue;
            }
            var merged = new TargetSnapshot(now.Value, future.Value, weight.Value);
            items.Add(Item(merged == mine ? UpgradeStep.Keep : UpgradeStep.Update, merged));
        }
        return items.OrderBy(i => i.Step switch { UpgradeStep.Conflict => 0, UpgradeStep.Keep => 2, _ => 1 })
            .ThenBy(i => i.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>Whether anything at all would differ after the move (targets, names or level descriptions).</summary>
    public static bool ChangesAnything(IReadOnlyList<UpgradeItem> plan, IReadOnlyList<CompanyEntry> company) =>
        plan.Any(i => i.Step != UpgradeStep.Keep || i.ChangedLevels.Count > 0)
        || plan.Any(i => company.FirstOrDefault(e => e.Key == i.Key) is { } e && e.Name != i.Name);

    /// <summary>The role-related part of <see cref="ModelDiff"/>: changes of this role's profile and renamed competencies of it.</summary>
    public static IReadOnlyList<ModelChange> RoleChanges(string roleKey, RoleVersion origin, RoleVersion newer)
    {
        static IReadOnlyDictionary<string, IReadOnlyDictionary<string, TargetSnapshot>> Roles(string key, RoleVersion v) =>
            new Dictionary<string, IReadOnlyDictionary<string, TargetSnapshot>> { [key] = v.Profile };
        var all = ModelDiff.Compare(new ModelSnapshot(origin.Names, Roles(roleKey, origin)), new ModelSnapshot(newer.Names, Roles(roleKey, newer)));
        var inRole = origin.Profile.Keys.Union(newer.Profile.Keys).ToHashSet(StringComparer.Ordinal);
        return all.Where(c => c.RoleKey == roleKey || (c.Kind == ChangeKind.CompetencyRenamed && c.CompetencyKey is { } k && inRole.Contains(k))).ToList();
    }

    private static IReadOnlyList<int> ChangedLevels(string key, RoleVersion origin, RoleVersion newer)
    {
        if (!origin.Levels.TryGetValue(key, out var before) || !newer.Levels.TryGetValue(key, out var after)) return [];
        return Enumerable.Range(0, Math.Max(before.Count, after.Count))
            .Where(i => !string.Equals(before.ElementAtOrDefault(i)?.Trim(), after.ElementAtOrDefault(i)?.Trim(), StringComparison.Ordinal))
            .Select(i => i + 1).ToList();
    }
}
