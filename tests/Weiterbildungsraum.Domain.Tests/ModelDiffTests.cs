using Weiterbildungsraum.Domain.Competencies;

namespace Weiterbildungsraum.Domain.Tests;

public class ModelDiffTests
{
    private static ModelSnapshot Snapshot(Dictionary<string, string> names, Dictionary<string, Dictionary<string, TargetSnapshot>> roles) =>
        new(names, roles.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<string, TargetSnapshot>)r.Value));

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        var v = Snapshot(new() { ["a"] = "A" }, new() { ["r"] = new() { ["a"] = new(2, 3, 2) } });
        Assert.Empty(ModelDiff.Compare(v, v));
    }

    [Fact]
    public void Added_removed_renamed_and_retargeted_competencies_are_named()
    {
        var from = Snapshot(new() { ["a"] = "Alt", ["b"] = "B" }, new() { ["r"] = new() { ["a"] = new(2, 3, 2), ["b"] = new(1, 2, 1) } });
        var to = Snapshot(new() { ["a"] = "Neu", ["c"] = "C" }, new() { ["r"] = new() { ["a"] = new(3, 4, 2), ["c"] = new(1, 1, 1) } });
        var changes = ModelDiff.Compare(from, to);
        Assert.Contains(changes, c => c.Kind == ChangeKind.CompetencyAdded && c.CompetencyKey == "c");
        Assert.Contains(changes, c => c.Kind == ChangeKind.CompetencyRemoved && c.CompetencyKey == "b");
        Assert.Contains(changes, c => c.Kind == ChangeKind.CompetencyRenamed && c.Description.Contains("„Alt“ heißt jetzt „Neu“"));
        Assert.Contains(changes, c => c.Kind == ChangeKind.TargetChanged && c.Description.Contains("Soll heute 2 → 3"));
        Assert.Contains(changes, c => c.Kind == ChangeKind.ProfileEntryAdded && c.CompetencyKey == "c");
        Assert.Contains(changes, c => c.Kind == ChangeKind.ProfileEntryRemoved && c.CompetencyKey == "b");
    }
}

public class ModelDiffDetailTests
{
    private static ModelSnapshot Snapshot(string name, CompetencySnapshot details, string roleName, string family, string familyName) =>
        new(new Dictionary<string, string> { ["a"] = name },
            new Dictionary<string, IReadOnlyDictionary<string, TargetSnapshot>> { ["r"] = new Dictionary<string, TargetSnapshot> { ["a"] = new(2, 3, 2) } })
        {
            Competencies = new Dictionary<string, CompetencySnapshot> { ["a"] = details },
            RoleDetails = new Dictionary<string, RoleSnapshot> { ["r"] = new(roleName, family) },
            FamilyNames = new Dictionary<string, string> { [family] = familyName },
        };

    private static readonly CompetencySnapshot Details = new(CompetencyCategory.Fachkompetenz, "Text", ["1", "2", "3", "4"], ["Digital"], ["u1"]);

    [Fact]
    public void Content_role_and_family_changes_are_named_when_details_are_compared()
    {
        var from = Snapshot("A", Details, "Rolle", "f", "Familie");
        var to = Snapshot("A", Details with { Category = CompetencyCategory.Methodenkompetenz, Levels = ["1", "2", "drei", "4"], EscoUris = [] }, "Neue Rolle", "g", "Neue Familie");
        var changes = ModelDiff.Compare(from, to);
        var changed = Assert.Single(changes, c => c.Kind == ChangeKind.CompetencyChanged);
        Assert.Contains("Kategorie Fachkompetenz → Methodenkompetenz", changed.Description);
        Assert.Contains("Stufe 3", changed.Description);
        Assert.Contains("ESCO-Verknüpfungen", changed.Description);
        Assert.DoesNotContain("Beschreibung", changed.Description);
        Assert.Contains(changes, c => c.Kind == ChangeKind.RoleChanged && c.Description.Contains("„Neue Rolle“") && c.Description.Contains("„Neue Familie“"));
        Assert.Contains(changes, c => c.Kind == ChangeKind.FamilyAdded);
        Assert.Contains(changes, c => c.Kind == ChangeKind.FamilyRemoved);
        Assert.Empty(ModelDiff.Compare(from, from));
    }
}
