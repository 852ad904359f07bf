using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers.Import;

namespace Weiterbildungsraum.Web.Features.Offers.Provider;

/// <summary>Upload a catalogue, see the dry run with every problem, then apply it as a whole — or, when asked, without its faulty offers.</summary>
[Authorize(Policy = Policies.Provider)]
[RequestSizeLimit(ImportFormats.MaxBytes + 2 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportFormats.MaxBytes + 2 * 1024 * 1024)]
public sealed class ImportOffersModel(AppDbContext db, OfferImporter importer) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? OrgId { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool UnpublishMissing { get; set; }
    [BindProperty] public bool PartialImport { get; set; }
    [BindProperty] public Guid? Ticket { get; set; }
    public ImportReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await ProviderAccess.CurrentAsync(db, User, OrgId, ct) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        if (await ProviderAccess.CurrentAsync(db, User, OrgId, ct) is not { } orgId) return NotFound();
        OrgId = orgId;
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Bitte wählen Sie eine Datei aus.");
            return Page();
        }
        await using var stream = Upload.OpenReadStream();
        var content = await ImportFormats.ReadLimitedAsync(stream, ct);
        if (content is null)
        {
            ModelState.AddModelError(nameof(Upload), $"Die Datei ist größer als {ImportFormats.MaxBytes / 1024 / 1024} MB. Bitte in mehrere Dateien teilen.");
            return Page();
        }
        Report = await importer.RunAsync(new ImportRequest(Upload.FileName, content, DryRun: true, UnpublishMissing, orgId, Partial: PartialImport), ct);
        Ticket = Report.Blocked ? null : await ImportUploads.SaveAsync(orgId, Upload.FileName, content, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken ct)
    {
        if (await ProviderAccess.CurrentAsync(db, User, OrgId, ct) is not { } orgId) return NotFound();
        OrgId = orgId;
        if (Ticket is not { } ticket || await ImportUploads.LoadAsync(orgId, ticket, ct) is not { } file)
        {
            ModelState.AddModelError(string.Empty, "Die geprüfte Datei ist nicht mehr vorhanden. Bitte laden Sie sie erneut hoch.");
            return Page();
        }
        Report = await importer.RunAsync(new ImportRequest(file.Name, file.Content, DryRun: false, UnpublishMissing, orgId, Partial: PartialImport), ct);
        if (Report.Applied) ImportUploads.Delete(orgId, ticket);
        Ticket = null;
        return Page();
    }
}
