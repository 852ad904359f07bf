using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>Every signed-in person: export, who looked at my ratings, delete my account.</summary>
[Authorize]
public sealed class MyDataModel(AppDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    public sealed record Read(DateTime At, string Who, string Action);

    public List<Read> Reads { get; private set; } = [];
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostExportAsync(CancellationToken ct)
    {
        var json = await MyDataExport.BuildAsync(db, Tenancy.UserId(User)!, ct);
        return File(json, "application/json", $"weiterbildungsraum-meine-daten-{DateTime.UtcNow:yyyy-MM-dd}.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync(bool bestaetigt, CancellationToken ct)
    {
        if (!bestaetigt)
        {
            Error = "Bitte bestätigen Sie, dass Sie Ihr Konto endgültig löschen möchten.";
            await LoadAsync(ct);
            return Page();
        }
        await AccountDeletion.DeleteAsync(db, users, Tenancy.UserId(User)!, ct);
        await signIn.SignOutAsync();
        return Redirect("/");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var userId = Tenancy.UserId(User);
        var personIds = await db.People.Where(p => p.UserId == userId).Select(p => p.Id).ToListAsync(ct);
        Reads = await db.AuditLog.AsNoTracking()
            .Where(a => a.SubjectPersonId != null && personIds.Contains(a.SubjectPersonId.Value))
            .OrderByDescending(a => a.At).Take(200)
            .Select(a => new Read(a.At, db.Users.Where(u => u.Id == a.ActorUserId).Select(u => u.DisplayName).FirstOrDefault() ?? "Unbekannt", a.Action))
            .ToListAsync(ct);
    }
}
