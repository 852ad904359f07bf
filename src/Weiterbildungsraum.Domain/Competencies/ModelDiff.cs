namespace Weiterbildungsraum.Domain.Competencies;

public sealed record TargetSnapshot(int TargetNow, int TargetFuture, int Weight);

/// <summary>What a role needs in one version of a model: competency key → targets; plus competency names.</summary>
public sealed record ModelSnapshot(
    IReadOnlyDictionary<string, string> CompetencyNames,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, TargetSnapshot>> Roles);

public enum ChangeKind { CompetencyAdded, CompetencyRemoved, CompetencyRenamed, RoleAdded, RoleRemoved, ProfileEntryAdded, ProfileEntryRemoved, TargetChanged }

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

        foreach (var role in to.Roles.Keys.Where(r => !from.Roles.ContainsKey(r)))
            changes.Add(new(ChangeKind.RoleAdded, role, null, $"Neue Rolle „{role}“."));
        foreach (var role in from.Roles.Keys.Where(r => !to.Roles.ContainsKey(r)))
            changes.Add(new(ChangeKind.RoleRemoved, role, null, $"Rolle „{role}“ entfällt."));

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
}
