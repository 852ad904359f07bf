using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Competencies;

/// <summary>A company role next to the newest published version of its REGIO role: what changed, and the merge plan.</summary>
public sealed record RoleUpgradeView(
    CompanyRole Role, int FromVersion, int ToVersion, int ToVersionId, int? ToRoleId, string? ToRoleName,
    IReadOnlyList<ModelChange> Changes, IReadOnlyList<UpgradeItem> Plan, IReadOnlyDictionary<string, (IReadOnlyList<string> Before, IReadOnlyList<string> After)> Levels)
{
    public bool UpToDate => FromVersion >= ToVersion;
    public bool RoleGone => ToRoleId is null;
    public IEnumerable<UpgradeItem> Conflicts => Plan.Where(i => i.Step == UpgradeStep.Conflict);
}

public sealed record UpgradeOutcome(int Added, int Removed, int Updated, int Kept);

/// <summary>
/// Moving a company role to a newer model version (issue: "moving a company role to a newer version shows what changed").
/// Always scoped to one organisation; assessments are not touched and keep the version they were made against.
/// </summary>
public static class CompanyRoleUpgrades
{
    /// <summary>The number of a newer published version, when the role's REGIO origin has one.</summary>
    public static async Task<int?> NewerVersionAsync(AppDbContext db, CompanyRole role, CancellationToken ct = default)
    {
        if (role.SourceRoleId is null) return null;
        var current = await CurrentModel.VersionIdAsync(db, ct);
        if (current == 0 || current == role.FrameworkVersionId) return null;
        var numbers = await db.FrameworkVersions.AsNoTracking().Where(v => v.Id == current || v.Id == role.FrameworkVersionId)
            .Select(v => new { v.Id, v.Number }).ToListAsync(ct);
        var to = numbers.SingleOrDefault(v => v.Id == current);
        var from = numbers.SingleOrDefault(v => v.Id == role.FrameworkVersionId);
        return to is not null && (from is null || to.Number > from.Number) ? to.Number : null;
    }

    /// <summary>Null when the role does not exist in this organisation or has no REGIO origin.</summary>
    public static async Task<RoleUpgradeView?> LoadAsync(AppDbContext db, int organisationId, int companyRoleId, CancellationToken ct)
    {
        var role = await db.CompanyRoles.Include(r => r.Profile).Include(r => r.SourceRole)
            .SingleOrDefaultAsync(r => r.Id == companyRoleId && r.OrganisationId == organisationId, ct);
        if (role?.SourceRole is null) return null;
        var fromNumber = await db.FrameworkVersions.Where(v => v.Id == role.FrameworkVersionId).Select(v => v.Number).SingleAsync(ct);
        var currentId = await CurrentModel.VersionIdAsync(db, ct);
        var toNumber = await db.FrameworkVersions.Where(v => v.Id == currentId).Select(v => (int?)v.Number).SingleOrDefaultAsync(ct) ?? fromNumber;
        var origin = await RoleVersionAsync(db, role.FrameworkVersionId, role.SourceRole.Key, ct);
        var newer = await RoleVersionAsync(db, currentId, role.SourceRole.Key, ct);
        var company = role.Profile.Select(e => new CompanyEntry(e.CompetencyKey, e.CompetencyName, new(e.TargetNow, e.TargetFuture, e.Weight), e.CompanyDescription is not null)).ToList();
        if (origin.Version is null || newer.Version is null || toNumber <= fromNumber)
            return new(role, fromNumber, toNumber, currentId, newer.RoleId, newer.Name, [], [], new Dictionary<string, (IReadOnlyList<string>, IReadOnlyList<string>)>());
        var plan = RoleUpgrade.Plan(company, origin.Version, newer.Version);
        var levels = plan.Where(i => i.ChangedLevels.Count > 0)
            .ToDictionary(i => i.Key, i => (origin.Version.Levels[i.Key], newer.Version.Levels[i.Key]));
        return new(role, fromNumber, toNumber, currentId, newer.RoleId, newer.Name,
            RoleUpgrade.RoleChanges(role.SourceRole.Key, origin.Version, newer.Version), plan, levels);
    }

    /// <summary>Applies the plan with HR's choice for each conflict; the caller has checked that every conflict has one.</summary>
    public static async Task<UpgradeOutcome> ApplyAsync(AppDbContext db, RoleUpgradeView view, IReadOnlyDictionary<string, ConflictChoice> choices, CancellationToken ct)
    {
        var role = view.Role;
        var entries = role.Profile.ToDictionary(e => e.CompetencyKey, StringComparer.Ordinal);
        var descriptions = await db.Competencies.AsNoTracking().Where(c => c.VersionId == role.FrameworkVersionId)
            .Where(c => view.Plan.Select(i => i.Key).Contains(c.Key)).ToDictionaryAsync(c => c.Key, c => c.Description, ct);
        int added = 0, removed = 0, updated = 0, kept = 0;
        foreach (var item in view.Plan.Where(i => !i.Own))
        {
            var result = item.Step == UpgradeStep.Conflict ? item.Chosen(choices[item.Key]) : item.Result;
            entries.TryGetValue(item.Key, out var entry);
            if (result is null)
            {
                if (entry is not null) { db.CompanyRoleEntries.Remove(entry); removed++; }
                continue;
            }
            if (entry is null)
            {
                db.CompanyRoleEntries.Add(new CompanyRoleEntry
                {
                    CompanyRoleId = role.Id, CompetencyKey = item.Key, CompetencyName = item.Name,
                    TargetNow = result.TargetNow, TargetFuture = result.TargetFuture, Weight = result.Weight,
                });
                added++;
                continue;
            }
            if (item.Newer is null)
            {
                // The newer version dropped it and HR keeps it: from now on it is the company's own competency.
                entry.CompanyDescription = descriptions.GetValueOrDefault(item.Key) ?? "";
            }
            var changed = entry.TargetNow != result.TargetNow || entry.TargetFuture != result.TargetFuture || entry.Weight != result.Weight;
            (entry.TargetNow, entry.TargetFuture, entry.Weight, entry.CompetencyName) = (result.TargetNow, result.TargetFuture, result.Weight, item.Name);
            if (changed) updated++; else kept++;
        }
        kept += view.Plan.Count(i => i.Own);
        role.FrameworkVersionId = view.ToVersionId;
        role.SourceRoleId = view.ToRoleId;
        db.Entry(role).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
        return new(added, removed, updated, kept);
    }

    /// <summary>Reads "company" or "regio" per competency key; names the first conflict left without a choice.</summary>
    public static (Dictionary<string, ConflictChoice> Choices, string? Missing) ReadChoices(RoleUpgradeView view, IReadOnlyDictionary<string, string>? input)
    {
        var choices = new Dictionary<string, ConflictChoice>(StringComparer.Ordinal);
        foreach (var conflict in view.Conflicts)
        {
            var value = input?.GetValueOrDefault(conflict.Key);
            if (string.Equals(value, "company", StringComparison.OrdinalIgnoreCase)) choices[conflict.Key] = ConflictChoice.Company;
            else if (string.Equals(value, "regio", StringComparison.OrdinalIgnoreCase)) choices[conflict.Key] = ConflictChoice.Regio;
            else return (choices, conflict.Name);
        }
        return (choices, null);
    }

    private static async Task<(RoleVersion? Version, int? RoleId, string? Name)> RoleVersionAsync(AppDbContext db, int versionId, string roleKey, CancellationToken ct)
    {
        var role = await db.JobRoles.AsNoTracking().Where(r => r.Key == roleKey && r.Family.VersionId == versionId)
            .Select(r => new
            {
                r.Id, r.Name,
                Entries = r.Profile.Select(p => new { p.Competency.Key, p.Competency.Name, p.Competency.Level1, p.Competency.Level2, p.Competency.Level3, p.Competency.Level4, p.TargetNow, p.TargetFuture, p.Weight }).ToList(),
            })
            .SingleOrDefaultAsync(ct);
        if (role is null) return (null, null, null);
        return (new RoleVersion(
            role.Entries.ToDictionary(e => e.Key, e => new TargetSnapshot(e.TargetNow, e.TargetFuture, e.Weight)),
            role.Entries.ToDictionary(e => e.Key, e => e.Name),
            role.Entries.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)[e.Level1, e.Level2, e.Level3, e.Level4])), role.Id, role.Name);
    }
}
