using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Network.Profiles;

/// <summary>/netzwerk/profil/{id}: what the directory shows of the organisation, and whether it shows it at all (opt-in).</summary>
[Authorize(Policy = Policies.OrganisationStaff)]
public sealed class EditProfileModel(AppDbContext db) : PageModel
{
    public const string ConflictMessage = "Das Profil wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind unten erhalten und wurden nicht gespeichert; wenn Sie erneut speichern, ersetzen sie die andere Fassung.";

    public sealed class InputModel : IValidatableObject
    {
        public Guid Version { get; set; }

        [Required(ErrorMessage = "Bitte geben Sie den Namen der Organisation ein.")]
        [StringLength(200, ErrorMessage = "Der Name darf höchstens 200 Zeichen lang sein.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [StringLength(4000, ErrorMessage = "Die Beschreibung darf höchstens 4.000 Zeichen lang sein.")]
        [Display(Name = "Beschreibung")]
        public string? Description { get; set; }

        [StringLength(200, ErrorMessage = "Straße und Hausnummer dürfen höchstens 200 Zeichen lang sein.")]
        [Display(Name = "Straße und Hausnummer")]
        public string? Street { get; set; }

        [RegularExpression(@"^\d{5}$", ErrorMessage = "Die Postleitzahl hat fünf Ziffern.")]
        [Display(Name = "PLZ")]
        public string? Postcode { get; set; }

        [StringLength(80, ErrorMessage = "Der Ort darf höchstens 80 Zeichen lang sein.")]
        [Display(Name = "Ort")]
        public string? Town { get; set; }

        [StringLength(300, ErrorMessage = "Die Website-Adresse darf höchstens 300 Zeichen lang sein.")]
        [Display(Name = "Website")]
        public string? Website { get; set; }

        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. info@example.org.")]
        [StringLength(200, ErrorMessage = "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.")]
        [Display(Name = "E-Mail")]
        public string? Email { get; set; }

        [RegularExpression(@"^[0-9 +()/\-]{3,40}$", ErrorMessage = "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten (höchstens 40 Zeichen).")]
        [Display(Name = "Telefon")]
        public string? Phone { get; set; }

        [Display(Name = "Profil öffentlich zeigen")]
        public bool IsPublic { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext context)
        {
            if (!string.IsNullOrWhiteSpace(Website) && !WebAddress.IsValid(Website))
                yield return new ValidationResult("Bitte geben Sie die Website vollständig mit https:// ein, z. B. https://www.example.org.", [nameof(Website)]);
            if (IsPublic && string.IsNullOrWhiteSpace(Description))
                yield return new ValidationResult("Ein öffentliches Profil braucht eine kurze Beschreibung, damit andere wissen, was Ihre Organisation tut.", [nameof(Description)]);
        }
    }

    [BindProperty] public InputModel Input { get; set; } = new();
    public Organisation Organisation { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ProfileAccess.EditableAsync(db, User, id, ct) is not { } o) return NotFound();
        Organisation = o;
        Input = new InputModel
        {
            Version = o.Version, Name = o.Name, Description = o.Description, Street = o.Street, Postcode = o.Postcode, Town = o.Town,
            Website = o.Website, Email = o.Email, Phone = o.Phone, IsPublic = o.IsPublicProfile,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await ProfileAccess.EditableAsync(db, User, id, ct) is not { } o) return NotFound();
        Organisation = o;
        CrossFieldErrors.Add(ModelState, "Input", Input);
        if (!ModelState.IsValid) return Page();
        if (o.Version != Input.Version) return Conflict(o.Version);
        o.Name = Input.Name.Trim();
        o.Description = (Input.Description ?? "").Trim().Replace("\r\n", "\n");
        o.Street = Input.Street?.Trim() ?? "";
        o.Postcode = Input.Postcode?.Trim() ?? "";
        o.Town = Input.Town?.Trim() ?? "";
        o.Website = Blank(Input.Website);
        o.Email = Blank(Input.Email);
        o.Phone = Blank(Input.Phone);
        o.IsPublicProfile = Input.IsPublic;
        db.Entry(o).Property(x => x.Version).OriginalValue = Input.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Organisation = await db.Organisations.AsNoTracking().SingleAsync(x => x.Id == id, ct);
            return Conflict(Organisation.Version);
        }
        TempData["Message"] = o.IsPublicProfile
            ? (o.IsApproved ? "Das Profil ist gespeichert und im Netzwerkverzeichnis zu sehen." : "Das Profil ist gespeichert. Es erscheint im Netzwerkverzeichnis, sobald die Netzwerk-Koordination Ihre Organisation freigegeben hat.")
            : "Das Profil ist gespeichert. Es ist nicht öffentlich.";
        return RedirectToPage(new { id });
    }

    private PageResult Conflict(Guid current)
    {
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, ConflictMessage);
        Input.Version = current;
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>Links shown to the public must be web addresses; "javascript:" and the like never are.</summary>
public static class WebAddress
{
    public static bool IsValid(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Contains('.');
}
