namespace Weiterbildungsraum.Domain.Offers;

public enum SessionFormat { Onsite, Online, Blended, Inhouse }

public enum StudyMode { FullTime, PartTime, AlongsideWork }

/// <summary>An offer as read from an import file, before it meets the database. Location names the place in the file.</summary>
public sealed class OfferRecord
{
    public required string Location { get; init; }
    public string ExternalId { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    /// <summary>HTML as delivered; the host sanitises it.</summary>
    public string Content { get; set; } = "";
    public string TargetGroup { get; set; } = "";
    public string EntryRequirements { get; set; } = "";
    public string Qualification { get; set; } = "";
    public string ExaminingBody { get; set; } = "";
    /// <summary>Leads to a vocational qualification (Berufsabschluss).</summary>
    public bool LeadsToQualification { get; set; }
    public int? Hours { get; set; }
    public decimal? Price { get; set; }
    public string PriceRemark { get; set; } = "";
    public string FundingNotes { get; set; } = "";
    public bool Azav { get; set; }
    public bool BildungsgutscheinApproved { get; set; }
    public string Language { get; set; } = "de";
    public StudyMode StudyMode { get; set; } = StudyMode.PartTime;
    public int? MinParticipants { get; set; }
    public int? MaxParticipants { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    /// <summary>The provider named in the file (operator import with --create-providers).</summary>
    public SupplierRecord? Supplier { get; set; }
    public List<SessionRecord> Sessions { get; } = [];
    /// <summary>Search words the provider gave (open-Qcat KEYWORD, JSON-LD keywords, CSV Schlagworte): they help find and link the offer.</summary>
    public List<string> Keywords { get; } = [];
    /// <summary>Empty when the file says nothing about competencies: existing links then stay.</summary>
    public List<CompetencyClaim> Competencies { get; } = [];
}

public sealed class SessionRecord
{
    public required string Location { get; init; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public SessionFormat Format { get; set; }
    public string VenueName { get; set; } = "";
    public string Street { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string Town { get; set; } = "";
    public int? Seats { get; set; }
}

/// <summary>"This offer teaches …": a competency key, a name or an ESCO URI, with optional levels.</summary>
public sealed record CompetencyClaim(string Text, int? EntryLevel, int? ExitLevel, string Location, string? Name = null);

public sealed record SupplierRecord(string Id, string Name, string Street = "", string Postcode = "", string Town = "", string Email = "", string Phone = "", string Website = "");

public enum ProblemSeverity { Error, Warning, Notice }

/// <summary>One finding of an import: where (file, line or JSON path), which field, and why — in German.</summary>
public sealed record ImportProblem(ProblemSeverity Severity, string File, string Location, string Field, string Message)
{
    /// <summary>
    /// The offer the finding belongs to; null when it concerns the whole file. An error with an offer refuses only that
    /// offer when the user asked for a partial import; an error of the file stops everything.
    /// </summary>
    public OfferRecord? Offer { get; init; }

    public override string ToString() =>
        $"{File}{(Location.Length > 0 ? ", " + Location : "")}{(Field.Length > 0 ? ", " + Field : "")}: {Message}";
}

public enum CatalogueKind { Full, Update }

/// <summary>What a parser read from one file.</summary>
public sealed class ParsedCatalogue
{
    public required string File { get; init; }
    public required string Format { get; init; }
    public CatalogueKind Kind { get; set; } = CatalogueKind.Full;
    public SupplierRecord? Supplier { get; set; }
    public List<OfferRecord> Offers { get; } = [];
    /// <summary>Offer ids the file withdraws (open-Qcat UPDATE_CATALOG/DELETE).</summary>
    public List<string> Withdrawn { get; } = [];
    public List<ImportProblem> Problems { get; } = [];

    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);

    /// <summary>An error no offer owns (unreadable file, missing column, no offers): nothing of the file can be taken over.</summary>
    public bool HasFileErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error && p.Offer is null);

    /// <summary>The offers with at least one error, in the order of their first error; a partial import leaves them out.</summary>
    public IReadOnlyList<OfferRecord> Refused => [.. Problems.Where(p => p.Severity == ProblemSeverity.Error && p.Offer is not null).Select(p => p.Offer!).Distinct()];

    public void Error(string location, string field, string message, OfferRecord? offer = null) =>
        Problems.Add(new(ProblemSeverity.Error, File, location, field, message) { Offer = offer });
    public void Warning(string location, string field, string message, OfferRecord? offer = null) =>
        Problems.Add(new(ProblemSeverity.Warning, File, location, field, message) { Offer = offer });
    public void Notice(string location, string field, string message, OfferRecord? offer = null) =>
        Problems.Add(new(ProblemSeverity.Notice, File, location, field, message) { Offer = offer });
}
