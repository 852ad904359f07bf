namespace Weiterbildungsraum.Domain.Assessments;

/// <summary>One employee with the Soll of their role and every rating the viewer may see.</summary>
public sealed record TeamMember(int Id, string Name, string RoleName, IReadOnlyList<ProfileTarget> Profile, IEnumerable<Rating> Ratings);

public enum CellStatus
{
    NotRated,
    Met,
    SmallGap,
    LargeGap,
}

public sealed record MatrixCell(int? Actual, int TargetNow, int TargetFuture, int Weight)
{
    public int? GapNow => Actual is { } a ? Math.Max(0, TargetNow - a) : null;
    public int? GapFuture => Actual is { } a ? Math.Max(0, TargetFuture - a) : null;

    public CellStatus Status(Horizon horizon) => (horizon == Horizon.Now ? GapNow : GapFuture) switch
    {
        null => CellStatus.NotRated,
        0 => CellStatus.Met,
        1 => CellStatus.SmallGap,
        _ => CellStatus.LargeGap,
    };
}

public sealed record MatrixRow(int PersonId, string Name, string RoleName, int FitNow, int FitFuture, int WeightedGapNow, int WeightedGapFuture,
    IReadOnlyList<MatrixCell?> Cells);

/// <summary>A competency column with its totals: how many are below target now and in three years, how many are not rated.</summary>
public sealed record MatrixColumn(string CompetencyKey, string Name, int Required, int BelowNow, int BelowFuture, int NotRated);

public sealed record TeamMatrixResult(IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<MatrixRow> Rows);

public enum MatrixSort
{
    Name,
    LargestGap,
    LowestFit,
}

/// <summary>
/// Employees × competencies: the Ist of each cell by the rule of CurrentLevel, the gap to today's and
/// the future target, totals per competency. A null cell means the competency is not in that person's profile.
/// </summary>
public static class TeamMatrix
{
    public static TeamMatrixResult Build(IEnumerable<TeamMember> members, MatrixSort sort = MatrixSort.Name)
    {
        var list = members.ToList();
        var columns = list.SelectMany(m => m.Profile)
            .GroupBy(t => t.CompetencyKey, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Name: g.First().Name, Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.Name, StringComparer.CurrentCulture)
            .ToList();
        var index = columns.Select((c, i) => (c.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var belowNow = new int[columns.Count];
        var belowFuture = new int[columns.Count];
        var notRated = new int[columns.Count];
        var required = new int[columns.Count];

        var rows = new List<MatrixRow>(list.Count);
        foreach (var member in list)
        {
            var levels = CurrentLevel.Levels(member.Ratings);
            var cells = new MatrixCell?[columns.Count];
            foreach (var target in member.Profile)
            {
                var i = index[target.CompetencyKey];
                var cell = new MatrixCell(levels.TryGetValue(target.CompetencyKey, out var level) ? level : null, target.TargetNow, target.TargetFuture, target.Weight);
                cells[i] = cell;
                required[i]++;
                if (cell.Actual is null) notRated[i]++;
                if (cell.GapNow > 0) belowNow[i]++;
                if (cell.GapFuture > 0) belowFuture[i]++;
            }
            var now = GapAnalysis.Compare(member.Profile, levels, Horizon.Now);
            var future = GapAnalysis.Compare(member.Profile, levels, Horizon.Future);
            rows.Add(new MatrixRow(member.Id, member.Name, member.RoleName, now.Fit, future.Fit,
                now.Gaps.Sum(g => g.WeightedSize), future.Gaps.Sum(g => g.WeightedSize), cells));
        }

        var sorted = sort switch
        {
            MatrixSort.LargestGap => rows.OrderByDescending(r => r.WeightedGapNow).ThenByDescending(r => r.WeightedGapFuture),
            MatrixSort.LowestFit => rows.OrderBy(r => r.FitNow).ThenBy(r => r.FitFuture),
            _ => rows.OrderBy(r => 0),
        };
        var result = sorted.ThenBy(r => r.Name, StringComparer.CurrentCulture).ThenBy(r => r.PersonId).ToList();
        return new TeamMatrixResult(
            columns.Select((c, i) => new MatrixColumn(c.Key, c.Name, required[i], belowNow[i], belowFuture[i], notRated[i])).ToList(),
            result);
    }
}
