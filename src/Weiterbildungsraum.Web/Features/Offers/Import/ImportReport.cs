using Weiterbildungsraum.Domain.Offers;

namespace Weiterbildungsraum.Web.Features.Offers.Import;

public sealed record ImportRequest(string FileName, byte[] Content, bool DryRun, bool UnpublishMissing = false, int? ProviderId = null, bool CreateProviders = false);

/// <summary>What an import found and did (or, in a dry run, would do).</summary>
public sealed record ImportReport(
    string File, string Format, bool DryRun, bool Applied, int Offers, int Created, int Updated, int Unchanged, int Unpublished,
    IReadOnlyList<string> CreatedProviders, IReadOnlyList<ImportProblem> Problems)
{
    public IEnumerable<ImportProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
    public IEnumerable<ImportProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
    public IEnumerable<ImportProblem> Notices => Problems.Where(p => p.Severity == ProblemSeverity.Notice);
    public bool HasErrors => Errors.Any();

    public string Summary => HasErrors
        ? $"{Errors.Count()} Fehler – nichts wurde übernommen."
        : $"{Offers} Angebote: {Created} neu, {Updated} geändert, {Unchanged} unverändert, {Unpublished} nicht mehr veröffentlicht{(Applied ? "" : " (Probelauf, nichts gespeichert)")}.";
}
