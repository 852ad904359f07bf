using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Weiterbildungsraum.Web.Features.Site;

/// <summary>German error pages; details stay in the log, never on the page.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "Etwas ist schiefgegangen";
    public string Explanation { get; private set; } = "Bitte versuchen Sie es später noch einmal. Der Fehler wurde protokolliert.";

    public void OnGet(int? code) => Describe(code);
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Heading, Explanation) = code switch
        {
            404 => ("Seite nicht gefunden", "Diese Seite gibt es nicht (mehr). Vielleicht hat sich die Adresse geändert."),
            403 => ("Kein Zugriff", "Mit Ihrem Konto dürfen Sie diese Seite nicht öffnen."),
            400 => ("Ungültige Anfrage", "Die Anfrage konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Eingaben."),
            _ => (Heading, Explanation),
        };
        Response.StatusCode = code ?? StatusCodes.Status500InternalServerError;
    }
}
