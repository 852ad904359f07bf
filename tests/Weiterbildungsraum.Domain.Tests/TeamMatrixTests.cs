using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Tests;

public class TeamMatrixTests
{
    private static readonly DateTime Day = new(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    private static ProfileTarget T(string key, int now, int future, int weight = 1) => new(key, key.ToUpperInvariant(), now, future, weight);

    private static Rating R(string key, int level, RatingSource source = RatingSource.Manager, int day = 0) => new(key, level, source, Day.AddDays(day));

    [Fact]
    public void Totals_count_people_below_target_now_and_in_three_years()
    {
        var profile = new[] { T("a", 2, 3), T("b", 3, 3) };
        var matrix = TeamMatrix.Build(
        [
            new TeamMember(1, "Anna", "Lager", profile, [R("a", 2), R("b", 1)]),
            new TeamMember(2, "Ben", "Lager", profile, [R("a", 1)]),
            new TeamMember(3, "Cem", "Lager", profile, [R("a", 3), R("b", 3)]),
        ]);
        var a = matrix.Columns.Single(c => c.CompetencyKey == "a");
        Assert.Equal((3, 1, 2, 0), (a.Required, a.BelowNow, a.BelowFuture, a.NotRated));
        var b = matrix.Columns.Single(c => c.CompetencyKey == "b");
        Assert.Equal((1, 1, 1), (b.BelowNow, b.BelowFuture, b.NotRated));
    }

    [Fact]
    public void Unrated_cells_are_not_rated_not_zero_and_foreign_competencies_are_empty()
    {
        var matrix = TeamMatrix.Build(
        [
            new TeamMember(1, "Anna", "Lager", [T("a", 2, 3)], []),
            new TeamMember(2, "Ben", "Büro", [T("b", 2, 2)], [R("b", 0)]),
        ]);
        var anna = matrix.Rows.Single(r => r.PersonId == 1);
        var column = matrix.Columns.Select(c => c.CompetencyKey).ToList();
        Assert.Equal(CellStatus.NotRated, anna.Cells[column.IndexOf("a")]!.Status(Horizon.Now));
        Assert.Null(anna.Cells[column.IndexOf("b")]);
        var ben = matrix.Rows.Single(r => r.PersonId == 2);
        Assert.Equal(CellStatus.LargeGap, ben.Cells[column.IndexOf("b")]!.Status(Horizon.Now));
    }

    [Fact]
    public void Cells_follow_the_current_level_rule()
    {
        var matrix = TeamMatrix.Build([new TeamMember(1, "Anna", "Lager", [T("a", 3, 4)],
            [R("a", 1, RatingSource.Self, 9), R("a", 2, RatingSource.Manager, 1), R("a", 3, RatingSource.Agreed, 0)])]);
        var cell = matrix.Rows[0].Cells[0]!;
        Assert.Equal(3, cell.Actual);
        Assert.Equal(CellStatus.Met, cell.Status(Horizon.Now));
        Assert.Equal(CellStatus.SmallGap, cell.Status(Horizon.Future));
    }

    [Fact]
    public void Sorting_by_largest_gap_puts_the_biggest_weighted_need_first()
    {
        var profile = new[] { T("a", 4, 4, 3) };
        var matrix = TeamMatrix.Build(
        [
            new TeamMember(1, "Anna", "L", profile, [R("a", 3)]),
            new TeamMember(2, "Ben", "L", profile, [R("a", 0)]),
            new TeamMember(3, "Cem", "L", profile, [R("a", 4)]),
        ], MatrixSort.LargestGap);
        Assert.Equal([2, 1, 3], matrix.Rows.Select(r => r.PersonId));
        Assert.Equal(12, matrix.Rows[0].WeightedGapNow);
        var byName = TeamMatrix.Build(matrix.Rows.Select(r => new TeamMember(r.PersonId, r.Name, "L", profile, [])));
        Assert.Equal(["Anna", "Ben", "Cem"], byName.Rows.Select(r => r.Name));
    }
}
