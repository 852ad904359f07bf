using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Trust;

/// <summary>Two instances of the web tier on one database, as behind a load balancer.</summary>
public class TwoInstancesTests
{
    [Fact]
    public async Task A_login_made_on_one_instance_is_valid_on_the_other()
    {
        using var first = new TestPlatform(demoData: true);
        using var second = new TestPlatform(demoData: true, sharedDatabase: first.Database);
        var login = await LoginCookieAsync(first);
        var other = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/koordination/kompetenzmodell");
        request.Headers.Add("Cookie", login);
        var response = await other.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/koordination/kompetenzmodell");
        Assert.Equal(HttpStatusCode.Redirect, (await other.SendAsync(anonymous, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Two_instances_started_at_the_same_moment_on_an_empty_database_both_start_and_seed_once()
    {
        using var first = new TestPlatform(demoData: true);
        using var second = new TestPlatform(demoData: true, sharedDatabase: first.Database);
        using var reference = new TestPlatform(demoData: true);
        using var go = new ManualResetEventSlim();
        var starts = new[] { first, second }.Select(p => Task.Run(() =>
        {
            go.Wait();
            _ = p.Server;
        })).ToList();
        go.Set();
        await Task.WhenAll(starts);
        _ = reference.Server;

        var counts = await Counts(first);
        Assert.Equal(await Counts(reference), counts);
        Assert.Equal(Weiterbildungsraum.Web.Content.DemoSeeder.DemoUsers.Count, counts.Users);
        foreach (var platform in new[] { first, second })
            Assert.Equal(HttpStatusCode.OK, (await platform.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
    }

    private static Task<(int Families, int Roles, int Competencies, int Offers, int Organisations, int Users, int Programmes)> Counts(TestPlatform platform) =>
        platform.WithDbAsync(async db => (
            await db.JobFamilies.CountAsync(), await db.JobRoles.CountAsync(), await db.Competencies.CountAsync(), await db.Offers.CountAsync(),
            await db.Organisations.CountAsync(), await db.Users.CountAsync(), await db.FundingProgrammes.CountAsync()));

    [Fact]
    public async Task An_offer_changed_through_one_instance_is_found_by_the_other_within_five_seconds()
    {
        using var first = new TestPlatform(demoData: false);
        using var second = new TestPlatform(demoData: false, sharedDatabase: first.Database);
        var staff = await Offers.Providers.CreateAsync(first, "Anbieter zweier Instanzen");
        var id = await Offers.Providers.AddOfferAsync(first, staff.OrganisationId, "Schweißen Grundkurs");
        _ = second.Server;
        var provider = await Offers.Providers.SignInAsync(first, staff.Email);
        var word = "Zweiinstanzenkurs" + Guid.NewGuid().ToString("N")[..6];
        var search = second.CreateClient();
        // The answer names a word nothing matches ("unmatchedWords"), so the offer's id tells whether it was found.
        Assert.DoesNotContain($"\"id\":{id}", await search.GetStringAsync($"/api/v1/offers?q={word}", TestContext.Current.CancellationToken));

        var saved = await provider.SubmitAsync($"/anbieter/angebote/{id}", new Dictionary<string, string> { ["Input.Title"] = word + " Schweißen" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var found = false;
        while (!found && clock.Elapsed < TimeSpan.FromSeconds(5))
        {
            var json = await search.GetStringAsync($"/api/v1/offers?q={word}", TestContext.Current.CancellationToken);
            found = json.Contains(word, StringComparison.Ordinal) && json.Contains($"\"id\":{id}", StringComparison.Ordinal);
            if (!found) await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.True(found, $"Die zweite Instanz findet das geänderte Angebot nach {clock.Elapsed.TotalSeconds:0.0} s noch nicht.");
    }

    private static async Task<string> LoginCookieAsync(TestPlatform platform)
    {
        var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (email, _, _) = Weiterbildungsraum.Web.Content.DemoSeeder.DemoUsers.Single(u => u.Role == Roles.Coordinator);
        var response = await client.SubmitAsync("/anmelden", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.Password"] = Weiterbildungsraum.Web.Content.DemoSeeder.DemoPassword,
        });
        var auth = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wbr.auth=", StringComparison.Ordinal));
        return auth.Split(';')[0];
    }
}
