namespace Weiterbildungsraum.Domain.Competencies;

public sealed record TargetSnapshot(int TargetNow, int TargetFuture, int Weight);

/// <summary>The content of a competency beyond its name, for the coordinators' comparison of versions.</summary>
public sealed record CompetencySnapshot(
    CompetencyCategory Category, string Description, IReadOnlyList<string> Levels, IReadOnlyList<string> Tags, IReadOnlyList<string> EscoUris);

public sealed record RoleSnapshot(string Name, string FamilyKey);

/// <summary>
/// What a role needs in one version of a model: competency key → targets; plus competency names.
/// The details (competency content, role names and families, family names) are optional: without them
/// only names and targets are compared, which is what a company moving its role needs.
/// </summary>
public sealed record ModelSnapshot(
    IReadOnlyDictionary<string, string> CompetencyNames,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, TargetSnapshot>> Roles)
{
    public IReadOnlyDictionary<string, CompetencySnapshot>? Competencies { get; init; }
    public IReadOnlyDictionary<string, RoleSnapshot>? RoleDetails { get; init; }
    public IReadOnlyDictionary<string, string>? FamilyNames { get; init; }
}

public enum ChangeKind
{
    CompetencyAdded, CompetencyRemoved, CompetencyRenamed, RoleAdded, RoleRemoved, ProfileEntryAdded, ProfileEntryRemoved, TargetChanged,
    CompetencyChanged, RoleChanged, FamilyAdded, FamilyRemoved, FamilyRenamed,
}

public sealed record ModelChange(ChangeKind Kind, string? RoleKey, string? CompetencyKey, string Description);

/// <summary>What changed between two versions of a model, in plain German, for coordinators and for companies moving a role.</summary>
public static class ModelDiff
{
    public static IReadOnlyList<ModelChange> Compare(ModelSnapshot from, ModelSnapshot to)
    {
        var changes = new List<ModelChange>();
        foreach (var (key, name) in to.CompetencyNames.Where(c => !from.CompetencyNames.ContainsKey(c.Key)))
            changes.Add(new(ChangeKind.CompetencyAdded, null, key, $"Neue Kompetenz „{name}“."));
        foreach (var (key, name) in from.CompetencyNames.Where(c => !to.CompetencyNames.ContainsKey(c.Key)))
            changes.Add(new(ChangeKind.CompetencyRemoved, null, key, $"Kompetenz „{name}“ entfällt."));
        foreach (var (key, name) in to.CompetencyNames.Where(c => from.CompetencyNames.TryGetValue(c.Key, out var old) && old != c.Value))
            changes.Add(new(ChangeKind.CompetencyRenamed, null, key, $"„{from.CompetencyNames[key]}“ heißt jetzt „{name}“."));

        if (from.Competencies is { } oldDetails && to.Competencies is { } newDetails)
            foreach (var (key, now) in newDetails.Where(c => oldDetails.ContainsKey(c.Key)))
                if (Differences(oldDetails[key], now) is { Count: > 0 } what)
                    changes.Add(new(ChangeKind.CompetencyChanged, null, key, $"„{to.CompetencyNames.GetValueOrDefault(key, key)}“: {string.Join(", ", what)} geändert."));

        if (from.FamilyNames is { } oldFamilies && to.FamilyNames is { } newFamilies)
        {
            foreach (var (_, name) in newFamilies.Where(f => !oldFamilies.ContainsKey(f.Key)))
                changes.Add(new(ChangeKind.FamilyAdded, null, null, $"Neue Jobfamilie „{name}“."));
            foreach (var (_, name) in oldFamilies.Where(f => !newFamilies.ContainsKey(f.Key)))
                changes.Add(new(ChangeKind.FamilyRemoved, null, null, $"Jobfamilie „{name}“ entfällt."));
            foreach (var (key, name) in newFamilies.Where(f => oldFamilies.TryGetValue(f.Key, out var old) && old != f.Value))
                changes.Add(new(ChangeKind.FamilyRenamed, null, null, $"Jobfamilie „{oldFamilies[key]}“ heißt jetzt „{name}“."));
        }

        string RoleName(ModelSnapshot snapshot, string role) => snapshot.RoleDetails?.GetValueOrDefault(role)?.Name ?? role;
        foreach (var role in to.Roles.Keys.Where(r => !from.Roles.ContainsKey(r)))
            changes.Add(new(ChangeKind.RoleAdded, role, null, $"Neue Rolle „{RoleName(to, role)}“."));
        foreach (var role in from.Roles.Keys.Where(r => !to.Roles.ContainsKey(r)))
            changes.Add(new(ChangeKind.RoleRemoved, role, null, $"Rolle „{RoleName(from, role)}“ entfällt."));
        if (from.RoleDetails is { } oldRoles && to.RoleDetails is { } newRoles)
            foreach (var (role, now) in newRoles.Where(r => oldRoles.ContainsKey(r.Key) && oldRoles[r.Key] != r.Value))
            {
                var old = oldRoles[role];
                var what = new List<string>();
                if (old.Name != now.Name) what.Add($"heißt jetzt „{now.Name}“");
                if (old.FamilyKey != now.FamilyKey)
                    what.Add($"gehört jetzt zur Jobfamilie „{to.FamilyNames?.GetValueOrDefault(now.FamilyKey) ?? now.FamilyKey}“");
                changes.Add(new(ChangeKind.RoleChanged, role, null, $"Rolle „{old.Name}“ {string.Join(" und ", what)}."));
            }

        foreach (var (role, newProfile) in to.Roles.Where(r => from.Roles.ContainsKey(r.Key)))
        {
            var oldProfile = from.Roles[role];
            string Name(string key) => to.CompetencyNames.GetValueOrDefault(key) ?? from.CompetencyNames.GetValueOrDefault(key) ?? key;
            foreach (var key in newProfile.Keys.Where(k => !oldProfile.ContainsKey(k)))
                changes.Add(new(ChangeKind.ProfileEntryAdded, role, key, $"„{Name(key)}“ gehört neu zum Profil (Soll heute {newProfile[key].TargetNow}, in 3 Jahren {newProfile[key].TargetFuture})."));
            foreach (var key in oldProfile.Keys.Where(k => !newProfile.ContainsKey(k)))
                changes.Add(new(ChangeKind.ProfileEntryRemoved, role, key, $"„{Name(key)}“ gehört nicht mehr zum Profil."));
            foreach (var (key, target) in newProfile.Where(e => oldProfile.TryGetValue(e.Key, out var old) && old != e.Value))
            {
                var old = oldProfile[key];
                changes.Add(new(ChangeKind.TargetChanged, role, key,
                    $"„{Name(key)}“: Soll heute {old.TargetNow} → {target.TargetNow}, in 3 Jahren {old.TargetFuture} → {target.TargetFuture}, Gewichtung {old.Weight} → {target.Weight}."));
            }
        }
        return changes;
    }

    private static List<string> Differences(CompetencySnapshot old, CompetencySnapshot now)
    {
        var what = new List<string>();
        if (old.Category != now.Category) what.Add($"Kategorie {old.Category.German()} → {now.Category.German()}");
        if (old.Description != now.Description) what.Add("Beschreibung");
        for (var i = 0; i < Math.Max(old.Levels.Count, now.Levels.Count); i++)
            if (old.Levels.ElementAtOrDefault(i) != now.Levels.ElementAtOrDefault(i)) what.Add($"Stufe {i + 1}");
        if (!old.Tags.Order().SequenceEqual(now.Tags.Order())) what.Add("Merkmale");
        if (!old.EscoUris.Order().SequenceEqual(now.EscoUris.Order())) what.Add("ESCO-Verknüpfungen");
        return what;
    }
}
