using Microsoft.AspNetCore.Http.HttpResults;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;

namespace Weiterbildungsraum.Web.Features.Assessments;

public sealed record TeamMatrixColumnResponse(string CompetencyId, string Name, int Employees, int BelowTargetNow, int BelowTargetFuture, int NotRated);

public sealed record TeamMatrixCellResponse(string CompetencyId, int? Actual, int TargetNow, int TargetFuture, int? GapNow, int? GapFuture);

public sealed record TeamMatrixRowResponse(int PersonId, string Name, string Role, int FitNow, int FitFuture, IReadOnlyList<TeamMatrixCellResponse> Cells);

public sealed record TeamMatrixResponse(int OrganisationId, string? Role, IReadOnlyList<TeamMatrixColumnResponse> Competencies, IReadOnlyList<TeamMatrixRowResponse> Employees);

/// <summary>GET /api/v1/organisations/{id}/team-matrix — for HR of that organisation only.</summary>
public static class TeamMatrixApi
{
    public static async Task<Results<Ok<TeamMatrixResponse>, ProblemHttpResult>> Get(int id, string? role, string? sort, HttpContext http, AppDbContext db, CancellationToken ct)
    {
        if (!await CompanyScope.IsHrOfAsync(db, http.User, id, ct))
            // Other companies' ids reveal nothing: not found, as if the organisation did not exist.
            return TypedResults.Problem(statusCode: 404, title: "Organisation nicht gefunden", detail: $"Sie sind nicht Personalverantwortliche/r der Organisation {id}.");
        var matrix = await TeamMatrixQuery.LoadAsync(db, id, role, TeamMatrixQuery.ParseSort(sort), ct);
        if (role is not null && matrix.Filter is null)
            return TypedResults.Problem(statusCode: 400, title: "Unbekannte Rolle", detail: $"Die Rolle „{role}“ (Parameter role) gibt es in dieser Organisation nicht; erwartet wird c:<id> oder r:<Kennung>.");
        return TypedResults.Ok(ToResponse(id, matrix));
    }

    public static TeamMatrixResponse ToResponse(int organisationId, TeamMatrixQuery.Matrix matrix)
    {
        var columns = matrix.Result.Columns;
        return new TeamMatrixResponse(organisationId, matrix.Filter?.Value,
            columns.Select(c => new TeamMatrixColumnResponse(c.CompetencyKey, c.Name, c.Required, c.BelowNow, c.BelowFuture, c.NotRated)).ToList(),
            matrix.Result.Rows.Select(r => new TeamMatrixRowResponse(r.PersonId, r.Name, r.RoleName, r.FitNow, r.FitFuture,
                r.Cells.Select((cell, i) => (cell, i)).Where(x => x.cell is not null)
                    .Select(x => new TeamMatrixCellResponse(columns[x.i].CompetencyKey, x.cell!.Actual, x.cell.TargetNow, x.cell.TargetFuture, x.cell.GapNow, x.cell.GapFuture))
                    .ToList())).ToList());
    }
}
