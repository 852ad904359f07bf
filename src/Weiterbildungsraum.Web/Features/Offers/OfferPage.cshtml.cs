using Microsoft.EntityFrameworkCore;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Offers;

/// <summary>/angebote/{id}: all facts of an offer, its sessions with iCal, the competencies it teaches, and the enquiry form.</summary>
[AllowAnonymous]
public sealed class OfferPageModel(AppDbContext db, UserManager<AppUser> users, EnquiryMail mail) : PageModel
{
    public OfferDetails Offer { get; private set; } = null!;
    public string JsonLd { get; private set; } = "";
    public bool EnquirySent { get; private set; }

    [BindProperty]
    public EnquiryInput Enquiry { get; set; } = new();

    public sealed class EnquiryInput
    {
        [Display(Name = "Name")]
        [Required(ErrorMessage = "Bitte geben Sie Ihren Namen an.")]
        [StringLength(120, ErrorMessage = "Der Name darf höchstens 120 Zeichen lang sein.")]
        public string Name { get; set; } = "";

        [Display(Name = "E-Mail-Adresse")]
        [Required(ErrorMessage = "Bitte geben Sie Ihre E-Mail-Adresse an, damit der Anbieter antworten kann.")]
        [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse an, z. B. name@example.org.")]
        [StringLength(200, ErrorMessage = "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.")]
        public string Email { get; set; } = "";

        [Display(Name = "Unternehmen (freiwillig)")]
        [StringLength(200, ErrorMessage = "Der Name des Unternehmens darf höchstens 200 Zeichen lang sein.")]
        public string? Organisation { get; set; }

        [Display(Name = "Ihre Nachricht")]
        [Required(ErrorMessage = "Bitte schreiben Sie eine Nachricht an den Anbieter.")]
        [StringLength(4000, MinimumLength = 10, ErrorMessage = "Die Nachricht muss zwischen 10 und 4000 Zeichen lang sein.")]
        public string Message { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(int id, bool gesendet, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        EnquirySent = gesendet;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (!ModelState.IsValid) return Page();
        var enquiry = new Enquiry
        {
            OfferId = id, FromUserId = users.GetUserId(User), Name = Enquiry.Name.Trim(), Email = Enquiry.Email.Trim(),
            OrganisationName = string.IsNullOrWhiteSpace(Enquiry.Organisation) ? null : Enquiry.Organisation.Trim(),
            Message = Enquiry.Message.Trim(), CreatedAt = DateTime.UtcNow,
        };
        db.Enquiries.Add(enquiry);
        await db.SaveChangesAsync(ct);
        // The inbox has the enquiry already; mail is a courtesy when SMTP is configured.
        var to = await db.Offers.Where(o => o.Id == id)
            .Select(o => o.ContactEmail != "" ? o.ContactEmail : o.Provider.Email).SingleAsync(ct);
        await mail.SendAsync(enquiry, Offer.Title, to ?? "", ct);
        return Redirect($"/angebote/{id}?gesendet=true#anfrage");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var offer = await OfferDetailsQuery.LoadAsync(db, id, ct);
        if (offer is null) return false;
        Offer = offer;
        JsonLd = CourseJsonLd.For(offer, $"{Request.Scheme}://{Request.Host}/angebote/{id}");
        return true;
    }
}
