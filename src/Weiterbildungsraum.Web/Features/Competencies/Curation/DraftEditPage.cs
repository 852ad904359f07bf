using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Weiterbildungsraum.Web.Features.Competencies.Curation;

/// <summary>
/// What the edit pages of the draft (family, role, competency) share: the way back when no draft is open, the message
/// after saving, and removing an item only after the box "Ja, entfernen" is ticked.
/// </summary>
public abstract class DraftEditPage(string pagePath) : PageModel
{
    [BindProperty] public bool ConfirmDelete { get; set; }
    public bool IsNew { get; protected set; }
    public int DraftNumber { get; protected set; }

    protected IActionResult NoDraft()
    {
        TempData["Message"] = "Es gibt keinen offenen Entwurf. Bitte zuerst einen Entwurf anlegen.";
        return RedirectToPage("/Competencies/Curation/Overview");
    }

    protected IActionResult Saved(string name, string key)
    {
        TempData["Message"] = $"„{name.Trim()}“ ist im Entwurf gespeichert.";
        return RedirectToPage(pagePath, new { key });
    }

    /// <summary>Removes the item when the box is ticked; back to the overview once it is gone, else back to the item with the reason.</summary>
    protected async Task<IActionResult> DeleteConfirmedAsync(string key, Func<Task<EditResult>> delete, string removedMessage)
    {
        if (!ConfirmDelete)
        {
            TempData["Message"] = "Zum Entfernen bitte das Kästchen „Ja, entfernen“ ankreuzen.";
            return RedirectToPage(pagePath, new { key });
        }
        var result = await delete();
        TempData["Message"] = result.Outcome == EditOutcome.Saved ? removedMessage : result.Errors[0].Reason;
        return result.Outcome is EditOutcome.Saved or EditOutcome.NotFound or EditOutcome.NoDraft
            ? RedirectToPage("/Competencies/Curation/Overview") : RedirectToPage(pagePath, new { key });
    }
}
