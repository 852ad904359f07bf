namespace Weiterbildungsraum.Web.Features.Assessments;

public static class AssessmentsApi
{
    public static IEndpointRouteBuilder MapAssessments(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup("/api/v1").WithTags("Soll-Ist-Vergleich").AllowAnonymous();
        open.MapPost("/gap-analysis", GapAnalysisEndpoint.Analyse)
            .Accepts<GapAnalysisRequest>("application/json")
            .WithSummary("Soll-Ist-Vergleich einer Rolle mit eigenen Einschätzungen; nichts wird gespeichert");

        var company = app.MapGroup("/api/v1/organisations").WithTags("Unternehmen").RequireAuthorization(Accounts.Policies.CompanyHR);
        company.MapGet("/{id:int}/team-matrix", TeamMatrixApi.Get)
            .WithSummary("Team-Kompetenzmatrix: Mitarbeitende × Kompetenzen mit Lücken und Summen je Kompetenz");
        return app;
    }
}
