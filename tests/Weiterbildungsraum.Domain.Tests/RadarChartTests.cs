using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Domain.Tests;

public class RadarChartTests
{
    private static RadarSeries Series(params int?[] values) => new("Ist", values);

    [Fact]
    public void First_axis_points_up_and_axes_go_clockwise()
    {
        var chart = RadarChart.Layout(4, [], size: 200);
        var c = chart.Center;
        Assert.Equal(c.X, chart.Axes[0].End.X, 1);
        Assert.True(chart.Axes[0].End.Y < c.Y);
        Assert.True(chart.Axes[1].End.X > c.X);
        Assert.Equal(c.Y, chart.Axes[1].End.Y, 1);
        Assert.True(chart.Axes[2].End.Y > c.Y);
        Assert.True(chart.Axes[3].End.X < c.X);
        Assert.Equal(["middle", "start", "middle", "end"], chart.Axes.Select(a => a.Anchor));
    }

    [Fact]
    public void A_value_lies_at_its_share_of_the_radius()
    {
        var chart = RadarChart.Layout(3, [Series(4, 2, 0)], size: 200);
        var points = chart.Lines[0].Points;
        var radius = chart.Center.Y - chart.Axes[0].End.Y;
        Assert.Equal(radius, Distance(chart.Center, points[0]!), 0);
        Assert.Equal(radius / 2, Distance(chart.Center, points[1]!), 0);
        Assert.Equal(0, Distance(chart.Center, points[2]!), 1);
    }

    [Fact]
    public void Complete_series_is_a_closed_polygon()
    {
        var path = RadarChart.Layout(3, [Series(1, 2, 3)]).Lines[0].Path;
        Assert.StartsWith("M", path);
        Assert.EndsWith("Z", path);
        Assert.Equal(2, path.Count(ch => ch == 'L'));
    }

    [Fact]
    public void Not_rated_values_break_the_line_instead_of_falling_to_zero()
    {
        var chart = RadarChart.Layout(5, [Series(2, null, 3, 3, 2)]);
        var line = chart.Lines[0];
        Assert.Null(line.Points[1]);
        Assert.DoesNotContain("Z", line.Path);
        Assert.Equal(2, line.Path.Count(ch => ch == 'M'));
        Assert.DoesNotContain(chart.Center.Svg, line.Path);
    }

    [Fact]
    public void Rings_mark_each_level_of_the_scale()
    {
        var chart = RadarChart.Layout(6, []);
        Assert.Equal(4, chart.Rings.Count);
        Assert.All(chart.Rings, r => Assert.EndsWith("Z", r));
    }

    [Fact]
    public void Coordinates_use_a_dot_whatever_the_culture()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.DoesNotContain(";", new RadarPoint(1.5, 2.25).Svg);
            Assert.Equal("1.5,2.2", new RadarPoint(1.5, 2.2).Svg);
        }
        finally { Thread.CurrentThread.CurrentCulture = before; }
    }

    [Fact]
    public void A_series_with_the_wrong_number_of_values_is_refused() =>
        Assert.Throws<ArgumentException>(() => RadarChart.Layout(3, [Series(1, 2)]));

    private static double Distance(RadarPoint a, RadarPoint b) => Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
}
