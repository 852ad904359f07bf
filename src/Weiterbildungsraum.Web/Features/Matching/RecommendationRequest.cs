using Weiterbildungsraum.Domain.Geo;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Domain.Matching;
using Weiterbildungsraum.Web.Features.Funding;

namespace Weiterbildungsraum.Web.Features.Matching;

public sealed record RatingRequest(string? CompetencyId, int? Level);

public sealed record ConstraintsRequest(
    string? Postcode = null, string? Town = null, double? RadiusKm = null, DateOnly? From = null, DateOnly? To = null,
    List<string>? Formats = null, decimal? MaxPrice = null, string? Language = null);

/// <summary>The input of recommendations and learning paths: a role and ratings, or a stored person; constraints; funding facts.</summary>
public sealed record RecommendationRequest(
    string? RoleId,
    string? Horizon = null,
    List<RatingRequest>? Ratings = null,
    ConstraintsRequest? Constraints = null,
    int? CompanySize = null,
    PersonFactsRequest? Person = null,
    decimal? Budget = null,
    int? Limit = null,
    int? PersonId = null);

/// <summary>Checks a request and turns it into domain inputs; every error names its field in German.</summary>
public static class RecommendationRequestRules
{
    public static readonly IReadOnlyDictionary<string, LearningFormat> FormatNames = new Dictionary<string, LearningFormat>(StringComparer.OrdinalIgnoreCase)
    {
        ["onsite"] = LearningFormat.Onsite, ["online"] = LearningFormat.Online, ["blended"] = LearningFormat.Blended, ["inhouse"] = LearningFormat.Inhouse,
    };

    public static Horizon? ParseHorizon(string? horizon, Dictionary<string, string[]> errors)
    {
        switch (horizon?.Trim().ToLowerInvariant())
        {
            case null or "" or "now" or "heute": return Horizon.Now;
            case "future" or "zukunft": return Horizon.Future;
            default:
                errors["horizon"] = ["Der Zeithorizont (horizon) muss „now“ oder „future“ sein."];
                return null;
        }
    }

    public static Dictionary<string, int> ParseRatings(List<RatingRequest>? ratings, IReadOnlySet<string> profileKeys, Dictionary<string, string[]> errors)
    {
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (rating, i) in (ratings ?? []).Select((r, i) => (r, i)))
        {
            if (string.IsNullOrWhiteSpace(rating.CompetencyId) || !profileKeys.Contains(rating.CompetencyId))
                errors[$"ratings[{i}].competencyId"] = [$"Die Kompetenz „{rating.CompetencyId}“ gehört nicht zum Profil der Rolle."];
            else if (rating.Level is not { } level || !ProficiencyScale.Contains(level))
                errors[$"ratings[{i}].level"] = ["Die Stufe (level) muss zwischen 0 und 4 liegen."];
            else levels[rating.CompetencyId] = level;
        }
        return levels;
    }

    public static SearchConstraints ParseConstraints(ConstraintsRequest? c, PlaceDirectory places, Dictionary<string, string[]> errors)
    {
        if (c is null) return SearchConstraints.None;
        GeoPoint? origin = null;
        if (!string.IsNullOrWhiteSpace(c.Postcode) || !string.IsNullOrWhiteSpace(c.Town))
        {
            origin = places.Locate(c.Postcode, c.Town);
            if (origin is null) errors["constraints.postcode"] = [$"Den Ort „{(c.Postcode ?? c.Town)?.Trim()}“ kennen wir nicht. Bitte eine Postleitzahl oder einen Ort der Region angeben."];
        }
        if (c.RadiusKm is <= 0 or > 500) errors["constraints.radiusKm"] = ["Der Umkreis (radiusKm) muss zwischen 1 und 500 km liegen."];
        if (c.From is { } from && c.To is { } to && to < from) errors["constraints.to"] = ["Das Ende des Zeitraums (to) liegt vor dem Anfang (from)."];
        if (c.MaxPrice is < 0) errors["constraints.maxPrice"] = ["Der Höchstpreis (maxPrice) darf nicht negativ sein."];
        var formats = new HashSet<LearningFormat>();
        foreach (var name in c.Formats ?? [])
            if (FormatNames.TryGetValue(name, out var format)) formats.Add(format);
            else errors["constraints.formats"] = [$"Unbekannte Lernform „{name}“; erlaubt sind {string.Join(", ", FormatNames.Keys)}."];
        return new SearchConstraints(origin, c.RadiusKm, c.From, c.To, formats.Count > 0 ? formats : null, c.MaxPrice,
            string.IsNullOrWhiteSpace(c.Language) ? null : c.Language.Trim());
    }
}
