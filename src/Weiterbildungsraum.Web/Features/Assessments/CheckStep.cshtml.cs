using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>One step of the Kompetenzcheck: the competencies of one category, each rated 0–4 or left open.</summary>
[AllowAnonymous]
public sealed class CheckStepModel(AppDbContext db, AnonymousDrafts drafts) : PageModel
{
    public const string NotRated = "";

    public CheckState State { get; private set; } = null!;
    public int Step { get; private set; }
    public IReadOnlyList<CheckCompetency> Competencies { get; private set; } = [];

    /// <summary>Competency key → chosen level, or empty for "nicht eingeschätzt".</summary>
    [BindProperty]
    public Dictionary<string, string> Ratings { get; set; } = [];

    public string? Chosen(string key) =>
        Ratings.TryGetValue(key, out var posted) ? posted : State.Levels.TryGetValue(key, out var level) ? level.ToString() : NotRated;

    public async Task<IActionResult> OnGetAsync(string rolle, int schritt, CancellationToken ct)
    {
        if (!await LoadAsync(rolle, schritt, ct)) return NotFound();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string rolle, int schritt, string? richtung, CancellationToken ct)
    {
        if (!await LoadAsync(rolle, schritt, ct)) return NotFound();
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in Competencies)
        {
            var value = Ratings.GetValueOrDefault(c.Key) ?? NotRated;
            if (value == NotRated) continue;
            if (int.TryParse(value, out var level) && ProficiencyScale.Contains(level)) answers[c.Key] = level;
            else ModelState.AddModelError($"Ratings[{c.Key}]", $"Bitte wählen Sie für „{c.Name}“ eine Stufe von 0 bis 4 oder „nicht eingeschätzt“.");
        }
        if (!ModelState.IsValid) return Page();

        var complete = richtung == "auswerten";
        var now = DateTime.UtcNow;
        if (User.Identity?.IsAuthenticated == true)
        {
            // Someone without a person record who leaves a step empty has nothing to save: no record is made for it.
            if (State.Person is null && answers.Count == 0 && !complete) return Redirect(NextUrl(rolle, richtung));
            var person = State.Person ?? await SavedChecks.EnsurePersonAsync(db, CheckState.UserId(User)!, ct);
            await SavedChecks.SaveAsync(db, person, State.Profile, answers, CheckState.UserId(User), now, complete, ct);
        }
        else
        {
            var levels = new Dictionary<string, int>(State.Levels, StringComparer.Ordinal);
            foreach (var c in Competencies) levels.Remove(c.Key);
            foreach (var (key, level) in answers) levels[key] = level;
            drafts.Write(Response, new CheckDraft(rolle, levels, State.Date ?? now, complete));
        }

        return Redirect(NextUrl(rolle, richtung));
    }

    private string NextUrl(string rolle, string? richtung)
    {
        var next = richtung switch
        {
            "zurueck" => Step - 1,
            "auswerten" => 0,
            _ => Step + 1,
        };
        return next < 1 || next > State.Profile.Steps.Count ? $"/kompetenzcheck/{rolle}/ergebnis" : $"/kompetenzcheck/{rolle}/schritt/{next}";
    }

    private async Task<bool> LoadAsync(string rolle, int schritt, CancellationToken ct)
    {
        var state = await CheckState.LoadAsync(db, drafts, HttpContext, rolle, ct);
        if (state is null || schritt < 1 || schritt > state.Profile.Steps.Count) return false;
        State = state;
        Step = schritt;
        Competencies = state.Profile.InStep(schritt);
        return true;
    }
}
