using Weiterbildungsraum.Domain.Offers;

namespace Weiterbildungsraum.Web.Features.Offers.Import;

/// <summary>
/// What to import. <paramref name="Partial"/>: offers with errors are left out and the rest is taken over, instead of
/// nothing at all; errors of the file itself still stop everything.
/// </summary>
public sealed record ImportRequest(string FileName, byte[] Content, bool DryRun, bool UnpublishMissing = false, int? ProviderId = null, bool CreateProviders = false,
    bool Partial = false);

/// <summary>An offer (or a run that belongs to none) a partial import leaves out, with where it stands and why.</summary>
public sealed record SkippedOffer(string Location, string ExternalId, string Title, IReadOnlyList<string> Reasons);

/// <summary>
/// What an import found and did (or, in a dry run, would do). <paramref name="Blocked"/>: errors stop the import — always
/// without partial import; with it, when the file itself is faulty or nothing free of errors is left.
/// <paramref name="Skipped"/>: what a partial import leaves out (or would leave out); <paramref name="Faultless"/>: the offers without errors.
/// </summary>
public sealed record ImportReport(
    string File, string Format, bool DryRun, bool Applied, int Offers, int Created, int Updated, int Unchanged, int Unpublished,
    IReadOnlyList<string> CreatedProviders, IReadOnlyList<ImportProblem> Problems, bool Blocked, bool Partial, IReadOnlyList<SkippedOffer> Skipped, int Faultless)
{
    public IEnumerable<ImportProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);
    public IEnumerable<ImportProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
    public IEnumerable<ImportProblem> Notices => Problems.Where(p => p.Severity == ProblemSeverity.Notice);
    public bool HasErrors => Errors.Any();

    /// <summary>Errors only in single offers, and some offers free of them: a partial import could take those over.</summary>
    public bool PartialPossible => !Partial && HasErrors && Errors.All(e => e.Offer is not null) && Faultless > 0;

    public string Summary => Blocked
        ? $"{Errors.Count()} Fehler – nichts wurde übernommen.{(PartialPossible ? $" {(Faultless == 1 ? "Das fehlerfreie Angebot ließe" : $"Die {Faultless} fehlerfreien Angebote ließen")} sich ohne die fehlerhaften übernehmen (teilweiser Import)." : "")}"
        : $"{Offers} Angebote: {Created} neu, {Updated} geändert, {Unchanged} unverändert, {Unpublished} nicht mehr veröffentlicht"
          + (Skipped.Count > 0 ? $", {Skipped.Count} fehlerhafte ausgelassen" : "")
          + $"{(Applied ? "" : " (Probelauf, nichts gespeichert)")}.";
}
