using System.ComponentModel.DataAnnotations;

namespace Weiterbildungsraum.Web.Features.Network.Profiles;

/// <summary>The fields of a contact person as the organisation enters them (adding and editing).</summary>
public class ContactForm
{
    [StringLength(120, ErrorMessage = "Der Name darf höchstens 120 Zeichen lang sein.")]
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [StringLength(120, ErrorMessage = "Funktion oder Bereich dürfen höchstens 120 Zeichen lang sein.")]
    [Display(Name = "Funktion oder Bereich")]
    public string? Function { get; set; }

    [EmailAddress(ErrorMessage = "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.org.")]
    [StringLength(200, ErrorMessage = "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "E-Mail")]
    public string? Email { get; set; }

    [RegularExpression(@"^[0-9 +()/\-]{3,40}$", ErrorMessage = "Die Telefonnummer darf nur Ziffern, Leerzeichen und + ( ) / - enthalten (höchstens 40 Zeichen).")]
    [Display(Name = "Telefon")]
    public string? Phone { get; set; }

    /// <summary>For an entry without account: the organisation confirms that the person agreed to be listed.</summary>
    [Display(Name = "Zustimmung der Person")]
    public bool ConsentConfirmed { get; set; }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
