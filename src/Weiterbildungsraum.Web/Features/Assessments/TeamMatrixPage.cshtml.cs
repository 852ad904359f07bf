using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>The team competency matrix of the HR user's company, with filter, sort and exports.</summary>
[Authorize(Policy = Policies.CompanyHR)]
public sealed class TeamMatrixPageModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Rolle { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sortierung { get; set; }
    [BindProperty(SupportsGet = true)] public string? Horizont { get; set; }

    public TeamMatrixQuery.Matrix Matrix { get; private set; } = null!;
    public Horizon Horizon => Horizont == "zukunft" ? Horizon.Future : Horizon.Now;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? File(TeamMatrixExport.Csv(Matrix.Result), "text/csv; charset=utf-8", FileName("csv")) : NotFound();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        await LoadAsync(ct)
            ? File(TeamMatrixExport.Xlsx(Matrix.Result, Horizon), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"))
            : NotFound();

    public string Query(string? handler = null)
    {
        var parts = new List<string>();
        if (handler is not null) parts.Add("handler=" + handler);
        if (Matrix.Filter is not null) parts.Add("rolle=" + Uri.EscapeDataString(Matrix.Filter.Value));
        if (Sortierung is not null) parts.Add("sortierung=" + Uri.EscapeDataString(Sortierung));
        if (Horizont is not null) parts.Add("horizont=" + Uri.EscapeDataString(Horizont));
        return "/unternehmen/team-matrix" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
    }

    private string FileName(string extension) => $"team-matrix-{DateTime.UtcNow:yyyy-MM-dd}.{extension}";

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await CompanyScope.OrganisationIdAsync(db, User, ct) is not { } organisationId) return false;
        Matrix = await TeamMatrixQuery.LoadAsync(db, organisationId, string.IsNullOrEmpty(Rolle) ? null : Rolle, TeamMatrixQuery.ParseSort(Sortierung), ct);
        return true;
    }
}
