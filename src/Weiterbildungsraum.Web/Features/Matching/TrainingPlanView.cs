using Weiterbildungsraum.Domain.Geo;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Domain.Matching;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Features.Matching;

/// <summary>
/// What the company's training plan page computes: the team's gaps, shared needs, three recommendations per employee and the
/// plan board of the year — everything read from the database and worked out on the server (measured in bench/ for 500 employees).
/// </summary>
public sealed record TrainingPlanView(
    List<(string Key, string Name)> Roles, List<TeamMember> Team, IReadOnlyList<TeamGap> TeamGaps, IReadOnlyList<SharedNeed> Shared,
    Dictionary<int, IReadOnlyList<Recommendation>> PerEmployee, PlanBoard Board)
{
    public const int RecommendationsPerEmployee = 3;

    public static async Task<TrainingPlanView> LoadAsync(AppDbContext db, PlaceDirectory places, int organisationId, string? roleKey,
        Horizon horizon, int year, DateOnly today, CancellationToken ct = default)
    {
        var roleKeys = await db.People.AsNoTracking().Where(p => p.OrganisationId == organisationId && p.RoleKey != null).Select(p => p.RoleKey!).Distinct().ToListAsync(ct);
        var versionId = await CurrentModel.VersionIdAsync(db, ct);
        var roles = (await CurrentModel.Roles(db, versionId).Where(r => roleKeys.Contains(r.Key)).Select(r => new { r.Key, r.Name }).ToListAsync(ct))
            .OrderBy(r => r.Name).Select(r => (r.Key, r.Name)).ToList();
        var team = await TeamLevels.LoadAsync(db, organisationId, string.IsNullOrEmpty(roleKey) ? null : roleKey, horizon, ct);
        var gaps = team.Select(m => new EmployeeGaps(m.PersonId, m.Name, m.Gaps)).ToList();
        var teamGaps = TeamNeeds.Aggregate(gaps);
        var shared = TeamNeeds.Shared(gaps);
        var offers = await CandidateOffers.LoadAsync(db, places, teamGaps.Select(g => g.CompetencyKey).ToList(), today, ct);
        var index = new OfferIndex(offers);
        var perEmployee = team.ToDictionary(m => m.PersonId,
            m => Recommender.Recommend(m.Gaps, SearchConstraints.ForCompany, index.Touching(m.Gaps), today, limit: RecommendationsPerEmployee, nextSteps: 0).Items);
        var board = await TrainingPlanBoard.LoadAsync(db, organisationId, year, ct);
        return new TrainingPlanView(roles, team, teamGaps, shared, perEmployee, board);
    }
}
