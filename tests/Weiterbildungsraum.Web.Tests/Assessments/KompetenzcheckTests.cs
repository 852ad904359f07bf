using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Assessments;

namespace Weiterbildungsraum.Web.Tests.Assessments;

/// <summary>The quick check on its own platform: it proves that nothing reaches the database without an account.</summary>
public sealed class KompetenzcheckTests : IDisposable
{
    private readonly TestPlatform platform = new(demoData: false);

    public void Dispose() => platform.Dispose();

    private HttpClient NewClient() => platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<(string Role, List<(string Key, string Category)> Profile)> SomeRoleAsync() => await platform.WithDbAsync(async db =>
    {
        var role = await db.JobRoles.OrderByDescending(r => r.Profile.Count).ThenBy(r => r.Key).Select(r => r.Key).FirstAsync();
        var profile = await db.RoleProfileEntries.Where(e => e.Role.Key == role).Select(e => new { e.Competency.Key, e.Competency.Category }).ToListAsync();
        return (role, profile.Select(p => (p.Key, p.Category.ToString())).ToList());
    });

    /// <summary>Rates every competency of every step except the first one, which stays "nicht eingeschätzt".</summary>
    private static async Task<string> CompleteCheckAsync(HttpClient client, string role, List<(string Key, string Category)> profile, int level)
    {
        var steps = profile.Select(p => p.Category).Distinct().Count();
        var skipped = "";
        for (var step = 1; step <= steps; step++)
        {
            var url = $"/kompetenzcheck/{role}/schritt/{step}";
            var page = await client.GetDocumentAsync(url);
            Assert.Contains($"Schritt {step} von {steps}", page.QuerySelector(".check-progress")!.TextContent);
            var keys = page.QuerySelectorAll("fieldset.rating input[type=radio][value='0']").Select(i => i.GetAttribute("name")!).ToList();
            Assert.NotEmpty(keys);
            foreach (var fieldset in page.QuerySelectorAll("fieldset.rating"))
            {
                Assert.False(string.IsNullOrWhiteSpace(fieldset.QuerySelector("legend")?.TextContent));
                foreach (var radio in fieldset.QuerySelectorAll("input[type=radio]"))
                    Assert.NotNull(page.QuerySelector($"label[for='{radio.Id}']"));
            }
            var values = new Dictionary<string, string> { ["richtung"] = step == steps ? "auswerten" : "weiter" };
            foreach (var (name, i) in keys.Select((k, i) => (k, i)))
            {
                if (step == 1 && i == 0) { skipped = name; continue; }
                values[name] = level.ToString();
            }
            var response = await client.SubmitAsync(url, values);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.EndsWith(step == steps ? $"/kompetenzcheck/{role}/ergebnis" : $"/kompetenzcheck/{role}/schritt/{step + 1}", response.Headers.Location!.OriginalString);
        }
        return skipped["Ratings[".Length..^1];
    }

    [Fact]
    public async Task Anonymous_quick_check_shows_chart_gaps_and_unrated_but_stores_nothing_until_sign_up()
    {
        var (role, profile) = await SomeRoleAsync();
        var client = NewClient();
        var skipped = await CompleteCheckAsync(client, role, profile, level: 1);

        var result = await client.GetDocumentAsync($"/kompetenzcheck/{role}/ergebnis");
        var svg = result.QuerySelector("svg[role=img]")!;
        Assert.NotNull(svg.QuerySelector("title"));
        Assert.NotNull(svg.QuerySelector("desc"));
        Assert.Equal(3, svg.QuerySelectorAll(".radar-series").Length);
        var rows = result.QuerySelectorAll(".radar-table tbody tr");
        Assert.Equal(profile.Count, rows.Length);
        Assert.Single(rows, r => r.Children[^1].TextContent == "nicht eingeschätzt");
        Assert.DoesNotContain(rows, r => r.Children[^1].TextContent == "0");
        Assert.NotEmpty(result.QuerySelectorAll(".gap-list li"));
        Assert.Contains("nicht eingeschätzt", result.QuerySelector("#h-offen")!.ParentElement!.TextContent);
        var plan = await client.GetDocumentAsync($"/kompetenzcheck/{role}/entwicklungsplan");
        Assert.NotEmpty(plan.QuerySelectorAll(".plan-table tbody tr"));

        Assert.Equal(0, await platform.WithDbAsync(db => db.Assessments.CountAsync()));
        Assert.Equal(0, await platform.WithDbAsync(db => db.CompetencyChecks.CountAsync()));

        var email = $"check-{Guid.NewGuid():N}@example.org";
        var registered = await client.SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "beschaeftigte", ["Input.Name"] = "Carla Check", ["Input.Email"] = email, ["Input.Password"] = "Sicher-Genug-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        var moved = await platform.WithDbAsync(db => db.Assessments.Where(a => a.Person.User!.Email == email).ToListAsync());
        Assert.Equal(profile.Count - 1, moved.Count);
        Assert.All(moved, a => Assert.Equal(RatingSource.Self, a.Source));
        Assert.DoesNotContain(moved, a => a.CompetencyKey == skipped);
        var check = await platform.WithDbAsync(db => db.CompetencyChecks.SingleAsync(c => c.Person.User!.Email == email));
        Assert.NotNull(check.CompletedAt);

        var history = await client.GetDocumentAsync("/kompetenzcheck/verlauf");
        Assert.Single(history.QuerySelectorAll("tbody tr"));
        var saved = await client.GetDocumentAsync($"/kompetenzcheck/{role}/ergebnis/{check.Id}");
        Assert.Equal(profile.Count, saved.QuerySelectorAll(".radar-table tbody tr").Length);
    }

    [Fact]
    public async Task A_signed_in_learner_resumes_a_started_check_and_repeated_checks_are_kept()
    {
        var (role, profile) = await SomeRoleAsync();
        var client = NewClient();
        var email = $"lern-{Guid.NewGuid():N}@example.org";
        await client.SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "beschaeftigte", ["Input.Name"] = "Lutz Lern", ["Input.Email"] = email, ["Input.Password"] = "Sicher-Genug-2026",
        });
        var first = await client.GetDocumentAsync($"/kompetenzcheck/{role}/schritt/1");
        var name = first.QuerySelector("fieldset.rating input[type=radio]")!.GetAttribute("name")!;
        await client.SubmitAsync($"/kompetenzcheck/{role}/schritt/1", new Dictionary<string, string> { [name] = "3", ["richtung"] = "weiter" });

        var resumed = await client.GetDocumentAsync($"/kompetenzcheck/{role}/schritt/1");
        Assert.Equal("3", resumed.QuerySelector($"input[name='{name}'][checked]")!.GetAttribute("value"));
        var start = await client.GetDocumentAsync("/kompetenzcheck");
        Assert.Contains(start.QuerySelectorAll("#h-offen ~ ul a"), a => a.GetAttribute("href") == $"/kompetenzcheck/{role}/schritt/1");

        await CompleteCheckAsync(client, role, profile, level: 2);
        await CompleteCheckAsync(client, role, profile, level: 4);
        var checks = await platform.WithDbAsync(db => db.CompetencyChecks.Where(c => c.Person.User!.Email == email).ToListAsync());
        Assert.Equal(2, checks.Count);
        Assert.All(checks, c => Assert.NotNull(c.CompletedAt));
        var history = await client.GetDocumentAsync("/kompetenzcheck/verlauf");
        var rows = history.QuerySelectorAll("tbody tr");
        Assert.Equal(2, rows.Length);
        Assert.Contains("Prozentpunkte", rows[0].TextContent);

        var stranger = NewClient();
        await stranger.SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "beschaeftigte", ["Input.Name"] = "Fremd Person", ["Input.Email"] = $"fremd-{Guid.NewGuid():N}@example.org", ["Input.Password"] = "Sicher-Genug-2026",
        });
        var foreign = await stranger.GetAsync($"/kompetenzcheck/{role}/ergebnis/{checks[0].Id}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
    }

    [Fact]
    public async Task A_level_outside_the_scale_is_refused_with_a_German_message()
    {
        var (role, _) = await SomeRoleAsync();
        var client = NewClient();
        var page = await client.GetDocumentAsync($"/kompetenzcheck/{role}/schritt/1");
        var name = page.QuerySelector("fieldset.rating input[type=radio]")!.GetAttribute("name")!;
        var response = await client.SubmitAsync($"/kompetenzcheck/{role}/schritt/1", new Dictionary<string, string> { [name] = "7", ["richtung"] = "weiter" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("eine Stufe von 0 bis 4", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("wbr.kompetenzcheck")));
    }

    [Theory]
    [InlineData("/kompetenzcheck/gibt-es-nicht/schritt/1")]
    [InlineData("/kompetenzcheck/firmenrolle-999/schritt/1")]
    [InlineData("/kompetenzcheck/gibt-es-nicht/ergebnis")]
    public async Task Unknown_roles_are_404(string url)
    {
        var response = await NewClient().GetAsync(url, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Start_page_lists_every_role_of_the_model()
    {
        var page = await NewClient().GetDocumentAsync("/kompetenzcheck");
        var count = await platform.WithDbAsync(db => db.JobRoles.CountAsync());
        Assert.Equal(count, page.QuerySelectorAll(".role-choices a").Length);
    }
}
