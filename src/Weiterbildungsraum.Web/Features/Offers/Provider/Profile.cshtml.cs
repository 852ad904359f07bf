using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Offers.Provider;

/// <summary>The provider's organisation profile: address, contacts, description, AZAV certification.</summary>
[Authorize(Policy = Policies.Provider)]
public sealed class ProviderProfileModel(AppDbContext db) : PageModel
{
    public sealed class InputModel
    {
        public Guid Version { get; set; }
        [Required(ErrorMessage = "Bitte geben Sie den Namen ein.")] [Display(Name = "Name")] public string Name { get; set; } = "";
        [Display(Name = "Beschreibung")] public string? Description { get; set; }
        [Display(Name = "Straße")] public string? Street { get; set; }
        [RegularExpression(@"^\d{5}$", ErrorMessage = "Die Postleitzahl hat fünf Ziffern.")] [Display(Name = "PLZ")] public string? Postcode { get; set; }
        [Display(Name = "Ort")] public string? Town { get; set; }
        [Url(ErrorMessage = "Bitte eine vollständige Adresse mit https:// eingeben.")] [Display(Name = "Website")] public string? Website { get; set; }
        [EmailAddress(ErrorMessage = "Bitte eine gültige E-Mail-Adresse eingeben.")] [Display(Name = "E-Mail")] public string? Email { get; set; }
        [Display(Name = "Telefon")] public string? Phone { get; set; }
        [Display(Name = "AZAV-Zertifizierungsstelle")] public string? AzavCertifier { get; set; }
        [Display(Name = "AZAV-Zertifikatsnummer")] public string? AzavNumber { get; set; }
        [Display(Name = "AZAV-Zertifikat gültig bis")] public DateOnly? AzavValidUntil { get; set; }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? OrgId { get; set; }
    public bool IsApproved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } org) return NotFound();
        Input = new InputModel
        {
            Version = org.Version, Name = org.Name, Description = org.Description, Street = org.Street, Postcode = org.Postcode, Town = org.Town,
            Website = org.Website, Email = org.Email, Phone = org.Phone, AzavCertifier = org.AzavCertifier, AzavNumber = org.AzavNumber,
            AzavValidUntil = org.AzavValidUntil,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } org) return NotFound();
        if (org.Version != Input.Version)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, "Das Profil wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind unten erhalten; wenn Sie erneut speichern, ersetzen sie die andere Fassung.");
            Input.Version = org.Version;
            return Page();
        }
        if (!ModelState.IsValid) return Page();
        org.Name = Input.Name.Trim(); org.Description = Input.Description ?? ""; org.Street = Input.Street ?? ""; org.Postcode = Input.Postcode ?? "";
        org.Town = Input.Town ?? ""; org.Website = Input.Website; org.Email = Input.Email; org.Phone = Input.Phone;
        org.AzavCertifier = Input.AzavCertifier; org.AzavNumber = Input.AzavNumber; org.AzavValidUntil = Input.AzavValidUntil;
        db.Entry(org).Property(o => o.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Das Profil wurde gerade an anderer Stelle geändert. Bitte laden Sie die Seite neu.");
            return Page();
        }
        TempData["Message"] = "Das Profil wurde gespeichert.";
        return RedirectToPage("/Offers/Provider/Index", new { orgId = org.Id });
    }

    private async Task<Organisation?> LoadAsync(CancellationToken ct)
    {
        if (await ProviderAccess.CurrentAsync(db, User, OrgId, ct) is not { } id) return null;
        var org = await db.Organisations.SingleAsync(o => o.Id == id, ct);
        OrgId = id;
        IsApproved = org.IsApproved;
        return org;
    }
}
