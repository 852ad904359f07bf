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

    // No bound parameters: the request that failed may carry a body that cannot be read, and the error page must not read it.
    public void OnGet() => Describe();
    public void OnPost() => Describe();

    private void Describe()
    {
        int? code = int.TryParse(Convert.ToString(RouteData.Values["code"], System.Globalization.CultureInfo.InvariantCulture), out var value) ? value : null;
        if (code is < 400 or > 599) code = StatusCodes.Status404NotFound;
        if (code is null && DatabaseUnavailable.Is(HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error))
        {
            code = StatusCodes.Status503ServiceUnavailable;
            Response.Headers.RetryAfter = DatabaseUnavailable.RetryAfterSeconds;
        }
        (Heading, Explanation) = code switch
        {
            404 => ("Seite nicht gefunden", "Diese Seite gibt es nicht (mehr). Vielleicht hat sich die Adresse geändert."),
            403 => ("Kein Zugriff", "Mit Ihrem Konto dürfen Sie diese Seite nicht öffnen."),
            400 => ("Ungültige Anfrage", "Die Anfrage konnte nicht verarbeitet werden. Bitte prüfen Sie Ihre Eingaben."),
            405 => ("Nicht möglich", "Diese Seite nimmt auf diesem Weg keine Eingaben an. Bitte verwenden Sie das Formular auf der Seite."),
            503 => ("Vorübergehend nicht erreichbar", "Die Datenbank ist gerade nicht erreichbar. Bitte versuchen Sie es in einer Minute noch einmal und prüfen Sie dann, ob Ihre letzte Eingabe gespeichert wurde."),
            413 => ("Anfrage zu groß", "Die gesendeten Daten sind zu groß. Bitte senden Sie weniger oder kleinere Dateien."),
            415 => ("Format nicht unterstützt", "Die gesendeten Daten haben ein Format oder eine Zeichenkodierung, die wir nicht lesen können. Bitte verwenden Sie das Formular."),
            _ => (Heading, Explanation),
        };
        // Text refused by the input guards: the field and the character are named, the input itself is not shown.
        if (code == StatusCodes.Status400BadRequest && HttpContext.Features.Get<InputGuards.RefusedText>() is { } refused)
            Explanation = refused.Message + " Es wurde nichts gespeichert.";
        Response.StatusCode = code ?? StatusCodes.Status500InternalServerError;
    }
}
