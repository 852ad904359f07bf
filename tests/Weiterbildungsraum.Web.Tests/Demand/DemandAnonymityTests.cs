using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Assessments;

namespace Weiterbildungsraum.Web.Tests.Demand;

/// <summary>Differencing two overlapping queries through the API reveals nobody (own region without demo people).</summary>
public sealed class DemandAnonymityTests : IAsyncLifetime
{
    private readonly TestPlatform platform = new(demoData: false, new Dictionary<string, string> { ["Demand:CacheSeconds"] = "0" });
    private HttpClient client = null!;
    private (string Family, string RoleA, string RoleB, string Competency) model;

    public async ValueTask InitializeAsync()
    {
        using (var scope = platform.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = "radar@test.example", Email = "radar@test.example", EmailConfirmed = true, DisplayName = "Radar" };
            Assert.True((await users.CreateAsync(user, "Radar-Passwort-1")).Succeeded);
            await users.AddToRoleAsync(user, Roles.Coordinator);
        }
        // Two roles of one family that both need the same competency.
        model = await platform.WithDbAsync(async db =>
        {
            var entries = await db.RoleProfileEntries.Where(e => e.TargetNow >= 2)
                .Select(e => new { Family = e.Role.Family.Key, Role = e.Role.Key, Competency = e.Competency.Key }).ToListAsync();
            var pair = entries.GroupBy(e => (e.Family, e.Competency)).First(g => g.Select(e => e.Role).Distinct().Count() >= 2);
            var roles = pair.Select(e => e.Role).Distinct().Order().ToList();
            return (pair.Key.Family, roles[0], roles[1], pair.Key.Competency);
        });
        client = await platform.ClientAsAsync("radar@test.example", "Radar-Passwort-1");
    }

    private Task SeedAsync(params (string Town, string Role, int Organisation)[] people) => platform.WithDbAsync(async db =>
    {
        var organisations = new Dictionary<int, Organisation>();
        var versionId = await db.FrameworkVersions.Select(v => v.Id).FirstAsync();
        foreach (var (town, role, org) in people)
        {
            if (!organisations.TryGetValue(org, out var organisation))
                db.Organisations.Add(organisations[org] = organisation = new Organisation { Name = $"Firma {org} {Guid.NewGuid():N}", Town = town, Type = OrganisationType.Company, CreatedAt = DateTime.UtcNow });
            var person = new Person { FirstName = "Test", LastName = "Person", Organisation = organisation, RoleKey = role, CreatedAt = DateTime.UtcNow };
            db.People.Add(person);
            db.Assessments.Add(new Assessment { Person = person, CompetencyKey = model.Competency, FrameworkVersionId = versionId, Level = 0, Source = RatingSource.Manager, AssessedAt = DateTime.UtcNow.AddDays(-3) });
        }
        await db.SaveChangesAsync();
    });

    private async Task<JsonElement> CellAsync(string query)
    {
        var response = await client.GetFromJsonAsync<JsonElement>($"/api/v1/demand?{query}", TestContext.Current.CancellationToken);
        return response.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("competencyId").GetString() == model.Competency);
    }

    private static int? Persons(JsonElement cell) => cell.GetProperty("suppressed").GetBoolean() ? null : cell.GetProperty("persons").GetInt32();

    [Fact]
    public async Task All_towns_minus_Unna_reveals_nobody()
    {
        await SeedAsync([.. Enumerable.Range(0, 6).Select(i => ("Dortmund", model.RoleA, 1 + i % 3)), ("Unna", model.RoleA, 4)]);
        var all = Persons(await CellAsync("horizon=now"));
        var dortmund = Persons(await CellAsync("horizon=now&town=Dortmund"));
        var unna = await CellAsync("horizon=now&town=Unna");

        Assert.True(unna.GetProperty("suppressed").GetBoolean());
        Assert.False(unna.TryGetProperty("persons", out _), "Eine unterdrückte Zelle trägt keine Zahlen.");
        Assert.False(unna.TryGetProperty("demandLevelSum", out _));
        Assert.Equal(7, all);
        Assert.Null(dortmund);
    }

    [Fact]
    public async Task A_family_with_and_without_its_role_reveals_nobody()
    {
        await SeedAsync([.. Enumerable.Range(0, 7).Select(i => ("Kamen", model.RoleA, 10 + i % 3)), ("Kamen", model.RoleB, 13)]);
        var family = Persons(await CellAsync($"horizon=now&family={model.Family}"));
        var roleA = Persons(await CellAsync($"horizon=now&family={model.Family}&role={model.RoleA}"));
        var roleB = Persons(await CellAsync($"horizon=now&family={model.Family}&role={model.RoleB}"));

        Assert.Null(roleB);
        Assert.True(family is null || roleA is null, $"Familie {family} minus Rolle {roleA} ergäbe die eine Person der anderen Rolle.");
        Assert.Equal(8, family);
    }

    [Fact]
    public async Task No_combination_of_published_figures_across_two_families_and_towns_pins_the_one_person()
    {
        // One competency needed in two families; one person of the second family works in Unna.
        var (competency, roleF, roleG) = await platform.WithDbAsync(async db =>
        {
            var entries = await db.RoleProfileEntries.Where(e => e.TargetNow >= 2)
                .Select(e => new { Family = e.Role.Family.Key, Role = e.Role.Key, Competency = e.Competency.Key }).ToListAsync();
            var shared = entries.GroupBy(e => e.Competency).First(g => g.Select(e => e.Family).Distinct().Count() >= 2);
            var byFamily = shared.GroupBy(e => e.Family).Take(2).Select(g => g.First()).ToList();
            return (shared.Key, byFamily[0], byFamily[1]);
        });
        model = model with { Competency = competency };
        await SeedAsync([
            .. Enumerable.Range(0, 10).Select(i => ("Dortmund", roleF.Role, 30 + i % 3)),
            .. Enumerable.Range(0, 10).Select(i => ("Unna", roleF.Role, 33 + i % 3)),
            .. Enumerable.Range(0, 10).Select(i => ("Dortmund", roleG.Role, 36 + i % 3)),
            ("Unna", roleG.Role, 39)]);

        // Every figure the API offers for this competency, as the set of (role, town) leaves it counts.
        string[] towns = ["Dortmund", "Hamm", "Bergkamen", "Bönen", "Fröndenberg/Ruhr", "Holzwickede", "Kamen", "Lünen", "Schwerte", "Selm", "Unna", "Werne", ""];
        (string Family, string Role)[] roles = [(roleF.Family, roleF.Role), (roleG.Family, roleG.Role)];
        int Leaf(int role, int town) => role * towns.Length + town;
        var figures = new List<(string Query, int[] Leaves)>();
        foreach (var (query, members) in new (string, int[])[] { ("", [0, 1]), ($"family={roleF.Family}", [0]), ($"family={roleG.Family}", [1]),
                     ($"family={roleF.Family}&role={roleF.Role}", [0]), ($"family={roleG.Family}&role={roleG.Role}", [1]) })
        {
            figures.Add((query, members.SelectMany(r => Enumerable.Range(0, towns.Length).Select(t => Leaf(r, t))).ToArray()));
            for (var t = 0; t < towns.Length - 1; t++) figures.Add(($"{query}&town={Uri.EscapeDataString(towns[t])}", members.Select(r => Leaf(r, t)).ToArray()));
        }
        figures.Add(("town=Kreis%20Unna", [.. new[] { 0, 1 }.SelectMany(r => Enumerable.Range(2, 10).Select(t => Leaf(r, t)))]));

        var auditor = new ExactDisclosure(roles.Length * towns.Length);
        foreach (var (query, leaves) in figures)
            if (Persons(await CellAsync("horizon=now&" + query)) is not null) auditor.Publish(leaves);
        Assert.NotNull(Persons(await CellAsync("horizon=now")));
        Assert.Null(Persons(await CellAsync($"horizon=now&family={roleG.Family}&town=Unna")));
        Assert.False(auditor.Determines([Leaf(1, Array.IndexOf(towns, "Unna"))]), "Die eine Person in Unna folgt aus den veröffentlichten Zahlen.");
    }

    [Fact]
    public async Task Kreis_Unna_as_a_whole_is_offered_for_all_families_only()
    {
        await SeedAsync([.. Enumerable.Range(0, 6).Select(i => ("Unna", model.RoleA, 40 + i % 3)), .. Enumerable.Range(0, 6).Select(i => ("Kamen", model.RoleA, 43 + i % 3))]);
        Assert.Equal(12, Persons(await CellAsync("horizon=now&town=Kreis%20Unna")));
        var response = await client.GetAsync($"/api/v1/demand?town=Kreis%20Unna&family={model.Family}", TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("alle Jobfamilien", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_radar_page_shows_the_suppressed_label_and_no_numbers_for_small_cells()
    {
        await SeedAsync(("Selm", model.RoleA, 20), ("Selm", model.RoleA, 21));
        var page = await client.GetDocumentAsync("/bedarfsradar?town=Selm");
        var cells = page.QuerySelectorAll("main table tbody td").Select(td => td.TextContent.Trim()).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, text => Assert.True(text is "< 5" or "–", $"Unerwartete Zahl „{text}“ in einer Region mit zwei Personen."));
    }

    public async ValueTask DisposeAsync() => await platform.DisposeAsync();
}
