using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

/// <summary>A competency list as CSV into the draft: checked line by line first, taken over only without errors and then completely.</summary>
[Authorize(Policy = Policies.Coordinator)]
[RequestSizeLimit(CompetencyCsvExchange.MaxBytes + 64 * 1024)]
public sealed class CsvImportModel(AppDbContext db) : PageModel
{
    public DraftSummary? Draft { get; private set; }
    public CsvImportReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Draft = await ModelDrafts.OpenAsync(db, ct);
        return Page();
    }

    public Task<IActionResult> OnPostCheckAsync(IFormFile? upload, CancellationToken ct) => RunAsync(upload, apply: false, ct);

    public Task<IActionResult> OnPostApplyAsync(IFormFile? upload, CancellationToken ct) => RunAsync(upload, apply: true, ct);

    private async Task<IActionResult> RunAsync(IFormFile? upload, bool apply, CancellationToken ct)
    {
        Draft = await ModelDrafts.OpenAsync(db, ct);
        if (Draft is null) return Page();
        if (upload is null || upload.Length == 0) ModelState.AddModelError("upload", "Bitte eine CSV-Datei auswählen.");
        else if (upload.Length > CompetencyCsvExchange.MaxBytes) ModelState.AddModelError("upload", $"Die Datei ist größer als {CompetencyCsvExchange.MaxBytes / 1024 / 1024} MB.");
        if (!ModelState.IsValid) return Page();
        using var buffer = new MemoryStream();
        await upload!.CopyToAsync(buffer, ct);
        Report = await CompetencyCsvExchange.ImportAsync(db, Path.GetFileName(upload.FileName), buffer.ToArray(), apply, ct);
        return Page();
    }
}
