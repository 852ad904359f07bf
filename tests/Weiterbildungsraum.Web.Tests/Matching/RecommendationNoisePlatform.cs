using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Tests.Matching;

/// <summary>
/// The demo region with one competency of Lena's role taught only by three offers of its own: a first step (0 → 1), a second
/// step that starts at level 2 (→ 3), and an in-house-only course (0 → 3). Her manager rated every other competency at its
/// future target and this one at 0, so it is her only gap — for herself and for HR.
/// </summary>
public sealed class RecommendationNoisePlatform() : TestPlatform(demoData: true), IAsyncLifetime
{
    public const string Learner = "lernende@demo.weiterbildungsraum.de";
    public const string Hr = "personal@demo.weiterbildungsraum.de";

    public int PersonId { get; private set; }
    public string RoleKey { get; private set; } = "";
    public string CompetencyKey { get; private set; } = "";
    public IReadOnlyList<(string Key, int Level)> Ratings { get; private set; } = [];
    public int FirstStepId { get; private set; }
    public int SecondStepId { get; private set; }
    public int InhouseOnlyId { get; private set; }

    public async ValueTask InitializeAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var lena = await db.People.Where(p => p.User!.Email == Learner).Select(p => new { p.Id, p.RoleKey }).SingleAsync();
        (PersonId, RoleKey) = (lena.Id, lena.RoleKey!);
        var profile = await db.RoleProfileEntries.Where(e => e.Role.Key == RoleKey)
            .Select(e => new { e.Competency.Key, e.TargetFuture }).Distinct().OrderBy(e => e.Key).ToListAsync();
        CompetencyKey = profile.First(e => e.TargetFuture >= 3).Key;
        Ratings = profile.Select(e => (e.Key, e.Key == CompetencyKey ? 0 : e.TargetFuture)).ToList();

        var version = await db.FrameworkVersions.Select(v => v.Id).MaxAsync();
        foreach (var (key, level) in Ratings)
            db.Assessments.Add(new Assessment
            {
                PersonId = PersonId, CompetencyKey = key, Level = level, Source = RatingSource.Manager, AssessedAt = DateTime.UtcNow, FrameworkVersionId = version,
            });
        await db.OfferCompetencies.Where(c => c.CompetencyKey == CompetencyKey).ExecuteDeleteAsync();
        var provider = await db.Organisations.Where(o => o.Type == OrganisationType.Provider && o.IsApproved).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var today = DateOnly.FromDateTime(LocalTime.FromUtc(DateTime.UtcNow));
        Offer Course(string title, int entry, int exit, params (int Start, OfferFormat Format)[] runs)
        {
            var offer = new Offer
            {
                ProviderId = provider, ExternalId = "E-" + Guid.NewGuid().ToString("N")[..8], Title = title, Content = "<p>Inhalt</p>",
                Hours = 24, Price = 600, IsPublished = true, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                Competencies = [new OfferCompetency { CompetencyKey = CompetencyKey, EntryLevel = entry, ExitLevel = exit }],
                Sessions = runs.Select(r => new OfferSession
                {
                    StartDate = today.AddDays(r.Start), EndDate = today.AddDays(r.Start + 2), Format = r.Format,
                    VenueName = "Schulungszentrum", Street = "Hafenbogen 40", Postcode = "44147", Town = "Dortmund",
                }).ToList(),
            };
            db.Offers.Add(offer);
            return offer;
        }
        var first = Course("Einstiegskurs Prüfthema", 0, 1, (10, OfferFormat.Onsite));
        var second = Course("Aufbaukurs Prüfthema", 2, 3, (5, OfferFormat.Onsite), (30, OfferFormat.Onsite));
        var inhouse = Course("Firmenschulung Prüfthema", 0, 3, (15, OfferFormat.Inhouse), (45, OfferFormat.Inhouse));
        await db.SaveChangesAsync();
        (FirstStepId, SecondStepId, InhouseOnlyId) = (first.Id, second.Id, inhouse.Id);
    }

    /// <summary>The request body of an individual asking with the role and her ratings (as the Kompetenzcheck sends them).</summary>
    public object RoleRequest => new
    {
        roleId = RoleKey, horizon = "future", limit = 100,
        ratings = Ratings.Select(r => new { competencyId = r.Key, level = r.Level }).ToList(),
    };

    public string PageQuery => $"/empfehlungen?Input.Rolle={RoleKey}&Input.Horizont=future&" + string.Join("&", Ratings.Select(r => $"Input.Stufen[{r.Key}]={r.Level}"));
}
