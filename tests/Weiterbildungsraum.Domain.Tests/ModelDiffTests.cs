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
