using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Operations;

namespace Weiterbildungsraum.Web.Features.Competencies;

public sealed record JobFamilyListItem(string Id, string Name, string Description, int RoleCount);

public sealed record JobFamilyRole(string Id, string Name, string Description, string? Kldb, string? EscoOccupationUri, int CompetencyCount);

public sealed record JobFamilyDetail(string Id, string Name, string Description, IReadOnlyList<JobFamilyRole> Roles);

public sealed record RoleProfileResponse(RoleSummary Role, IReadOnlyList<ProfileCompetencyResponse> Competencies);

public sealed record ProfileCompetencyResponse(
    string Id, string Name, string Category, IReadOnlyList<string> Tags, int TargetNow, int TargetFuture, int Weight,
    IReadOnlyList<string> EscoUris, IReadOnlyList<LevelResponse> Levels, string Description);

public sealed record LevelResponse(int Level, string Description);

public static class CompetenciesApi
{
    public static IEndpointRouteBuilder MapCompetencies(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Kompetenzmodell").AllowAnonymous().RequireRateLimiting(ApiRateLimits.Policy);
        api.MapGet("/job-families", ListFamilies).WithSummary("Alle Jobfamilien des aktuellen Kompetenzmodells");
        api.MapGet("/job-families/{id}", GetFamily).WithSummary("Eine Jobfamilie mit ihren Rollen");
        api.MapGet("/roles/{id}/profile", GetRoleProfile).WithSummary("Das Anforderungsprofil (Soll) einer Rolle");
        return app;
    }

    public static async Task<Ok<List<JobFamilyListItem>>> ListFamilies(AppDbContext db, CancellationToken ct)
    {
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var families = await CurrentModel.Families(db, versionId)
            .OrderBy(f => f.SortOrder).ThenBy(f => f.Name)
            .Select(f => new JobFamilyListItem(f.Key, f.Name, f.Description, f.Roles.Count))
            .ToListAsync(ct);
        return TypedResults.Ok(families);
    }

    public static async Task<Results<Ok<JobFamilyDetail>, ProblemHttpResult>> GetFamily(string id, AppDbContext db, CancellationToken ct)
    {
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var family = await CurrentModel.Families(db, versionId)
            .Where(f => f.Key == id)
            .Select(f => new JobFamilyDetail(f.Key, f.Name, f.Description,
                f.Roles.OrderBy(r => r.Name).Select(r => new JobFamilyRole(r.Key, r.Name, r.Description, r.KldbCode, r.EscoOccupationUri, r.Profile.Count)).ToList()))
            .SingleOrDefaultAsync(ct);
        return family is null
            ? TypedResults.Problem(statusCode: 404, title: "Jobfamilie nicht gefunden", detail: $"Es gibt keine Jobfamilie mit der Kennung „{id}“.")
            : TypedResults.Ok(family);
    }

    public static async Task<Results<Ok<RoleProfileResponse>, ProblemHttpResult>> GetRoleProfile(string id, AppDbContext db, CancellationToken ct)
    {
        var profile = await RoleProfileQuery.LoadAsync(db, id, ct);
        if (profile is null)
            return TypedResults.Problem(statusCode: 404, title: "Rolle nicht gefunden", detail: $"Es gibt keine Rolle mit der Kennung „{id}“.");
        return TypedResults.Ok(new RoleProfileResponse(profile.Role, profile.Competencies.Select(c => new ProfileCompetencyResponse(
            c.Id, c.Name, c.Category.ToString(), c.Tags, c.TargetNow, c.TargetFuture, c.Weight, c.EscoUris,
            c.Levels.Select((text, i) => new LevelResponse(i + 1, text)).ToList(), c.Description)).ToList()));
    }
}
