using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Features.Offers;

public enum OfferFormat { Onsite, Online, Blended, Inhouse }

public enum TimeModel { FullTime, PartTime, AlongsideWork }

/// <summary>A Weiterbildungsangebot — what people compare in the national course search, and the competencies it teaches.</summary>
public class Offer : IVersioned
{
    public int Id { get; set; }
    public int ProviderId { get; set; }
    public Organisation Provider { get; set; } = null!;
    /// <summary>The provider's own offer id (import upsert key).</summary>
    public required string ExternalId { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    /// <summary>Sanitised HTML.</summary>
    public string Content { get; set; } = "";
    public string TargetGroup { get; set; } = "";
    public string EntryRequirements { get; set; } = "";
    public string Qualification { get; set; } = "";
    public string ExaminingBody { get; set; } = "";
    /// <summary>The offer leads to a vocational qualification (Berufsabschluss: Umschulung, Externenprüfung) — special funding rates depend on it.</summary>
    public bool LeadsToQualification { get; set; }
    public int Hours { get; set; }
    public decimal Price { get; set; }
    public string PriceRemark { get; set; } = "";
    public string FundingNotes { get; set; } = "";
    public bool Azav { get; set; }
    public bool BildungsgutscheinApproved { get; set; }
    public string Language { get; set; } = "de";
    public TimeModel TimeModel { get; set; }
    public int? MinParticipants { get; set; }
    public int? MaxParticipants { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public bool IsPublished { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? StaleWarningSentAt { get; set; }
    public Guid Version { get; set; }
    /// <summary>The provider's search words (Schlagworte): they help find the offer and link its competencies.</summary>
    public List<string> Keywords { get; set; } = [];
    /// <summary>What the import file says the offer teaches in words that name no competency of the model; the linker reads them.</summary>
    public List<string> LearningGoals { get; set; } = [];
    /// <summary>The model version the automatic links were last worked out for; null when the linker never read the offer.</summary>
    public int? LinkedModelVersionId { get; set; }
    public List<OfferSession> Sessions { get; set; } = [];
    /// <summary>Every link counts the same in search and matching, whatever its source.</summary>
    public List<OfferCompetency> Competencies { get; set; } = [];
    /// <summary>Competencies the provider took off the offer: the linker never links them again.</summary>
    public List<OfferCompetencyRemoval> RemovedCompetencies { get; set; } = [];
}

/// <summary>A Termin: one run of an offer.</summary>
public class OfferSession
{
    public int Id { get; set; }
    public int OfferId { get; set; }
    public Offer Offer { get; set; } = null!;
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public TimeOnly? StartTime { get; set; }
    public TimeOnly? EndTime { get; set; }
    public OfferFormat Format { get; set; }
    public string VenueName { get; set; } = "";
    public string Street { get; set; } = "";
    public string Postcode { get; set; } = "";
    public string Town { get; set; } = "";
    public int? Seats { get; set; }
    /// <summary>
    /// A run arranged for a Weiterbildungsverbund: its seats belong to the group. It is not public supply — not on the
    /// offer page, in search, recommendations or the demand radar — and the provider's edits and imports leave it alone.
    /// </summary>
    public bool IsClosedGroupRun { get; set; }
}

public class OfferCompetency
{
    public int Id { get; set; }
    public int OfferId { get; set; }
    public Offer Offer { get; set; } = null!;
    public required string CompetencyKey { get; set; }
    public int EntryLevel { get; set; }
    public int ExitLevel { get; set; }
    public LinkSource Source { get; set; }
    /// <summary>How sure the linker was (0–1); kept when the provider confirms an automatic link.</summary>
    public double? Confidence { get; set; }
    /// <summary>Why the linker linked it, as sentences the provider can read („Gabelstapler“ im Titel …).</summary>
    public List<string> Evidence { get; set; } = [];
}

/// <summary>The provider's decision that the offer does not teach this competency.</summary>
public class OfferCompetencyRemoval
{
    public int Id { get; set; }
    public int OfferId { get; set; }
    public Offer Offer { get; set; } = null!;
    public required string CompetencyKey { get; set; }
    public DateTime RemovedAt { get; set; }
}

/// <summary>An Anfrage from a learner or company to a provider about an offer.</summary>
public class Enquiry
{
    public int Id { get; set; }
    public int OfferId { get; set; }
    public Offer Offer { get; set; } = null!;
    public string? FromUserId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public string? OrganisationName { get; set; }
    public required string Message { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
