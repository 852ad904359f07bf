using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Funding;

/// <summary>Admins correct a programme or save changed figures as a new version from a new valid-from date.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditProgrammeModel(AppDbContext db) : PageModel
{
    public sealed class InputModel
    {
        [Required(ErrorMessage = "Bitte einen Namen angeben.")] [StringLength(200)] public string Name { get; set; } = "";
        [StringLength(2000)] public string? Description { get; set; }
        [Required(ErrorMessage = "Bitte angeben, ab wann die Regeln gelten.")] public DateOnly? ValidFrom { get; set; }
        public DateOnly? ValidUntil { get; set; }
        [Required(ErrorMessage = "Bitte die Quelle nennen (Gesetz, Richtlinie, Stand).")] [StringLength(1000)] public string Source { get; set; } = "";
        [StringLength(2000)] public string? Note { get; set; }
        [Required(ErrorMessage = "Bitte die Regeln angeben.")] public string RulesJson { get; set; } = "";
        public bool AsNewVersion { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public string Key { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var p = await db.FundingProgrammes.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (p is null) return NotFound();
        Key = p.Key;
        Input = new InputModel
        {
            Name = p.Name, Description = p.Description, ValidFrom = p.ValidFrom, ValidUntil = p.ValidUntil, Source = p.Source, Note = p.Note,
            RulesJson = FundingRulesJson.Parse(p.RulesJson, out _) is { } rules ? FundingRulesJson.Write(rules) : p.RulesJson,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var p = await db.FundingProgrammes.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (p is null) return NotFound();
        Key = p.Key;
        if (Input.ValidFrom is { } from && Input.ValidUntil is { } until && until < from)
            ModelState.AddModelError("Input.ValidUntil", "„Gilt bis“ liegt vor „Gilt ab“.");
        FundingRulesJson.Parse(Input.RulesJson ?? "", out var ruleErrors);
        foreach (var error in ruleErrors) ModelState.AddModelError("Input.RulesJson", error);
        var target = Input.AsNewVersion ? new FundingProgramme { Key = p.Key, Name = Input.Name } : p;
        if (Input.ValidFrom is { } validFrom && await db.FundingProgrammes.AnyAsync(o => o.Key == p.Key && o.ValidFrom == validFrom && o.Id != target.Id, ct))
            ModelState.AddModelError("Input.ValidFrom", $"Für {p.Key} gibt es schon eine Fassung ab {validFrom:dd.MM.yyyy}.");
        if (!ModelState.IsValid) return Page();

        target.Name = Input.Name.Trim();
        target.Description = Input.Description?.Trim() ?? "";
        target.ValidFrom = Input.ValidFrom!.Value;
        target.ValidUntil = Input.ValidUntil;
        target.Source = Input.Source.Trim();
        target.Note = Input.Note?.Trim() ?? "";
        target.RulesJson = FundingRulesJson.Write(FundingRulesJson.Parse(Input.RulesJson!, out _)!);
        target.UpdatedAt = DateTime.UtcNow;
        if (Input.AsNewVersion) db.FundingProgrammes.Add(target);
        await db.SaveChangesAsync(ct);
        return Redirect("/verwaltung/foerderprogramme");
    }
}
