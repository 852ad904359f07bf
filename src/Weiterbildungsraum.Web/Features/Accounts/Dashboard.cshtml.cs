using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Accounts;

/// <summary>Where each user group finds its tasks after signing in.</summary>
[Authorize]
public sealed class DashboardModel(AppDbContext db) : PageModel
{
    public sealed record TaskLink(string Title, string Url, string Explanation, params string[] Roles);

    private static readonly TaskLink[] AllTasks =
    [
        new("Jobfamilien und Anforderungsprofile", "/jobfamilien", "Was Berufe heute und in drei Jahren verlangen."),
        new("Unternehmen: Beschäftigte einladen", "/unternehmen/einladen", "Persönliche Einladungslinks für Ihr Team erstellen.", Roles.CompanyHR),
        new("Koordination: Anbieter freigeben", "/koordination/anbieter-freigeben", "Neu registrierte Bildungsanbieter prüfen und freischalten.", Roles.Coordinator, Roles.Admin),
        new("Koordination: Kompetenzmodell prüfen", "/koordination/kompetenzmodell", "Das ganze Modell auf einer druckbaren Seite.", Roles.Coordinator, Roles.Admin),
        new("Koordination: Meldung schreiben", "/koordination/aktuelles/neu", "Neuigkeiten für das Netzwerk veröffentlichen.", Roles.Coordinator, Roles.Admin),
        new("Veranstaltungen", "/veranstaltungen", "Was als Nächstes im Netzwerk ansteht."),
        new("Meine Daten und Privatsphäre", "/meine-daten/datenschutz", "Daten herunterladen, Zugriffe sehen, Konto löschen."),
    ];

    public string DisplayName { get; private set; } = "";
    public List<string> RoleNames { get; private set; } = [];
    public List<TaskLink> Tasks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = Tenancy.UserId(User);
        DisplayName = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? User.Identity?.Name ?? "";
        var roles = Roles.All.Where(User.IsInRole).ToList();
        RoleNames = roles.Select(Roles.German).ToList();
        Tasks = AllTasks.Where(t => t.Roles.Length == 0 || t.Roles.Any(roles.Contains)).ToList();
    }
}
