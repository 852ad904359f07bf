using System.ComponentModel.DataAnnotations;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>A new password typed twice, as the change and the reset form ask for it.</summary>
public class NewPasswordFields
{
    [Required(ErrorMessage = "Bitte wählen Sie ein neues Passwort.")]
    [StringLength(200, ErrorMessage = "Das Passwort darf höchstens 200 Zeichen lang sein.")]
    [Display(Name = "Neues Passwort")]
    public string NewPassword { get; set; } = "";

    [Required(ErrorMessage = "Bitte wiederholen Sie das neue Passwort.")]
    [Compare(nameof(NewPassword), ErrorMessage = "Die Wiederholung stimmt nicht mit dem neuen Passwort überein.")]
    [Display(Name = "Neues Passwort wiederholen")]
    public string ConfirmPassword { get; set; } = "";
}
