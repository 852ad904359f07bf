using Weiterbildungsraum.Domain.Geo;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Funding;

namespace Weiterbildungsraum.Web.Features.Matching;

/// <summary>
/// The learner's recommendations from a role and ratings in the query, so the Kompetenzcheck can link here:
/// /empfehlungen?Input.Rolle=key&amp;Input.Stufen[competency]=2&amp;Input.Horizont=future.
/// </summary>
[AllowAnonymous]
public sealed class RecommendationsModel(AppDbContext db, PlaceDirectory places) : PageModel
{
    public sealed class InputModel
    {
        public string? Rolle { get; set; }
        public string Horizont { get; set; } = "now";
        public Dictionary<string, int?> Stufen { get; set; } = [];
        public string? Ort { get; set; }
        public double? Umkreis { get; set; }
        public DateOnly? Von { get; set; }
        public DateOnly? Bis { get; set; }
        public List<string> Formate { get; set; } = [];
        public decimal? Hoechstpreis { get; set; }
        public decimal? Budget { get; set; }
        public string? Beschaeftigung { get; set; }
        public int? Betriebsgroesse { get; set; }
        public int? Alter { get; set; }
        public decimal? Einkommen { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public InputModel Input { get; set; } = new();

    public List<(string Family, List<(string Key, string Name)> Roles)> RoleChoices { get; private set; } = [];
    public RoleProfile? Profile { get; private set; }
    public PersonalRecommendationResult? Result { get; private set; }
    public Dictionary<string, string[]> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        RoleChoices = (await CurrentModel.Roles(db, versionId).OrderBy(r => r.Family.SortOrder).ThenBy(r => r.Name)
                .Select(r => new { Family = r.Family.Name, r.Key, r.Name }).ToListAsync(ct))
            .GroupBy(r => r.Family).Select(g => (g.Key, g.Select(r => (r.Key, r.Name)).ToList())).ToList();
        if (string.IsNullOrWhiteSpace(Input.Rolle)) return;
        Profile = await RoleProfileQuery.LoadAsync(db, Input.Rolle, ct);
        if (Profile is null)
        {
            Errors["Rolle"] = ["Diese Rolle gibt es nicht. Bitte eine Rolle aus der Liste wählen."];
            return;
        }
        var rated = Input.Stufen.Where(s => s.Value is not null).ToList();
        if (rated.Count == 0) return;
        var place = Input.Ort?.Trim();
        var isPostcode = place is { Length: 5 } && place.All(char.IsAsciiDigit);
        var request = new RecommendationRequest(Input.Rolle, Input.Horizont,
            rated.Select(s => new RatingRequest(s.Key, s.Value)).ToList(),
            new ConstraintsRequest(isPostcode ? place : null, isPostcode ? null : place, string.IsNullOrEmpty(place) ? null : Input.Umkreis,
                Input.Von, Input.Bis, Input.Formate, Input.Hoechstpreis),
            Input.Betriebsgroesse,
            new PersonFactsRequest(Input.Alter, null, null, string.IsNullOrEmpty(Input.Beschaeftigung) ? null : Input.Beschaeftigung, Input.Einkommen),
            Input.Budget);
        var (result, errors, _) = await PersonalRecommendations.ComputeAsync(db, places, request, ct);
        Result = result;
        Errors = errors;
        if (result is not null) await UnmetNeedsRecorder.RecordAsync(db, result, request, places, null, ct);
    }

    public int? Level(string competencyKey) => Input.Stufen.GetValueOrDefault(competencyKey);
}
