using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Demand;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Demand;

/// <summary>The coordination picks whom of the matching providers to invite; only they see the group, and they get a mail.</summary>
[Authorize(Policy = Policies.Coordinator)]
public sealed class InviteProvidersModel(AppDbContext db, CohortInvitationMail mail) : PageModel
{
    public CohortView Cohort { get; private set; } = null!;
    public IReadOnlyList<ProviderMatch> Matches { get; private set; } = [];
    public HashSet<int> Invited { get; private set; } = [];
    [BindProperty] public List<int> Selected { get; set; } = [];
    [BindProperty] public Guid Version { get; set; }
    public string? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ShowAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await ShowAsync(id, ct)) return NotFound();
        if (Cohort.Version != Version)
        {
            Conflict = CohortDetailModel.ConflictMessage;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        var chosen = Selected.Distinct().ToList();
        if (chosen.Count == 0)
            ModelState.AddModelError(nameof(Selected), "Anbieter: bitte mindestens einen Anbieter zum Einladen auswählen.");
        else if (chosen.Any(p => Invited.Contains(p) || Matches.All(m => m.ProviderId != p)))
            ModelState.AddModelError(nameof(Selected), "Anbieter: einladen lassen sich nur passende Anbieter, die noch nicht eingeladen sind.");
        if (!ModelState.IsValid) return Page();

        var cohort = await db.Cohorts.Include(c => c.Members).SingleAsync(c => c.Id == id, ct);
        db.Entry(cohort).Property(c => c.Version).OriginalValue = Version;
        db.Entry(cohort).State = EntityState.Modified;
        var picked = Matches.Where(m => chosen.Contains(m.ProviderId)).ToList();
        var invitations = picked.Select(m => new CohortInvitation
        {
            ProviderId = m.ProviderId, InvitedAt = DateTime.UtcNow, Answer = InvitationAnswer.Pending,
            MatchReasons = Truncate(string.Join(" ", m.Reasons.Concat(m.Offers.Select(o => $"„{o.Title}“: {string.Join(" ", o.Reasons)}")))),
        }).ToList();
        cohort.Invitations.AddRange(invitations);
        var note = "Eingeladen: " + string.Join(", ", picked.Select(m => m.Name)) + ".";
        if (cohort.Status == CohortStatus.Reviewed) cohort.MoveTo(CohortStatus.ProvidersInvited, CohortActor.Coordination(User), note);
        else cohort.Note(CohortActor.Coordination(User), note);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ShowAsync(id, ct);
            Conflict = CohortDetailModel.ConflictMessage;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }

        // The invitations are saved; mail is a courtesy on top.
        var letter = new InvitationLetter(Cohort.Competency, Cohort.TargetLevel, Cohort.Venue, Cohort.From, Cohort.To, Cohort.Held, Cohort.Organisations);
        var sent = 0;
        foreach (var invitation in invitations)
        {
            var to = await db.Organisations.Where(o => o.Id == invitation.ProviderId).Select(o => o.Email).SingleAsync(ct);
            if (!await mail.SendAsync(invitation.Id, letter, to ?? "", ct)) continue;
            invitation.MailSent = true;
            sent++;
        }
        if (sent > 0) await db.SaveChangesAsync(ct);
        TempData["Message"] = $"{picked.Count} {(picked.Count == 1 ? "Anbieter ist" : "Anbieter sind")} eingeladen"
            + (sent > 0 ? $", {sent} per E-Mail benachrichtigt." : "; sie sehen die Einladung auf der Plattform.");
        return Redirect($"/koordination/verbuende/{id}");
    }

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..1999] + "…";

    private async Task<bool> ShowAsync(int id, CancellationToken ct)
    {
        if (await CohortView.LoadAsync(db, id, ct) is not { } view || !view.Status.CanInvite()) return false;
        Cohort = view;
        Matches = await CohortProviderQuery.LoadAsync(db, view.CompetencyKey, view.TargetLevel, view.Venue, view.RadiusKm, ct);
        Invited = (await db.CohortInvitations.AsNoTracking().Where(i => i.CohortId == id).Select(i => i.ProviderId).ToListAsync(ct)).ToHashSet();
        if (Request.Method == "GET") Version = view.Version;
        return true;
    }
}
