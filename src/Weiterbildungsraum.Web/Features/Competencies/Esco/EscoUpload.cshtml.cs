using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Competencies.Esco;

/// <summary>Upload the official ESCO CSV files (or a ZIP of them); the import runs in the background.</summary>
[Authorize(Policy = Policies.Admin)]
[RequestSizeLimit(EscoUploads.MaxUploadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EscoUploads.MaxUploadBytes)]
public sealed class EscoUploadModel(AppDbContext db, EscoImportQueue queue, IConfiguration configuration) : PageModel
{
    [BindProperty] public List<IFormFile> Uploads { get; set; } = [];
    public IReadOnlyList<EscoImportJob> Recent { get; private set; } = [];
    public int Concepts { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var running = (await db.EscoImportJobs.AsNoTracking().Where(j => j.State != EscoImportState.Completed && j.State != EscoImportState.Failed).ToListAsync(ct))
            .FirstOrDefault(j => !EscoImportApi.IsFinished(j));
        if (running is not null)
            ModelState.AddModelError(nameof(Uploads), $"Import Nr. {running.Id} läuft noch. Bitte warten Sie, bis er fertig ist.");
        else if (Uploads.All(u => u.Length == 0))
            ModelState.AddModelError(nameof(Uploads), "Bitte wählen Sie mindestens eine ESCO-CSV-Datei oder ein ZIP-Archiv aus.");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var (folder, files, errors) = await EscoUploads.SaveAsync(EscoUploads.Root(configuration), Uploads, ct);
        if (folder is null)
        {
            foreach (var error in errors) ModelState.AddModelError(nameof(Uploads), error);
            await LoadAsync(ct);
            return Page();
        }
        var now = DateTime.UtcNow;
        var job = new EscoImportJob { State = EscoImportState.Queued, Files = files, StartedBy = User.Identity?.Name, CreatedAt = now, UpdatedAt = now };
        db.EscoImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        await queue.EnqueueAsync(job.Id, folder, ct);
        return Redirect($"/verwaltung/esco-import/{job.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Recent = await db.EscoImportJobs.AsNoTracking().OrderByDescending(j => j.Id).Take(10).ToListAsync(ct);
        Concepts = await db.EscoConcepts.CountAsync(ct);
    }
}
