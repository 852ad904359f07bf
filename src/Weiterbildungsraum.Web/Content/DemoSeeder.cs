using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Features.Network;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Content;

/// <summary>
/// Loads the fictional demo region. Adds what is new in the files by key and never changes what exists, so restarts
/// keep every edit users made; each item is created once (<see cref="SeededItem"/>), so what users deleted stays deleted.
/// Dates are relative to the day of loading.
/// </summary>
public sealed class DemoSeeder(AppDbContext db, UserManager<AppUser> users)
{
    private readonly HashSet<(string Kind, string Key)> seeded = [];
    private bool recordsPredateThisDatabase;
    private DateTime seededAt;

    public const string DemoPassword = "Demo-Passwort-2026!";

    public static readonly IReadOnlyList<(string Email, string Name, string Role)> DemoUsers =
    [
        ("lernende@demo.weiterbildungsraum.de", "Lena Lernwerk", Roles.Learner),
        ("personal@demo.weiterbildungsraum.de", "Paul Personal", Roles.CompanyHR),
        ("anbieter@demo.weiterbildungsraum.de", "Anja Anbieter", Roles.Provider),
        ("koordination@demo.weiterbildungsraum.de", "Konrad Koordination", Roles.Coordinator),
        ("admin@demo.weiterbildungsraum.de", "Ada Admin", Roles.Admin),
    ];

    public async Task SeedAsync(DemoContent demo, int frameworkVersionId, DateTime now, CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(now);
        seededAt = now;
        var organisations = await db.Organisations.Where(o => o.Key != null).ToDictionaryAsync(o => o.Key!, ct);
        foreach (var item in await db.SeededItems.Select(s => new { s.Kind, s.Key }).ToListAsync(ct))
            seeded.Add((item.Kind, item.Key));
        // A database seeded before items were recorded has demo organisations but no records.
        recordsPredateThisDatabase = seeded.Count == 0 && organisations.Count > 0;

        // The fictional actors and providers have opted in to public profiles, so that the directory is not empty.
        foreach (var a in demo.Actors)
        {
            if (!FirstTime(SeededKinds.Organisation, a.Key, exists: organisations.ContainsKey(a.Key))) continue;
            organisations[a.Key] = Add(new Organisation
            {
                Key = a.Key, Name = a.Name, Type = DemoRules.ActorType(a.Type)!.Value, Town = a.Town, Postcode = a.Postcode ?? "",
                Street = a.Street ?? "", Website = a.Website, Email = a.Email, Phone = a.Phone, Description = a.Description ?? "",
                IsApproved = true, IsPublicProfile = true, CreatedAt = now,
            }, a.Contacts, now);
        }
        foreach (var p in demo.Providers)
        {
            if (!FirstTime(SeededKinds.Organisation, p.Key, exists: organisations.ContainsKey(p.Key))) continue;
            organisations[p.Key] = Add(new Organisation
            {
                Key = p.Key, Name = p.Name, Type = OrganisationType.Provider, Town = p.Town, Postcode = p.Postcode ?? "",
                Street = p.Street ?? "", Website = p.Website, Email = p.Email, Phone = p.Phone, Description = p.Description ?? "",
                AzavCertifier = p.Azav?.Certifier, AzavNumber = p.Azav?.Number,
                AzavValidUntil = p.Azav is null ? null : today.AddDays(p.Azav.ValidForDays),
                IsApproved = true, IsPublicProfile = true, CreatedAt = now,
            }, p.Contacts, now);
        }
        foreach (var c in demo.Companies)
        {
            if (!FirstTime(SeededKinds.Organisation, c.Key, exists: organisations.ContainsKey(c.Key))) continue;
            organisations[c.Key] = Add(new Organisation
            {
                Key = c.Key, Name = c.Name, Type = OrganisationType.Company, Town = c.Town, Postcode = c.Postcode ?? "",
                Street = c.Street ?? "", EmployeeCount = c.EmployeeCount, Sector = c.Sector, Description = c.Description ?? "",
                IsApproved = true, IsPublicProfile = false, CreatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);

        await SeedOffersAsync(demo, organisations, now, today, ct);
        await SeedPeopleAsync(demo, organisations, frameworkVersionId, now, ct);
        await SeedEventsAsync(demo, organisations, now, ct);
        await SeedUsersAsync(demo, organisations, now);
    }

    /// <summary>
    /// Whether to create the item now: only the first time the seeder meets it. An item that exists already
    /// (loaded before records were kept) is recorded without being touched.
    /// </summary>
    private bool FirstTime(string kind, string key, bool exists)
    {
        if (!seeded.Add((kind, key))) return false;
        db.SeededItems.Add(new SeededItem { Kind = kind, Key = key, SeededAt = seededAt });
        return !exists;
    }

    private Organisation Add(Organisation organisation, List<ContactFile>? contacts = null, DateTime? now = null)
    {
        db.Organisations.Add(organisation);
        foreach (var c in contacts ?? [])
            db.ContactPersons.Add(new ContactPerson
            {
                Organisation = organisation, Name = c.Name, Function = c.Function ?? "", Email = c.Email, Phone = c.Phone,
                IsPublic = c.Public, ConsentAt = c.Public ? now : null, CreatedAt = now ?? organisation.CreatedAt,
            });
        return organisation;
    }

    private async Task SeedOffersAsync(DemoContent demo, Dictionary<string, Organisation> organisations, DateTime now, DateOnly today, CancellationToken ct)
    {
        var existing = (await db.Offers.Select(o => new { o.ProviderId, o.ExternalId }).ToListAsync(ct))
            .Select(o => (o.ProviderId, o.ExternalId)).ToHashSet();
        foreach (var o in demo.Offers)
        {
            if (!organisations.TryGetValue(o.Provider, out var provider)) continue;
            if (!FirstTime(SeededKinds.Offer, $"{o.Provider}/{o.Key}", exists: existing.Contains((provider.Id, o.Key)))) continue;
            var offer = new Offer
            {
                Provider = provider, ExternalId = o.Key, Title = o.Title, Summary = o.Summary ?? "",
                Content = ParagraphsToHtml(o.Content), TargetGroup = o.TargetGroup ?? "", EntryRequirements = o.EntryRequirements ?? "",
                Qualification = o.Qualification ?? "", ExaminingBody = o.ExaminingBody ?? "", LeadsToQualification = o.LeadsToQualification,
                Hours = o.Hours, Price = o.Price,
                PriceRemark = o.PriceRemark ?? "", FundingNotes = o.FundingNotes ?? "", Azav = o.Azav,
                BildungsgutscheinApproved = o.Azav && (o.FundingNotes ?? "").Contains("Bildungsgutschein", StringComparison.OrdinalIgnoreCase),
                Language = o.Language ?? "de", TimeModel = DemoRules.ParseTimeModel(o.TimeModel)!.Value,
                MinParticipants = o.MinParticipants, MaxParticipants = o.MaxParticipants,
                ContactName = o.ContactName ?? "", ContactEmail = o.ContactEmail ?? "", ContactPhone = o.ContactPhone ?? "",
                IsPublished = true, CreatedAt = now, UpdatedAt = now,
            };
            offer.Competencies.AddRange(o.Competencies.Select(c => new OfferCompetency { CompetencyKey = c.Competency, EntryLevel = c.EntryLevel, ExitLevel = c.ExitLevel }));
            offer.Sessions.AddRange(o.Sessions.Select(s => new OfferSession
            {
                StartDate = today.AddDays(s.StartInDays),
                EndDate = today.AddDays(s.StartInDays + s.DurationDays - 1),
                StartTime = DemoRules.ParseTime(s.StartTime), EndTime = DemoRules.ParseTime(s.EndTime),
                Format = DemoRules.ParseFormat(s.Format)!.Value,
                VenueName = s.Venue?.Name ?? "", Street = s.Venue?.Street ?? "", Postcode = s.Venue?.Postcode ?? "", Town = s.Venue?.Town ?? "",
                Seats = s.Seats,
            }));
            db.Offers.Add(offer);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedPeopleAsync(DemoContent demo, Dictionary<string, Organisation> organisations, int versionId, DateTime now, CancellationToken ct)
    {
        var existing = await db.People.Where(p => p.Key != null).Select(p => p.Key!).ToListAsync(ct);
        var known = existing.ToHashSet(StringComparer.Ordinal);
        foreach (var company in demo.Companies)
            foreach (var e in company.Employees)
            {
                if (!organisations.TryGetValue(company.Key, out var employer)) continue;
                if (!FirstTime(SeededKinds.Person, e.Key, exists: known.Contains(e.Key))) continue;
                var person = new Person
                {
                    Key = e.Key, FirstName = e.FirstName, LastName = e.LastName, BirthYear = e.BirthYear,
                    Organisation = employer, RoleKey = e.Role, SharesSelfAssessments = true, CreatedAt = now,
                };
                db.People.Add(person);
                var ratedAt = now.AddDays(-e.RatedDaysAgo);
                var check = new CompetencyCheck { Person = person, RoleKey = e.Role, FrameworkVersionId = versionId, StartedAt = ratedAt, CompletedAt = ratedAt };
                db.CompetencyChecks.Add(check);
                foreach (var (key, level) in e.SelfRatings ?? [])
                    db.Assessments.Add(new Assessment { Person = person, Check = check, CompetencyKey = key, FrameworkVersionId = versionId, Level = level, Source = RatingSource.Self, AssessedAt = ratedAt });
                foreach (var (key, level) in e.ManagerRatings ?? [])
                    db.Assessments.Add(new Assessment { Person = person, CompetencyKey = key, FrameworkVersionId = versionId, Level = level, Source = RatingSource.Manager, AssessedAt = ratedAt.AddDays(2) });
            }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedEventsAsync(DemoContent demo, Dictionary<string, Organisation> organisations, DateTime now, CancellationToken ct)
    {
        var known = (await db.Events.Where(e => e.Key != null).Select(e => e.Key!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var day = DateOnly.FromDateTime(now).AddDays(0);
        foreach (var e in demo.Events)
        {
            if (!FirstTime(SeededKinds.Event, e.Key, exists: known.Contains(e.Key))) continue;
            var date = day.AddDays(e.StartInDays);
            var start = date.ToDateTime(DemoRules.ParseTime(e.StartTime) ?? new TimeOnly(10, 0));
            var end = date.ToDateTime(DemoRules.ParseTime(e.EndTime) ?? TimeOnly.FromDateTime(start).AddHours(2));
            var mode = DemoRules.RegistrationModeOf(e)!.Value;
            var startsAt = LocalTime.ToUtc(start);
            db.Events.Add(new NetworkEvent
            {
                Key = e.Key, Title = e.Title, StartsAt = startsAt, EndsAt = LocalTime.ToUtc(end), IsOnline = e.Online,
                Place = e.Place ?? (e.Online ? "Online" : ""), OnlineUrl = e.OnlineUrl, Organiser = e.Organiser is null ? null : organisations.GetValueOrDefault(e.Organiser),
                Description = e.Description ?? "", Registration = mode,
                RegistrationUrl = mode == EventRegistrationMode.External ? e.RegistrationUrl : null, Capacity = e.Capacity,
                RegistrationDeadline = e.DeadlineDaysBefore is { } days ? LocalTime.ToUtc(date.AddDays(-days).ToDateTime(new TimeOnly(23, 59))) : null,
                Report = e.Report, UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedUsersAsync(DemoContent demo, Dictionary<string, Organisation> organisations, DateTime now)
    {
        var company = demo.Companies.Count > 0 ? organisations.GetValueOrDefault(demo.Companies[0].Key) : null;
        var provider = demo.Providers.Count > 0 ? organisations.GetValueOrDefault(demo.Providers[0].Key) : null;
        var agencyKey = demo.Actors.FirstOrDefault(a => a.Type == nameof(OrganisationType.RegionalAgency))?.Key ?? demo.Actors.FirstOrDefault()?.Key;
        var agency = agencyKey is null ? null : organisations.GetValueOrDefault(agencyKey);
        foreach (var (email, name, role) in DemoUsers)
        {
            // The demo accounts were always created with the first demo organisations: in a database from before the
            // records, a missing one was deleted by its user.
            var exists = await users.FindByEmailAsync(email) is not null || recordsPredateThisDatabase;
            if (!FirstTime(SeededKinds.User, email, exists)) continue;
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = now };
            var result = await users.CreateAsync(user, DemoPassword);
            if (!result.Succeeded) throw new InvalidOperationException($"Demo-Nutzer {email}: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, role);
            var (organisation, kind) = role switch
            {
                Roles.Learner => (company, MembershipKind.Employee),
                Roles.CompanyHR => (company, MembershipKind.HR),
                Roles.Provider => (provider, MembershipKind.ProviderStaff),
                Roles.Coordinator => (agency, MembershipKind.Staff),
                _ => (null, MembershipKind.Staff),
            };
            if (organisation is not null)
                db.Memberships.Add(new Membership { Organisation = organisation, UserId = user.Id, Kind = kind, CreatedAt = now });
            // The coordination is listed at its agency, but it is up to her to agree to the public listing.
            if (role == Roles.Coordinator && agency is not null)
                db.ContactPersons.Add(new ContactPerson
                {
                    Organisation = agency, UserId = user.Id, Name = name, Function = "Netzwerk-Koordination Weiterbildung", Email = email,
                    IsPublic = false, CreatedAt = now,
                });
            if (role == Roles.Learner)
            {
                var first = demo.Companies.FirstOrDefault()?.Employees.FirstOrDefault();
                db.People.Add(new Person
                {
                    UserId = user.Id, FirstName = "Lena", LastName = "Lernwerk", Organisation = organisation,
                    RoleKey = first?.Role, SharesSelfAssessments = false, CreatedAt = now,
                });
            }
        }
        await db.SaveChangesAsync();
    }

    private static string ParagraphsToHtml(string? text) =>
        string.Concat((text ?? "").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>"));
}
