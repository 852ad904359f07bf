using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Matching;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Bench;

/// <summary>
/// A catalogue for the training plan benchmark: the search benchmark's generated offers (titles, texts, hours, prices, runs
/// across the region's towns) stored as offers of approved providers, each teaching its competencies from a random entry level.
/// </summary>
public static class TrainingPlanData
{
    public static async Task SeedOffersAsync(AppDbContext db, ModelContent model, int count, DateOnly today)
    {
        var random = new Random(10_000);
        var now = DateTime.UtcNow;
        var entries = OfferGenerator.Generate(model, count, sessionsPerOffer: 3, seed: 2027, today).ToList();
        var providers = entries.Select(e => (e.Facts.ProviderId, e.Facts.ProviderName)).Distinct()
            .ToDictionary(p => p.ProviderId, p => new Organisation { Name = p.ProviderName, Type = OrganisationType.Provider, IsApproved = true, CreatedAt = now });
        db.Organisations.AddRange(providers.Values);
        await db.SaveChangesAsync();
        var batch = 0;
        foreach (var entry in entries)
        {
            var f = entry.Facts;
            db.Offers.Add(new Offer
            {
                ProviderId = providers[f.ProviderId].Id, ExternalId = $"BENCH-{f.Id}", Title = f.Title, Summary = entry.Summary, Content = entry.Content,
                TargetGroup = entry.TargetGroup, Qualification = entry.Qualification, Hours = f.Hours, Price = f.Price, Azav = f.Azav,
                TimeModel = f.TimeModel, IsPublished = true, LeadsToQualification = f.Hours >= 600 && random.Next(3) == 0,
                CreatedAt = now, UpdatedAt = now,
                Sessions = f.Sessions.Select(s => new OfferSession
                {
                    StartDate = s.Start, EndDate = s.End, Format = s.Format, Town = s.Town, Postcode = s.Postcode,
                    VenueName = s.Town.Length > 0 ? "Schulungszentrum" : "", Street = s.Town.Length > 0 ? "Hauptstraße 1" : "",
                }).ToList(),
                Competencies = f.Competencies.Select(c =>
                {
                    var entryLevel = random.Next(0, 3);
                    return new OfferCompetency { CompetencyKey = c.Key, EntryLevel = entryLevel, ExitLevel = random.Next(entryLevel + 1, 5) };
                }).ToList(),
            });
            if (++batch % 1000 == 0)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }

    /// <summary>A plan of the year with <paramref name="itemsPerPerson"/> booked runs per employee, as HR would have built it.</summary>
    public static async Task SeedPlanAsync(AppDbContext db, int organisationId, int year, int itemsPerPerson)
    {
        var random = new Random(2026);
        var people = await db.People.Where(p => p.OrganisationId == organisationId).Select(p => p.Id).ToListAsync();
        var sessions = await db.OfferSessions.OrderBy(s => s.Id).Select(s => new { s.Id, s.OfferId, s.Offer.Price, Key = s.Offer.Competencies.Select(c => c.CompetencyKey).First() })
            .Take(5_000).ToListAsync();
        var plan = new TrainingPlan { OrganisationId = organisationId, Name = $"Weiterbildungsplan {year}", Year = year, CreatedAt = DateTime.UtcNow };
        foreach (var person in people)
            for (var i = 0; i < itemsPerPerson; i++)
            {
                var s = sessions[random.Next(sessions.Count)];
                plan.Items.Add(new TrainingPlanItem
                {
                    PersonId = person, OfferId = s.OfferId, SessionId = s.Id, CompetencyKey = s.Key, FromLevel = 1, ToLevel = 2,
                    Status = (PlanItemStatus)random.Next(4), Cost = s.Price, CostAfterFunding = s.Price / 2, UpdatedAt = DateTime.UtcNow,
                });
            }
        db.TrainingPlans.Add(plan);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
