using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>What the result page and the Entwicklungsplan show of one check.</summary>
public sealed record CheckResultView(CheckState State, GapAnalysisResult Now, GapAnalysisResult Future)
{
    public CheckProfile Profile => State.Profile;

    public static CheckResultView Of(CheckState state) => new(state,
        GapAnalysis.Compare(state.Profile.Targets, state.Levels, Horizon.Now),
        GapAnalysis.Compare(state.Profile.Targets, state.Levels, Horizon.Future));

    public int? Level(string key) => State.Levels.TryGetValue(key, out var level) ? level : null;

    public int RatedCount => Profile.Competencies.Count(c => State.Levels.ContainsKey(c.Key));

    public RadarChartView Radar => new(
        $"Netzdiagramm: Soll und Ist für {Profile.RoleName}",
        $"{Profile.Competencies.Count} Kompetenzen, nummeriert wie in der Tabelle daneben. Passung heute {Now.Fit} %, in drei Jahren {Future.Fit} %. " +
        $"{Profile.Competencies.Count - RatedCount} Kompetenzen sind nicht eingeschätzt und bleiben im Ist-Linienzug offen.",
        Profile.Competencies.Select(c => c.Name).ToList(),
        [
            new RadarSeries("Soll heute", Profile.Competencies.Select(c => (int?)c.TargetNow).ToList()),
            new RadarSeries("Soll in 3 Jahren", Profile.Competencies.Select(c => (int?)c.TargetFuture).ToList()),
            new RadarSeries("Ist", Profile.Competencies.Select(c => Level(c.Key)).ToList()),
        ]);
}

public sealed record RadarChartView(string Title, string Description, IReadOnlyList<string> Labels, IReadOnlyList<RadarSeries> Series);
