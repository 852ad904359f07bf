using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Demand;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Tests.Demand;

public sealed record Employee(int Id, string Name, int OrganisationId);

public sealed record ProviderSide(string Email, int OrganisationId, int OfferId);

/// <summary>
/// The people of a Verbund: the demo company (its HR account shares needs through the form) and a nearby company whose
/// needs are put in directly; the demo provider and further providers, each with an offer that leads to the target level.
/// </summary>
public sealed class CohortScenario
{
    public const int Level = 3;
    public required string Competency { get; init; }
    public required string HrEmail { get; init; }
    public required int HrOrganisation { get; init; }
    public required IReadOnlyList<Employee> Own { get; init; }
    public required IReadOnlyList<Employee> Other { get; init; }
    public required IReadOnlyList<ProviderSide> Providers { get; init; }
    public IEnumerable<Employee> Everyone => Own.Concat(Other);

    public static async Task<CohortScenario> CreateAsync(TestPlatform platform, int others, int extraProviders)
    {
        var hrEmail = DemoSeeder.DemoUsers.Single(u => u.Role == Roles.CompanyHR).Email;
        var providerEmail = DemoSeeder.DemoUsers.Single(u => u.Role == Roles.Provider).Email;
        var (competency, hrOrg, own, other, demoProvider) = await platform.WithDbAsync(async db =>
        {
            var versionId = await CurrentModel.VersionIdAsync(db);
            var competency = await db.Competencies.Where(c => c.VersionId == versionId).OrderBy(c => c.Key).Select(c => c.Key).FirstAsync();
            var hrOrg = await db.Memberships.Where(m => m.User.Email == hrEmail).Select(m => m.OrganisationId).SingleAsync();
            var own = await db.People.Where(p => p.OrganisationId == hrOrg && p.Key != null).OrderBy(p => p.Id).Take(2)
                .Select(p => new Employee(p.Id, p.FirstName + " " + p.LastName, hrOrg)).ToListAsync();
            var otherOrg = await db.Organisations.Where(o => o.Type == OrganisationType.Company && o.Id != hrOrg && (o.Town == "Bergkamen" || o.Town == "Unna"))
                .OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
            var other = await db.People.Where(p => p.OrganisationId == otherOrg && p.Key != null).OrderBy(p => p.Id).Take(others)
                .Select(p => new Employee(p.Id, p.FirstName + " " + p.LastName, otherOrg)).ToListAsync();
            var demoProvider = await db.Memberships.Where(m => m.User.Email == providerEmail).Select(m => m.OrganisationId).SingleAsync();
            return (competency, hrOrg, own, other, demoProvider);
        });
        var providers = new List<ProviderSide> { new(providerEmail, demoProvider, await AddOfferAsync(platform, demoProvider, competency)) };
        for (var i = 0; i < extraProviders; i++)
        {
            var staff = await Weiterbildungsraum.Web.Tests.Offers.Providers.CreateAsync(platform, $"Verbundakademie {i + 1}");
            await platform.WithDbAsync(db => db.Organisations.Where(o => o.Id == staff.OrganisationId)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Email, $"kurse{i + 1}@verbundakademie.example")));
            providers.Add(new(staff.Email, staff.OrganisationId, await AddOfferAsync(platform, staff.OrganisationId, competency)));
        }
        await platform.WithDbAsync(async db =>
        {
            foreach (var p in other)
                db.SharedNeeds.Add(new SharedNeed { PersonId = p.Id, CompetencyKey = competency, TargetLevel = Level, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        return new CohortScenario { Competency = competency, HrEmail = hrEmail, HrOrganisation = hrOrg, Own = own, Other = other, Providers = providers };
    }

    private static Task<int> AddOfferAsync(TestPlatform platform, int providerId, string competency) => platform.WithDbAsync(async db =>
    {
        var offer = new Offer
        {
            ProviderId = providerId, ExternalId = "V-" + Guid.NewGuid().ToString("N")[..8], Title = $"Verbundkurs {providerId}", Content = "<p>Inhalt</p>",
            Hours = 40, Price = 900, IsPublished = true, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            Competencies = [new OfferCompetency { CompetencyKey = competency, EntryLevel = 1, ExitLevel = 4 }],
        };
        db.Offers.Add(offer);
        await db.SaveChangesAsync();
        return offer.Id;
    });

    /// <summary>The demo company shares its two employees' needs through the form.</summary>
    public async Task<HttpClient> ShareOwnNeedsAsync(TestPlatform platform)
    {
        var hr = await platform.ClientAsAsync(HrEmail);
        foreach (var person in Own)
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await hr.SubmitAsync("/unternehmen/verbund", new Dictionary<string, string>
            {
                ["Input.PersonId"] = $"{person.Id}", ["Input.CompetencyKey"] = Competency, ["Input.TargetLevel"] = $"{Level}",
            })).StatusCode);
        return hr;
    }

    /// <summary>Forms the proposals and returns the one group of this competency.</summary>
    public async Task<int> ProposeAsync(TestPlatform platform, HttpClient coordinator, int minSize = 3)
    {
        var response = await coordinator.SubmitAsync("/koordination/verbuende", new Dictionary<string, string>
        {
            ["Rules.RadiusKm"] = "40", ["Rules.MinSize"] = $"{minSize}", ["Rules.MaxSize"] = "12", ["Rules.MinWindowDays"] = "5",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return await platform.WithDbAsync(db => db.Cohorts.Where(c => c.CompetencyKey == Competency && c.Status != Domain.Demand.CohortStatus.Rejected)
            .OrderByDescending(c => c.Id).Select(c => c.Id).FirstAsync());
    }

    /// <summary>Posts a page's form with repeated fields (several ticked boxes), keeping its hidden fields and antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, IEnumerable<(string Name, string Value)> values, string formSelector = "main form")
    {
        var document = await client.GetDocumentAsync(url);
        var form = document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"Kein Formular „{formSelector}“ auf {url}.");
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden][name]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        var posted = values.ToList();
        fields.RemoveAll(f => posted.Any(p => p.Name == f.Key));
        fields.AddRange(posted.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)));
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? url : form.GetAttribute("action")!;
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static async Task<string> MainTextAsync(HttpClient client, string url) => (await client.GetDocumentAsync(url)).QuerySelector("main")!.TextContent;

    public static void NoNames(string text, IEnumerable<Employee> people)
    {
        foreach (var p in people) Assert.DoesNotContain(p.Name, text);
    }
}
