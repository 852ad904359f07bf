using Weiterbildungsraum.Domain.Competencies;

namespace Weiterbildungsraum.Domain.Tests;

public class RoleUpgradeTests
{
    private static RoleVersion Version(Dictionary<string, TargetSnapshot> profile, Dictionary<string, string>? names = null, Dictionary<string, string[]>? levels = null) =>
        new(profile, names ?? profile.Keys.ToDictionary(k => k, k => k.ToUpperInvariant()),
            (levels ?? profile.Keys.ToDictionary(k => k, _ => new[] { "1", "2", "3", "4" })).ToDictionary(l => l.Key, l => (IReadOnlyList<string>)l.Value));

    private static CompanyEntry Entry(string key, int now, int future, int weight, bool own = false) => new(key, key.ToUpperInvariant(), new(now, future, weight), own);

    [Fact]
    public void An_unadjusted_role_takes_every_change_of_the_newer_version()
    {
        var origin = Version(new() { ["a"] = new(2, 3, 2), ["b"] = new(1, 2, 1) });
        var newer = Version(new() { ["a"] = new(3, 4, 2), ["c"] = new(1, 1, 1) });
        var plan = RoleUpgrade.Plan([Entry("a", 2, 3, 2), Entry("b", 1, 2, 1)], origin, newer);

        Assert.Equal(new TargetSnapshot(3, 4, 2), plan.Single(i => i.Key == "a").Result);
        Assert.Equal(UpgradeStep.Update, plan.Single(i => i.Key == "a").Step);
        Assert.Equal(UpgradeStep.Remove, plan.Single(i => i.Key == "b").Step);
        Assert.Null(plan.Single(i => i.Key == "b").Result);
        Assert.Equal(UpgradeStep.Add, plan.Single(i => i.Key == "c").Step);
        Assert.DoesNotContain(plan, i => i.Step == UpgradeStep.Conflict);
    }

    [Fact]
    public void Company_adjustments_stay_where_the_newer_version_changed_other_values()
    {
        var origin = Version(new() { ["a"] = new(2, 3, 2) });
        var newer = Version(new() { ["a"] = new(2, 4, 2) });
        var plan = RoleUpgrade.Plan([Entry("a", 3, 3, 3)], origin, newer);
        var item = Assert.Single(plan);
        Assert.Equal(UpgradeStep.Update, item.Step);
        Assert.Equal(new TargetSnapshot(3, 4, 3), item.Result);
    }

    [Fact]
    public void The_same_value_changed_differently_on_both_sides_is_a_conflict_with_both_answers()
    {
        var origin = Version(new() { ["a"] = new(2, 3, 2) });
        var newer = Version(new() { ["a"] = new(3, 3, 1) });
        var item = Assert.Single(RoleUpgrade.Plan([Entry("a", 4, 3, 2)], origin, newer));
        Assert.Equal(UpgradeStep.Conflict, item.Step);
        Assert.Equal(new TargetSnapshot(4, 3, 1), item.Chosen(ConflictChoice.Company));
        Assert.Equal(new TargetSnapshot(3, 3, 1), item.Chosen(ConflictChoice.Regio));
    }

    [Fact]
    public void Both_sides_making_the_same_change_is_no_conflict()
    {
        var origin = Version(new() { ["a"] = new(2, 3, 2) });
        var newer = Version(new() { ["a"] = new(3, 3, 2) });
        var item = Assert.Single(RoleUpgrade.Plan([Entry("a", 3, 3, 2)], origin, newer));
        Assert.Equal(UpgradeStep.Keep, item.Step);
    }

    [Fact]
    public void A_dropped_competency_the_company_adjusted_is_a_conflict_between_keeping_and_removing()
    {
        var origin = Version(new() { ["a"] = new(2, 3, 2), ["b"] = new(1, 2, 1) });
        var newer = Version(new() { ["a"] = new(2, 3, 2) });
        var item = RoleUpgrade.Plan([Entry("a", 2, 3, 2), Entry("b", 2, 2, 1)], origin, newer).Single(i => i.Key == "b");
        Assert.Equal(UpgradeStep.Conflict, item.Step);
        Assert.Equal(new TargetSnapshot(2, 2, 1), item.Chosen(ConflictChoice.Company));
        Assert.Null(item.Chosen(ConflictChoice.Regio));
    }

    [Fact]
    public void Own_competencies_stay_and_competencies_the_company_removed_are_not_brought_back()
    {
        var origin = Version(new() { ["a"] = new(2, 3, 2), ["b"] = new(1, 2, 1) });
        var newer = Version(new() { ["a"] = new(2, 3, 2), ["b"] = new(2, 2, 1) });
        var plan = RoleUpgrade.Plan([Entry("a", 2, 3, 2), Entry("firma-x", 1, 1, 1, own: true)], origin, newer);
        Assert.Equal(UpgradeStep.Keep, plan.Single(i => i.Key == "firma-x").Step);
        Assert.True(plan.Single(i => i.Key == "firma-x").Own);
        Assert.DoesNotContain(plan, i => i.Key == "b");
        Assert.False(RoleUpgrade.ChangesAnything(plan, [Entry("a", 2, 3, 2), Entry("firma-x", 1, 1, 1, own: true)]));
    }

    [Fact]
    public void Changed_level_descriptions_and_names_are_reported()
    {
        var origin = Version(new() { ["a"] = new(2, 3, 2) }, new() { ["a"] = "Alt" }, new() { ["a"] = ["1", "2", "3", "4"] });
        var newer = Version(new() { ["a"] = new(2, 3, 2) }, new() { ["a"] = "Neu" }, new() { ["a"] = ["1", "zwei", "3", "vier"] });
        var company = new List<CompanyEntry> { new("a", "Alt", new(2, 3, 2), false) };
        var item = Assert.Single(RoleUpgrade.Plan(company, origin, newer));
        Assert.Equal([2, 4], item.ChangedLevels);
        Assert.Equal("Neu", item.Name);
        Assert.True(RoleUpgrade.ChangesAnything([item], company));
        var changes = RoleUpgrade.RoleChanges("r", origin, newer);
        Assert.Contains(changes, c => c.Kind == ChangeKind.CompetencyRenamed && c.CompetencyKey == "a");
    }

    [Fact]
    public void Role_changes_leave_out_competencies_of_other_roles()
    {
        var origin = new RoleVersion(new Dictionary<string, TargetSnapshot> { ["a"] = new(2, 3, 2) }, new Dictionary<string, string> { ["a"] = "A", ["z"] = "Z" }, new Dictionary<string, IReadOnlyList<string>>());
        var newer = new RoleVersion(new Dictionary<string, TargetSnapshot> { ["a"] = new(3, 3, 2) }, new Dictionary<string, string> { ["a"] = "A", ["z"] = "Zett" }, new Dictionary<string, IReadOnlyList<string>>());
        var change = Assert.Single(RoleUpgrade.RoleChanges("r", origin, newer));
        Assert.Equal(ChangeKind.TargetChanged, change.Kind);
    }
}
