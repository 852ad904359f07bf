using System.Globalization;
using Weiterbildungsraum.Domain.Competencies;

namespace Weiterbildungsraum.Domain.Assessments;

public sealed record RadarPoint(double X, double Y)
{
    public string Svg => string.Create(CultureInfo.InvariantCulture, $"{X:0.#},{Y:0.#}");
}

/// <summary>One line of the chart, e.g. Ist; a null value (not rated) leaves a gap instead of dropping to 0.</summary>
public sealed record RadarSeries(string Name, IReadOnlyList<int?> Values);

public sealed record RadarAxis(int Number, RadarPoint End, RadarPoint LabelAt, string Anchor);

public sealed record RadarLine(string Name, string Path, IReadOnlyList<RadarPoint?> Points);

public sealed record RadarGeometry(double Size, RadarPoint Center, IReadOnlyList<RadarAxis> Axes, IReadOnlyList<string> Rings, IReadOnlyList<RadarLine> Lines);

/// <summary>
/// The geometry of a radar chart on the scale 0–4: axis i starts at the top and goes clockwise;
/// a value v lies at v/4 of the radius. Pure numbers and SVG path strings, rendered by a Razor partial.
/// </summary>
public static class RadarChart
{
    public static RadarGeometry Layout(int axisCount, IReadOnlyList<RadarSeries> series, double size = 360)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(axisCount, 1);
        foreach (var s in series)
            if (s.Values.Count != axisCount)
                throw new ArgumentException($"Reihe „{s.Name}“ hat {s.Values.Count} Werte für {axisCount} Achsen.", nameof(series));

        var center = new RadarPoint(size / 2, size / 2);
        var radius = size / 2 - 28;
        var axes = Enumerable.Range(0, axisCount).Select(i =>
        {
            var end = At(center, radius, i, axisCount, ProficiencyScale.Max);
            var label = At(center, radius + 14, i, axisCount, ProficiencyScale.Max);
            var anchor = Math.Abs(label.X - center.X) < 1 ? "middle" : label.X > center.X ? "start" : "end";
            return new RadarAxis(i + 1, end, label, anchor);
        }).ToList();
        var rings = Enumerable.Range(1, ProficiencyScale.Max)
            .Select(level => ClosedPath(Enumerable.Range(0, axisCount).Select(i => At(center, radius, i, axisCount, level)).ToList()))
            .ToList();
        var lines = series.Select(s =>
        {
            var points = s.Values.Select((v, i) => v is { } value ? At(center, radius, i, axisCount, Math.Clamp(value, ProficiencyScale.Min, ProficiencyScale.Max)) : null).ToList();
            return new RadarLine(s.Name, PathThrough(points), points);
        }).ToList();
        return new RadarGeometry(size, center, axes, rings, lines);
    }

    public static RadarPoint At(RadarPoint center, double radius, int axis, int axisCount, double level)
    {
        var angle = -Math.PI / 2 + 2 * Math.PI * axis / axisCount;
        var r = radius * level / ProficiencyScale.Max;
        return new RadarPoint(Math.Round(center.X + r * Math.Cos(angle), 1), Math.Round(center.Y + r * Math.Sin(angle), 1));
    }

    /// <summary>Closed when every value is present; otherwise the line breaks at each missing value.</summary>
    public static string PathThrough(IReadOnlyList<RadarPoint?> points)
    {
        if (points.Count > 0 && points.All(p => p is not null)) return ClosedPath(points!);
        var parts = new List<string>();
        var drawing = false;
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i] is not { } p) { drawing = false; continue; }
            parts.Add((drawing ? "L" : "M") + p.Svg);
            drawing = true;
        }
        // The last and first axes are neighbours: join them when both have values.
        if (points.Count > 2 && points[^1] is not null && points[0] is { } first) parts.Add("L" + first.Svg);
        return string.Join(" ", parts);
    }

    private static string ClosedPath(IReadOnlyList<RadarPoint> points) =>
        string.Join(" ", points.Select((p, i) => (i == 0 ? "M" : "L") + p.Svg)) + " Z";
}
