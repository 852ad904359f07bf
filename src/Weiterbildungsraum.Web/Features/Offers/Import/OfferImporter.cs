using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Domain.Offers.Import;
using Weiterbildungsraum.Domain.Text;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers.Linking;

namespace Weiterbildungsraum.Web.Features.Offers.Import;

/// <summary>
/// Bulk import: parse, validate everything, then (unless a dry run or any error) apply all of it in one SaveChanges —
/// one transaction. On request (partial import) offers with errors are left out and the rest is applied; errors of the
/// file itself still stop everything. Upsert by (provider, provider's offer id); an unchanged offer is not touched.
/// Competencies the file names are linked as the file says; the linker links the rest from the offer's text
/// (docs/import-formats.md).
/// </summary>
public sealed class OfferImporter(AppDbContext db, OfferWriter writer, LinkerCache linkers)
{
    public const int DefaultEntryLevel = 0, DefaultExitLevel = 2;

    public async Task<ImportReport> RunAsync(ImportRequest request, CancellationToken ct = default)
    {
        var parsed = ImportFormats.Parse(request.FileName, request.Content);
        OfferRecordValidator.Validate(parsed);
        var contents = parsed.Offers.ToDictionary(o => o, o => Sanitized(o, parsed));
        var providers = await ResolveProvidersAsync(parsed, request, ct);
        var linker = await linkers.GetAsync(db, ct);
        var claims = ImportedClaims.Resolve(parsed, linker);

        var providerIds = providers.Values.Where(p => p.Id != 0).Select(p => p.Id).Distinct().ToList();
        var existing = await db.Offers.Include(o => o.Sessions.Where(s => !s.IsClosedGroupRun)).Include(o => o.Competencies)
            .Include(o => o.RemovedCompetencies).AsSplitQuery()
            .Where(o => providerIds.Contains(o.ProviderId)).ToListAsync(ct);
        var byKey = existing.ToDictionary(o => (o.ProviderId, o.ExternalId));
        var existingByProvider = existing.GroupBy(o => o.ProviderId).ToDictionary(g => g.Key, g => g.ToList());
        // Duplicate keys of existing offers, worked out once each (a large catalogue compares every new offer with all of them);
        // an offer this import changes is worked out again.
        var duplicateKeys = new Dictionary<Offer, LikelyDuplicates.Key?>();

        var refused = request.Partial ? parsed.Refused.ToHashSet() : [];
        var planned = new List<(OfferRecord Record, Offer Candidate, Offer? Current, bool Relink)>();
        foreach (var record in parsed.Offers.Where(r => providers.ContainsKey(r) && !refused.Contains(r)))
        {
            byKey.TryGetValue((providers[record].Id, record.ExternalId), out var current);
            var candidate = OfferImportMapping.ToOffer(record, contents[record], claims[record].LearningGoals);
            var relink = current is null || !OfferLinkRows.SameText(OfferLinkRows.TextOf(candidate), OfferLinkRows.TextOf(current));
            planned.Add((record, candidate, current, relink));
        }
        var found = OfferLinkRows.LinkAll(planned.Where(p => p.Relink).Select(p => (p.Record, OfferLinkRows.TextOf(p.Candidate))), linker, ct);

        var changed = new List<Offer>();
        int created = 0, updated = 0, unchanged = 0, unpublished = 0;
        var seen = new HashSet<Offer>();
        // A stored offer whose new version is left out for its errors stays as it is: it is not missing from the file.
        foreach (var record in parsed.Offers.Where(r => refused.Contains(r) && providers.ContainsKey(r)))
            if (byKey.TryGetValue((providers[record].Id, record.ExternalId), out var kept)) seen.Add(kept);
        foreach (var (record, candidate, current, relink) in planned)
        {
            var provider = providers[record];
            var fileLinks = claims[record].Links;
            if (current is null)
            {
                WarnLikelyDuplicate(parsed, record, existingByProvider.GetValueOrDefault(provider.Id) ?? [], duplicateKeys);
                OfferLinkRows.Write(candidate, OfferLinks.WithFileLinks([], fileLinks ?? [], new HashSet<string>()));
                OfferLinkRows.LinkAutomatically(candidate, linker, found[record]);
                NoteAutomatic(parsed, record, [], candidate, linker);
                candidate.Provider = provider;
                db.Offers.Add(candidate);
                changed.Add(candidate);
                created++;
                continue;
            }
            seen.Add(current);
            var before = OfferLinkRows.Read(current);
            var removed = OfferLinkRows.Removed(current);
            var links = fileLinks is null ? before : OfferLinks.WithFileLinks(before, fileLinks, removed);
            if (relink) links = OfferLinks.WithAutomatic(links, found[record], removed);
            if (OfferImportMapping.SameContent(candidate, current) && OfferLinks.Same(before, links)) { unchanged++; continue; }
            OfferImportMapping.CopyTo(candidate, current);
            OfferLinkRows.Write(current, links);
            if (relink) current.LinkedModelVersionId = linker.VersionId;
            NoteAutomatic(parsed, record, before, current, linker);
            duplicateKeys.Remove(current);
            changed.Add(current);
            updated++;
        }
        var withdraw = existing.Where(o => o.IsPublished && parsed.Withdrawn.Contains(o.ExternalId)).ToList();
        foreach (var id in parsed.Withdrawn.Where(id => existing.All(o => o.ExternalId != id)))
            parsed.Notice("", "DELETE", $"Das zu löschende Angebot „{id}“ gibt es nicht; nichts zu tun.");
        if (request.UnpublishMissing)
        {
            if (parsed.Kind == CatalogueKind.Update)
                parsed.Notice("", "--unpublish-missing", "Eine Änderungsdatei (UPDATE_CATALOG) enthält nicht den ganzen Katalog; fehlende Angebote bleiben veröffentlicht.");
            else withdraw.AddRange(existing.Where(o => o.IsPublished && !seen.Contains(o) && !withdraw.Contains(o)));
        }
        foreach (var offer in withdraw)
        {
            offer.IsPublished = false;
            if (!changed.Contains(offer)) changed.Add(offer);
            unpublished++;
        }

        var newProviders = parsed.Offers.Where(r => providers.ContainsKey(r) && !refused.Contains(r)).Select(r => providers[r])
            .Where(p => p.Id == 0).Distinct().Select(p => p.Name).ToList();
        var faulty = parsed.Refused;
        var blocked = parsed.HasErrors && (!request.Partial || parsed.HasFileErrors || parsed.Offers.All(refused.Contains) && withdraw.Count == 0);
        var apply = !request.DryRun && !blocked;
        if (apply && changed.Count > 0) await writer.SaveAsync(changed, ct);
        else db.ChangeTracker.Clear();
        return new ImportReport(parsed.File, parsed.Format, request.DryRun, apply, parsed.Offers.Count, created, updated, unchanged, unpublished,
            newProviders, [.. parsed.Problems.OrderBy(p => p.Severity)], blocked, request.Partial,
            request.Partial ? [.. faulty.Select(o => Skipped(o, parsed))] : [], parsed.Offers.Count - faulty.Count(parsed.Offers.Contains));
    }

    private static SkippedOffer Skipped(OfferRecord offer, ParsedCatalogue parsed) =>
        new(offer.Location, offer.ExternalId, offer.Title,
            [.. parsed.Problems.Where(p => p.Severity == ProblemSeverity.Error && p.Offer == offer).Select(p => Reason(p, offer))]);

    /// <summary>"Zeile 5, Beginn: „30.02.2027“ ist kein gültiges Datum …", without repeating the offer's own place.</summary>
    private static string Reason(ImportProblem problem, OfferRecord offer)
    {
        var where = string.Join(", ", new[] { problem.Location == offer.Location ? "" : problem.Location, problem.Field }.Where(t => t.Length > 0));
        return where.Length > 0 ? $"{where}: {problem.Message}" : problem.Message;
    }

    private static string Sanitized(OfferRecord record, ParsedCatalogue parsed)
    {
        var clean = OfferHtml.Sanitize(record.Content, out var removed);
        if (removed) parsed.Warning(record.Location, "Beschreibung", "Unzulässige Inhalte (z. B. Skripte, Ereignis-Attribute, javascript:-Links) wurden entfernt.");
        return clean;
    }

    private async Task<Dictionary<OfferRecord, Organisation>> ResolveProvidersAsync(ParsedCatalogue parsed, ImportRequest request, CancellationToken ct)
    {
        var result = new Dictionary<OfferRecord, Organisation>();
        if (request.ProviderId is { } fixedId)
        {
            var provider = await db.Organisations.SingleAsync(o => o.Id == fixedId, ct);
            foreach (var o in parsed.Offers) result[o] = provider;
            return result;
        }
        var known = await db.Organisations.Where(o => o.Type == OrganisationType.Provider).ToListAsync(ct);
        var planned = new Dictionary<string, Organisation>(StringComparer.Ordinal);
        foreach (var o in parsed.Offers)
        {
            var supplier = o.Supplier ?? parsed.Supplier;
            if (supplier is null || supplier.Name.Length == 0 && supplier.Id.Length == 0)
            {
                parsed.Error(o.Location, "Anbieter", "Die Datei nennt keinen Anbieter. Bitte --provider SCHLÜSSEL angeben.", o);
                continue;
            }
            var match = known.FirstOrDefault(k => k.Key is not null && k.Key == supplier.Id)
                ?? known.FirstOrDefault(k => GermanText.Fold(k.Name) == GermanText.Fold(supplier.Name));
            if (match is null && request.CreateProviders)
            {
                var key = supplier.Id.Length > 0 ? supplier.Id : supplier.Name;
                if (!planned.TryGetValue(key, out match))
                    planned[key] = match = new Organisation
                    {
                        Key = supplier.Id.Length > 0 ? supplier.Id : null, Name = supplier.Name.Length > 0 ? supplier.Name : supplier.Id,
                        Type = OrganisationType.Provider, Street = supplier.Street, Postcode = supplier.Postcode, Town = supplier.Town,
                        Email = NullIfEmpty(supplier.Email), Phone = NullIfEmpty(supplier.Phone), Website = NullIfEmpty(supplier.Website),
                        IsApproved = false, CreatedAt = DateTime.UtcNow,
                    };
            }
            if (match is null) parsed.Error(o.Location, "Anbieter", $"Der Anbieter „{supplier.Name}“ ({supplier.Id}) ist unbekannt. Mit --create-providers anlegen oder --provider SCHLÜSSEL angeben.", o);
            else result[o] = match;
        }
        return result;
    }

    /// <summary>A notice per offer that names what the linker added, with its first piece of evidence.</summary>
    private static void NoteAutomatic(ParsedCatalogue parsed, OfferRecord record, IReadOnlyList<OfferLink> before, Offer offer, CurrentLinker linker)
    {
        var added = offer.Competencies.Where(c => c.Source == LinkSource.Automatic
            && !before.Any(b => b.Key == c.CompetencyKey && b.Source == LinkSource.Automatic)).ToList();
        if (added.Count == 0) return;
        parsed.Notice(record.Location, "Kompetenzen", "Automatisch zugeordnet (bitte im Anbieterbereich unter „Kompetenz-Zuordnungen“ prüfen): "
            + string.Join("; ", added.Select(c => $"„{linker.NameOf(c.CompetencyKey)}“{(c.Evidence.Count > 0 ? $" ({c.Evidence[0]})" : "")}")) + ".");
    }

    private static void WarnLikelyDuplicate(ParsedCatalogue parsed, OfferRecord record, List<Offer> others, Dictionary<Offer, LikelyDuplicates.Key?> keys)
    {
        if (others.Count == 0 || LikelyDuplicates.KeyOf(record) is not { } key) return;
        LikelyDuplicates.Key? KeyOf(Offer o)
        {
            if (!keys.TryGetValue(o, out var k))
                keys[o] = k = LikelyDuplicates.KeyOf(o.Title, o.Sessions.Select(s => (s.StartDate, s.Town, s.VenueName, Enum.Parse<SessionFormat>(s.Format.ToString()))));
            return k;
        }
        var twin = others.FirstOrDefault(o => KeyOf(o) == key);
        if (twin is not null)
            parsed.Warning(record.Location, "Titel", $"Wahrscheinlich doppelt: Ihr Angebot „{twin.ExternalId}“ hat denselben Titel, Starttermin und Ort.");
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
