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
        new("Kompetenzcheck", "/kompetenzcheck", "Sich selbst einschätzen und den Weiterbildungsbedarf sehen.", Roles.Learner),
        new("Meine Checks", "/kompetenzcheck/verlauf", "Frühere Checks und den Fortschritt über die Zeit.", Roles.Learner),
        new("Meine Einschätzungen", "/meine-daten", "Einschätzungen der Führungskraft sehen, Freigabe der Selbsteinschätzung steuern.", Roles.Learner),
        new("Passende Angebote", "/empfehlungen", "Empfehlungen zum eigenen Bedarf mit Lernpfad und Förderhinweisen.", Roles.Learner),
        new("Team", "/unternehmen/mitarbeitende", "Beschäftigte, Rollen und Einschätzungen.", Roles.CompanyHR),
        new("Rollen des Unternehmens", "/unternehmen/rollen", "REGIO-Profile übernehmen und anpassen.", Roles.CompanyHR),
        new("Team bewerten", "/unternehmen/team-bewertung", "Ein ganzes Team in einem Raster einschätzen.", Roles.CompanyHR),
        new("Team-Kompetenzmatrix", "/unternehmen/team-matrix", "Wer steht wo – mit Export als Excel und CSV.", Roles.CompanyHR),
        new("Weiterbildungsplan", "/unternehmen/weiterbildungsplan", "Bedarfe, Empfehlungen, Plan und Kosten nach Förderung.", Roles.CompanyHR),
        new("Weiterbildungsverbund", "/unternehmen/verbund", "Bedarfe für gemeinsame Kurse mit anderen Firmen freigeben.", Roles.CompanyHR),
        new("Beschäftigte einladen", "/unternehmen/einladen", "Persönliche Einladungslinks für Ihr Team erstellen.", Roles.CompanyHR),
        new("Anbieterbereich", "/anbieter", "Angebote anlegen, veröffentlichen und aktuell halten.", Roles.Provider),
        new("Angebote importieren", "/anbieter/import", "open-Qcat, CSV oder JSON-LD hochladen – erst prüfen, dann übernehmen.", Roles.Provider),
        new("Anfragen", "/anbieter/anfragen", "Anfragen von Interessierten und Unternehmen.", Roles.Provider),
        new("Verbund-Einladungen", "/anbieter/verbuende", "Für Gruppen mehrerer Firmen ein Angebot machen.", Roles.Provider),
        new("Bedarfsradar", "/bedarfsradar", "Anonymisierter Bedarf der Region und wo Angebote fehlen.", Roles.Provider, Roles.Coordinator, Roles.Admin),
        new("Weiterbildungsverbünde", "/koordination/verbuende", "Gruppenvorschläge prüfen und Anbieter einladen.", Roles.Coordinator, Roles.Admin),
        new("Anbieter freigeben", "/koordination/anbieter-freigeben", "Neu registrierte Bildungsanbieter prüfen und freischalten.", Roles.Coordinator, Roles.Admin),
        new("Kompetenzmodell bearbeiten", "/koordination/modellpflege", "Entwurf anlegen, Familien, Rollen und Kompetenzen pflegen, vergleichen, veröffentlichen.", Roles.Coordinator, Roles.Admin),
        new("Kompetenzmodell prüfen", "/koordination/kompetenzmodell", "Das ganze Modell auf einer druckbaren Seite.", Roles.Coordinator, Roles.Admin),
        new("Meldung schreiben", "/koordination/aktuelles/neu", "Neuigkeiten für das Netzwerk veröffentlichen.", Roles.Coordinator, Roles.Admin),
        new("Veranstaltungen verwalten", "/koordination/veranstaltungen", "Veranstaltungen anlegen, ändern, absagen, Anmeldungen sehen und Berichte schreiben.", Roles.Coordinator, Roles.Admin),
        new("Unser Profil im Netzwerk", "/netzwerk/profil", "Festlegen, ob und wie Ihre Organisation im Netzwerkverzeichnis steht, und Ansprechpersonen pflegen.", Roles.CompanyHR, Roles.Provider, Roles.Coordinator, Roles.Admin),
        new("Förderprogramme", "/verwaltung/foerderprogramme", "Regeln, Sätze und Quellen der Förderprogramme pflegen.", Roles.Admin),
        new("ESCO importieren", "/verwaltung/esco-import", "Die offiziellen ESCO-CSV-Dateien hochladen und den Import verfolgen.", Roles.Admin),
        new("Meine Daten und Privatsphäre", "/meine-daten/datenschutz", "Daten herunterladen, Zugriffe sehen, Konto löschen."),
        new("Passwort ändern", "/mein-bereich/passwort", "Ein neues Passwort für Ihr Konto festlegen."),
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
        // Only people an organisation listed have a consent to give.
        if (await db.ContactPersons.AnyAsync(c => c.UserId == userId, ct))
            Tasks.Insert(Tasks.Count - 1, new("Ansprechperson im Netzwerk", "/mein-bereich/ansprechperson", "Entscheiden, ob Sie öffentlich als Ansprechperson Ihrer Organisation genannt werden."));
    }
}
