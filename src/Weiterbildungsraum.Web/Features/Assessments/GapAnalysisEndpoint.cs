using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Assessments;

public sealed record GapAnalysisRequest(string? RoleId, string? Horizon, List<RatingInput?>? Ratings);

public sealed record RatingInput(string? CompetencyId, int? Level);

public sealed record GapResponse(string CompetencyId, string Name, int Target, int Actual, int Gap, int Weight, int WeightedGap);

public sealed record StrengthResponse(string CompetencyId, string Name, int Target, int Actual);

public sealed record NotRatedResponse(string CompetencyId, string Name, int Target, int Weight);

public sealed record GapAnalysisResponse(int Fit, IReadOnlyList<GapResponse> Gaps, IReadOnlyList<StrengthResponse> Strengths, IReadOnlyList<NotRatedResponse> NotRated);

/// <summary>POST /api/v1/gap-analysis: the Soll-Ist-Vergleich for anyone, nothing stored.</summary>
public static class GapAnalysisEndpoint
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Reads the body itself so that malformed JSON is answered with the field it broke at.</summary>
    public static async Task<Results<Ok<GapAnalysisResponse>, ValidationProblem>> Analyse(HttpRequest http, AppDbContext db, CancellationToken ct)
    {
        GapAnalysisRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<GapAnalysisRequest>(http.Body, Json, ct);
        }
        catch (JsonException e)
        {
            var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "body" : e.Path.TrimStart('$', '.');
            return Invalid(field, $"Die Anfrage ist kein gültiges JSON im erwarteten Format (Feld „{field}“).");
        }
        if (request is null) return Invalid("body", "Die Anfrage braucht einen JSON-Körper mit roleId, horizon und ratings.");
        return await AnalyseAsync(request, db, ct);
    }

    public static async Task<Results<Ok<GapAnalysisResponse>, ValidationProblem>> AnalyseAsync(GapAnalysisRequest request, AppDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var horizon = request.Horizon switch
        {
            null or "now" => Horizon.Now,
            "future" => Horizon.Future,
            _ => (Horizon?)null,
        };
        if (horizon is null) errors["horizon"] = ["horizon muss „now“ (heute) oder „future“ (in drei Jahren) sein."];
        if (string.IsNullOrWhiteSpace(request.RoleId)) errors["roleId"] = ["Bitte geben Sie die Kennung der Rolle an (roleId)."];
        var profile = string.IsNullOrWhiteSpace(request.RoleId) ? null : await RoleProfileQuery.LoadAsync(db, request.RoleId, ct);
        if (profile is null && !errors.ContainsKey("roleId")) errors["roleId"] = [$"Es gibt keine Rolle mit der Kennung „{request.RoleId}“."];

        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        var ratings = request.Ratings ?? [];
        var inProfile = profile?.Competencies.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < ratings.Count; i++)
        {
            var field = $"ratings[{i}]";
            var rating = ratings[i];
            if (rating is null) { errors[field] = ["Eine Einschätzung darf nicht leer sein."]; continue; }
            if (string.IsNullOrWhiteSpace(rating.CompetencyId)) errors[field + ".competencyId"] = ["Bitte geben Sie die Kennung der Kompetenz an."];
            else if (inProfile is not null && !inProfile.Contains(rating.CompetencyId))
                errors[field + ".competencyId"] = [$"Die Kompetenz „{rating.CompetencyId}“ gehört nicht zum Profil der Rolle „{request.RoleId}“."];
            else if (levels.ContainsKey(rating.CompetencyId))
                errors[field + ".competencyId"] = [$"Die Kompetenz „{rating.CompetencyId}“ ist mehrfach eingeschätzt."];
            if (rating.Level is not { } level || !ProficiencyScale.Contains(level))
                errors[field + ".level"] = [$"Die Stufe muss zwischen {ProficiencyScale.Min} und {ProficiencyScale.Max} liegen."];
            else if (!string.IsNullOrWhiteSpace(rating.CompetencyId)) levels.TryAdd(rating.CompetencyId, level);
        }
        if (errors.Count > 0 || profile is null || horizon is null)
            return TypedResults.ValidationProblem(errors, title: "Die Anfrage ist unvollständig oder fehlerhaft.");

        var result = GapAnalysis.Compare(ProfileTargets.Of(profile), levels, horizon.Value);
        return TypedResults.Ok(ToResponse(result));
    }

    public static GapAnalysisResponse ToResponse(GapAnalysisResult result) => new(
        result.Fit,
        result.Gaps.Select(g => new GapResponse(g.CompetencyKey, g.Name, g.Target, g.Actual, g.Size, g.Weight, g.WeightedSize)).ToList(),
        result.Strengths.Select(s => new StrengthResponse(s.CompetencyKey, s.Name, s.Target, s.Actual)).ToList(),
        result.NotRated.Select(n => new NotRatedResponse(n.CompetencyKey, n.Name, n.Target, n.Weight)).ToList());

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Die Anfrage ist unvollständig oder fehlerhaft.");
}
