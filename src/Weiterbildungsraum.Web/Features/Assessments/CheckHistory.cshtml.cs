using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Assessments;

/// <summary>Every check of the signed-in person with its date, and the fit over time per role.</summary>
[Authorize(Policy = Policies.Learner)]
public sealed class CheckHistoryModel(AppDbContext db) : PageModel
{
    public sealed record Entry(int Id, DateTime StartedAt, DateTime? CompletedAt, int Rated, int FitNow, int FitFuture, int? ChangeNow);
    public sealed record RoleHistory(string RouteKey, string RoleName, IReadOnlyList<Entry> Checks);

    public IReadOnlyList<RoleHistory> Roles { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await SavedChecks.PersonAsync(db, User, ct) is not { } person) return;
        var checks = await db.CompetencyChecks.AsNoTracking().Where(c => c.PersonId == person.Id).OrderBy(c => c.StartedAt).ToListAsync(ct);
        var ids = checks.Select(c => c.Id).ToList();
        var ratings = await db.Assessments.AsNoTracking().Where(a => a.CheckId != null && ids.Contains(a.CheckId.Value) && a.Source == RatingSource.Self)
            .Select(a => new { CheckId = a.CheckId!.Value, a.CompetencyKey, a.Level, a.AssessedAt, a.Id }).ToListAsync(ct);
        var byCheck = ratings.GroupBy(r => r.CheckId).ToDictionary(g => g.Key, g => g.GroupBy(r => r.CompetencyKey)
            .ToDictionary(k => k.Key, k => k.OrderByDescending(r => r.AssessedAt).ThenByDescending(r => r.Id).First().Level));

        var roles = new List<RoleHistory>();
        foreach (var group in checks.GroupBy(SavedChecks.RouteKeyOf))
        {
            if (await CheckProfiles.LoadAsync(db, group.Key, ct) is not { } profile) continue;
            var entries = new List<Entry>();
            foreach (var check in group)
            {
                var levels = byCheck.GetValueOrDefault(check.Id) ?? [];
                var now = GapAnalysis.Compare(profile.Targets, levels, Horizon.Now);
                var future = GapAnalysis.Compare(profile.Targets, levels, Horizon.Future);
                entries.Add(new Entry(check.Id, check.StartedAt, check.CompletedAt, profile.Competencies.Count(c => levels.ContainsKey(c.Key)),
                    now.Fit, future.Fit, entries.Count == 0 ? null : now.Fit - entries[^1].FitNow));
            }
            roles.Add(new RoleHistory(group.Key, profile.RoleName, entries.AsEnumerable().Reverse().ToList()));
        }
        Roles = roles;
    }
}
