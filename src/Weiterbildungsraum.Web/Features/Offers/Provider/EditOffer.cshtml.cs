using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers.Linking;
using Weiterbildungsraum.Web.Features.Search;

namespace Weiterbildungsraum.Web.Features.Offers.Provider;

/// <summary>Create or edit one offer with its sessions and competencies; saves only with the version the form was loaded with.</summary>
[Authorize(Policy = Policies.Provider)]
public sealed class EditOfferModel(AppDbContext db, OfferWriter writer, LinkerCache linkers, TimeProvider clock) : PageModel
{
    public const string ConflictMessage = "Dieses Angebot wurde inzwischen an anderer Stelle geändert. Ihre Eingaben sind unten erhalten und wurden nicht gespeichert. Prüfen Sie die aktuelle Fassung; wenn Sie erneut speichern, ersetzen Ihre Eingaben diese.";

    [BindProperty] public OfferForm Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Org { get; set; }
    public string? ProviderName { get; private set; }
    public bool IsNew { get; private set; }
    public string? DuplicateWarning { get; private set; }
    public bool Conflict { get; private set; }
    public DateTime? UpdatedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (id == "neu")
        {
            if (await ProviderAccess.CurrentAsync(db, User, Org, ct) is not { } orgId) return NotFound();
            IsNew = true;
            ProviderName = await db.Organisations.Where(o => o.Id == orgId).Select(o => o.Name).SingleAsync(ct);
            Input.Sessions.Add(new SessionForm());
            await DescribeCompetenciesAsync(null, ct);
            return Page();
        }
        if (!int.TryParse(id, out var offerId) || await ProviderAccess.OwnOfferAsync(db, User, offerId, ct) is not { } offer) return NotFound();
        Fill(offer);
        await DescribeCompetenciesAsync(offer, ct);
        return Page();
    }

    /// <summary>"Kompetenzen vorschlagen": recompute suggestions from the text as typed, save nothing.</summary>
    public async Task<IActionResult> OnPostSuggestAsync(string id, CancellationToken ct)
    {
        if (await OwnerAsync(id, ct) is not { } owner) return NotFound();
        ModelState.Clear();
        await PrepareAsync(owner, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (await OwnerAsync(id, ct) is not { } owner) return NotFound();
        var offer = owner.Offer;
        if (offer is not null && offer.Version != Input.Version)
            return await ConflictAsync(owner, offer.Version, ct);
        if (!ModelState.IsValid) return await PrepareAsync(owner, ct);
        if (!Input.ConfirmNotDuplicate && await LikelyTwinAsync(owner.OrganisationId, offer?.Id, ct) is { } twin)
        {
            DuplicateWarning = $"Wahrscheinlich doppelt: Ihr Angebot „{twin}“ hat denselben Titel, denselben ersten Termin und denselben Ort.";
            return await PrepareAsync(owner, ct);
        }
        if (offer is null)
        {
            offer = new Offer { ProviderId = owner.OrganisationId, ExternalId = "", Title = "" };
            db.Offers.Add(offer);
        }
        else db.Entry(offer).Property(o => o.Version).OriginalValue = Input.Version;
        if (!await ApplyAsync(offer, owner.OrganisationId, ct)) return await PrepareAsync(owner, ct);
        try
        {
            await writer.SaveAsync(offer, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Offers.AsNoTracking().Where(o => o.Id == offer.Id).Select(o => o.Version).SingleAsync(ct);
            return await ConflictAsync(owner with { Offer = null }, current, ct);
        }
        TempData["Message"] = $"„{offer.Title}“ wurde gespeichert.";
        return RedirectToPage("/Offers/Provider/EditOffer", new { id = offer.Id });
    }

    private sealed record Owner(int OrganisationId, Offer? Offer);

    private async Task<Owner?> OwnerAsync(string id, CancellationToken ct)
    {
        if (id == "neu")
        {
            IsNew = true;
            return await ProviderAccess.CurrentAsync(db, User, Org, ct) is { } orgId ? new Owner(orgId, null) : null;
        }
        if (!int.TryParse(id, out var offerId)) return null;
        var offer = await ProviderAccess.OwnOfferAsync(db, User, offerId, ct);
        return offer is null ? null : new Owner(offer.ProviderId, offer);
    }

    private async Task<IActionResult> ConflictAsync(Owner owner, Guid currentVersion, CancellationToken ct)
    {
        Conflict = true;
        ModelState.Clear();
        ModelState.AddModelError(string.Empty, ConflictMessage);
        Input.Version = currentVersion;
        return await PrepareAsync(owner, ct);
    }

    private async Task<IActionResult> PrepareAsync(Owner owner, CancellationToken ct)
    {
        ProviderName = await db.Organisations.Where(o => o.Id == owner.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        UpdatedAt = owner.Offer?.UpdatedAt;
        if (!Input.Sessions.Any(s => s.StartDate is null && s.Id is null)) Input.Sessions.Add(new SessionForm());
        await DescribeCompetenciesAsync(owner.Offer, ct);
        return Page();
    }

    private void Fill(Offer o)
    {
        UpdatedAt = o.UpdatedAt;
        ProviderName = o.Provider.Name;
        Input = new OfferForm
        {
            Version = o.Version, ExternalId = o.ExternalId, Title = o.Title, Summary = o.Summary, Content = o.Content, TargetGroup = o.TargetGroup,
            Keywords = string.Join(", ", o.Keywords),
            EntryRequirements = o.EntryRequirements, Qualification = o.Qualification, ExaminingBody = o.ExaminingBody,
            LeadsToQualification = o.LeadsToQualification, Hours = o.Hours,
            Price = o.Price, PriceRemark = o.PriceRemark, FundingNotes = o.FundingNotes, Azav = o.Azav,
            BildungsgutscheinApproved = o.BildungsgutscheinApproved, Language = o.Language, TimeModel = o.TimeModel,
            MinParticipants = o.MinParticipants, MaxParticipants = o.MaxParticipants, ContactName = o.ContactName,
            ContactEmail = o.ContactEmail, ContactPhone = o.ContactPhone, IsPublished = o.IsPublished,
            Sessions = [.. o.Sessions.OrderBy(s => s.StartDate).Select(s => new SessionForm
            {
                Id = s.Id, StartDate = s.StartDate, EndDate = s.EndDate, StartTime = s.StartTime, EndTime = s.EndTime, Format = s.Format,
                VenueName = s.VenueName, Street = s.Street, Postcode = s.Postcode, Town = s.Town, Seats = s.Seats,
            }), new SessionForm()],
            Competencies = [.. o.Competencies.Select(c => new CompetencyForm { Key = c.CompetencyKey, Selected = true, EntryLevel = c.EntryLevel, ExitLevel = c.ExitLevel })],
        };
    }

    private async Task<bool> ApplyAsync(Offer o, int organisationId, CancellationToken ct)
    {
        var i = Input;
        var externalId = string.IsNullOrWhiteSpace(i.ExternalId) ? (o.ExternalId.Length > 0 ? o.ExternalId : "WBR-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()) : i.ExternalId.Trim();
        if (externalId != o.ExternalId && await db.Offers.AnyAsync(x => x.ProviderId == organisationId && x.ExternalId == externalId && x.Id != o.Id, ct))
        {
            ModelState.AddModelError("Input.ExternalId", $"Die Angebotsnummer „{externalId}“ vergeben Sie schon für ein anderes Angebot.");
            return false;
        }
        o.ExternalId = externalId;
        var textBefore = o.Id == 0 ? null : OfferLinkRows.TextOf(o);
        o.Title = i.Title.Trim(); o.Summary = i.Summary ?? ""; o.Content = OfferHtml.Sanitize(i.Content); o.Keywords = i.KeywordList;
        o.TargetGroup = i.TargetGroup ?? ""; o.EntryRequirements = i.EntryRequirements ?? ""; o.Qualification = i.Qualification ?? "";
        o.ExaminingBody = i.ExaminingBody ?? ""; o.LeadsToQualification = i.LeadsToQualification; o.Hours = i.Hours; o.Price = i.Price; o.PriceRemark = i.PriceRemark ?? "";
        o.FundingNotes = i.FundingNotes ?? ""; o.Azav = i.Azav; o.BildungsgutscheinApproved = i.BildungsgutscheinApproved;
        o.Language = string.IsNullOrWhiteSpace(i.Language) ? "de" : i.Language.Trim(); o.TimeModel = i.TimeModel;
        o.MinParticipants = i.MinParticipants; o.MaxParticipants = i.MaxParticipants; o.ContactName = i.ContactName ?? "";
        o.ContactEmail = i.ContactEmail ?? ""; o.ContactPhone = i.ContactPhone ?? ""; o.IsPublished = i.IsPublished;

        var kept = i.KeptSessions.ToList();
        o.Sessions.RemoveAll(s => !kept.Any(k => k.Id == s.Id));
        foreach (var k in kept)
        {
            var s = k.Id is { } sid ? o.Sessions.FirstOrDefault(x => x.Id == sid) : null;
            if (s is null) o.Sessions.Add(s = new OfferSession());
            s.StartDate = k.StartDate!.Value; s.EndDate = k.EndDate ?? k.StartDate.Value; s.StartTime = k.StartTime; s.EndTime = k.EndTime;
            s.Format = k.Format; s.VenueName = k.VenueName ?? ""; s.Street = k.Street ?? ""; s.Postcode = k.Postcode ?? ""; s.Town = k.Town ?? ""; s.Seats = k.Seats;
        }

        var linker = await linkers.GetAsync(db, ct);
        OfferFormLinks.Apply(o, i.Competencies, linker.Names.Keys.ToHashSet(), clock.GetUtcNow().UtcDateTime);
        // What the provider did not decide is linked from the text, once it changed: a new offer, or words the linker reads.
        if (textBefore is null || !OfferLinkRows.SameText(textBefore, OfferLinkRows.TextOf(o)))
            OfferLinkRows.LinkAutomatically(o, linker);
        return true;
    }

    private async Task<string?> LikelyTwinAsync(int organisationId, int? offerId, CancellationToken ct)
    {
        var key = LikelyDuplicates.KeyOf(Input.Title, Input.KeptSessions.Select(s => (s.StartDate!.Value, s.Town ?? "", s.VenueName ?? "", Enum.Parse<SessionFormat>(s.Format.ToString()))));
        if (key is null) return null;
        var candidates = await db.Offers.AsNoTracking().Where(o => o.ProviderId == organisationId && o.Id != offerId)
            .Select(o => new { o.ExternalId, o.Title, Sessions = o.Sessions.Where(s => !s.IsClosedGroupRun).Select(s => new { s.StartDate, s.Town, s.VenueName, s.Format }).ToList() })
            .ToListAsync(ct);
        return candidates.FirstOrDefault(c => LikelyDuplicates.KeyOf(c.Title, c.Sessions.Select(s => (s.StartDate, s.Town, s.VenueName, Enum.Parse<SessionFormat>(s.Format.ToString())))) == key)?.ExternalId;
    }

    private async Task DescribeCompetenciesAsync(Offer? offer, CancellationToken ct)
    {
        var linker = await linkers.GetAsync(db, ct);
        OfferFormLinks.Describe(Input.Competencies, offer, linker);
        var text = new Domain.Offers.Linking.OfferText(Input.Title ?? "", Input.Summary ?? "", HtmlText.Plain(Input.Content ?? ""), offer?.LearningGoals,
            Input.KeywordList, Input.TargetGroup ?? "", Input.EntryRequirements ?? "", Input.Qualification ?? "", Input.Hours > 0 ? Input.Hours : null);
        OfferFormLinks.Suggest(Input.Competencies, offer, text, linker);
    }
}
