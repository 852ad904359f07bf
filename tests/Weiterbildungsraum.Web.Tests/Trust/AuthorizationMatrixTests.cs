using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Trust;

/// <summary>
/// Every page and API endpoint, taken from the application's endpoint metadata, for every role:
/// allowed roles get through, the others are refused. An endpoint without an explicit decision fails.
/// </summary>
public class AuthorizationMatrixTests(DemoPlatform platform)
{
    /// <summary>The intended meaning of each policy — the specification this test holds the code to.</summary>
    internal static readonly Dictionary<string, string[]> PolicyRoles = new()
    {
        [Policies.Learner] = [Roles.Learner, Roles.CompanyHR, Roles.Admin],
        [Policies.CompanyHR] = [Roles.CompanyHR, Roles.Admin],
        [Policies.Provider] = [Roles.Provider, Roles.Admin],
        [Policies.Coordinator] = [Roles.Coordinator, Roles.Admin],
        [Policies.Admin] = [Roles.Admin],
        [Policies.ProviderOrCoordinator] = [Roles.Provider, Roles.Coordinator, Roles.Admin],
        // Which organisation's profile a member may edit, the page decides (others get 404).
        [Policies.OrganisationStaff] = [Roles.CompanyHR, Roles.Provider, Roles.Coordinator, Roles.Admin],
        // Only an API token of a provider (Bearer) passes; no signed-in role does.
        [ApiTokenSetup.ImportPolicy] = [],
    };

    private static readonly string?[] Callers = [null, .. Roles.All];

    public sealed record Target(string Method, string Route, string[]? AllowedRoles, bool Anonymous);

    private IReadOnlyList<Target> Targets() => Targets(platform.Services);

    /// <summary>Every page and API endpoint with its methods and the roles its rules allow (null when anonymous).</summary>
    internal static IReadOnlyList<Target> Targets(IServiceProvider services)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<SuppressMatchingMetadata>() is null)
            .Where(e => e.RoutePattern.RawText is { } raw && !raw.Contains("{*") && !raw.StartsWith("/api-referenz", StringComparison.Ordinal))
            .ToList();
        var targets = new List<Target>();
        foreach (var endpoint in endpoints)
        {
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
            string[]? allowed = null;
            if (!anonymous)
            {
                Assert.True(authorize.Count > 0, $"{endpoint.DisplayName} ({endpoint.RoutePattern.RawText}) hat keine ausdrückliche Zugriffsregel.");
                IEnumerable<string> roles = Roles.All;
                foreach (var rule in authorize)
                {
                    if (rule.Policy is { } policy)
                    {
                        Assert.True(PolicyRoles.ContainsKey(policy), $"Unbekannte Richtlinie „{policy}“ an {endpoint.RoutePattern.RawText}: bitte in diesem Test festlegen.");
                        roles = roles.Intersect(PolicyRoles[policy]);
                    }
                    if (rule.Roles is { } r) roles = roles.Intersect(r.Split(',', StringSplitOptions.TrimEntries));
                }
                allowed = roles.ToArray();
            }
            var route = Concrete(endpoint.RoutePattern.RawText!);
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            targets.AddRange(methods.Where(m => m is "GET" or "POST" or "PUT" or "DELETE").Select(m => new Target(m, route, allowed, anonymous)));
        }
        return targets.DistinctBy(t => (t.Method, t.Route)).ToList();
    }

    internal static string Concrete(string pattern)
    {
        var route = System.Text.RegularExpressions.Regex.Replace(pattern, "{([^}:?]+)[^}]*}", m => m.Groups[1].Value switch
        {
            var n when n.Contains("token", StringComparison.OrdinalIgnoreCase) => "ungueltig",
            _ => "1",
        });
        return "/" + route.TrimStart('/');
    }

    [Fact]
    public void Every_endpoint_has_an_explicit_access_rule()
    {
        var targets = Targets();
        Assert.Contains(targets, t => t.Route == "/api/v1/job-families");
        Assert.Contains(targets, t => t.Route == "/koordination/anbieter-freigeben");
        // Model editing: pages and endpoints for coordinators only.
        Assert.Contains(targets, t => t.Route == "/koordination/modellpflege/kompetenzen/1" && t.AllowedRoles!.SequenceEqual(PolicyRoles[Policies.Coordinator]));
        Assert.Contains(targets, t => t.Method == "PUT" && t.Route == "/api/v1/competency-model/draft/roles/1" && t.AllowedRoles!.SequenceEqual(PolicyRoles[Policies.Coordinator]));
        Assert.Contains(targets, t => t.Method == "DELETE" && t.Route == "/api/v1/competency-model/draft/competencies/1");
        Assert.Contains(targets, t => t.Route == "/verwaltung/esco-import" && t.AllowedRoles!.SequenceEqual([Roles.Admin]));
        Assert.Contains(targets, t => t.Route == "/verwaltung/esco-import/1" && t.AllowedRoles!.SequenceEqual([Roles.Admin]));
        Assert.Contains(targets, t => t.Route == "/api/v1/esco/imports/1" && t.AllowedRoles!.SequenceEqual([Roles.Admin]));
        Assert.Contains(targets, t => t.Route == "/unternehmen/rollen/1/neue-version" && t.AllowedRoles!.Order().SequenceEqual(new[] { Roles.CompanyHR, Roles.Admin }.Order()));
        Assert.Contains(targets, t => t.Method == "POST" && t.Route == "/api/v1/company-roles/1/upgrade" && t.AllowedRoles!.Order().SequenceEqual(new[] { Roles.CompanyHR, Roles.Admin }.Order()));
        Assert.Contains(targets, t => t.Route == "/foerderrechner" && t.Anonymous);
        Assert.Contains(targets, t => t.Route == "/api/v1/recommendations" && t.Anonymous);
        Assert.Contains(targets, t => t.Route == "/api/v1/learning-path" && t.Anonymous);
        // Passwords: changed by every signed-in person, forgotten and reset without an account session.
        Assert.Contains(targets, t => t.Method == "POST" && t.Route == "/mein-bereich/passwort" && !t.Anonymous && t.AllowedRoles!.Order().SequenceEqual(Roles.All.Order()));
        Assert.Contains(targets, t => t.Method == "POST" && t.Route == "/passwort-vergessen" && t.Anonymous);
        Assert.Contains(targets, t => t.Method == "POST" && t.Route == "/passwort-zuruecksetzen" && t.Anonymous);
        // Network: events are managed by the coordination, profiles by the organisation's staff, registration is open.
        foreach (var route in new[] { "/koordination/veranstaltungen", "/koordination/veranstaltungen/1", "/koordination/veranstaltungen/1/absagen",
                     "/koordination/veranstaltungen/1/bericht", "/koordination/veranstaltungen/1/anmeldungen", "/koordination/veranstaltungen/1/anmeldungen.csv" })
            Assert.Contains(targets, t => t.Route == route && t.AllowedRoles!.SequenceEqual(PolicyRoles[Policies.Coordinator]));
        foreach (var route in new[] { "/netzwerk/profil", "/netzwerk/profil/1", "/netzwerk/profil/1/ansprechpersonen", "/netzwerk/profil/1/ansprechpersonen/1" })
            Assert.Contains(targets, t => t.Route == route && t.AllowedRoles!.Order().SequenceEqual(PolicyRoles[Policies.OrganisationStaff].Order()));
        Assert.Contains(targets, t => t.Route == "/mein-bereich/ansprechperson" && t.AllowedRoles!.Length == Roles.All.Count);
        Assert.Contains(targets, t => t.Method == "POST" && t.Route == "/veranstaltungen/1" && t.Anonymous);
        Assert.Contains(targets, t => t.Method == "POST" && t.Route == "/veranstaltungen/anmeldung/ungueltig" && t.Anonymous);
    }

    /// <summary>
    /// The recommendation endpoints are open for a role and ratings, but a personId in the body narrows them to the person
    /// (and HR of the person's company, tested with a second company in PersonRecommendationsTests): the other roles are refused.
    /// </summary>
    [Theory]
    [InlineData("/api/v1/recommendations")]
    [InlineData("/api/v1/learning-path")]
    public async Task A_person_in_the_body_is_open_only_to_the_person_and_HR(string url)
    {
        var learner = DemoSeeder.DemoUsers.Single(u => u.Role == Roles.Learner).Email;
        var personId = await platform.WithDbAsync(db => db.People.Where(p => p.User!.Email == learner).Select(p => p.Id).SingleAsync());
        var expected = new Dictionary<string, HttpStatusCode>
        {
            [Roles.Learner] = HttpStatusCode.OK,
            [Roles.Provider] = HttpStatusCode.Forbidden,
            [Roles.Coordinator] = HttpStatusCode.Forbidden,
            [Roles.Admin] = HttpStatusCode.Forbidden,
        };
        var anonymous = await platform.CreateClient().PostAsJsonAsync(url, new { personId }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        foreach (var (role, status) in expected)
        {
            var client = await platform.ClientAsRoleAsync(role);
            var response = await client.PostAsJsonAsync(url, new { personId }, TestContext.Current.CancellationToken);
            Assert.True(status == response.StatusCode, $"{url} als {role}: {(int)response.StatusCode}, erwartet {(int)status}");
        }
    }

    [Fact]
    public async Task Every_role_is_allowed_or_refused_as_the_rules_say()
    {
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles.All) clients[role] = await platform.ClientAsRoleAsync(role);
        var anonymous = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var failures = new List<string>();
        foreach (var target in Targets())
            foreach (var caller in Callers)
            {
                var client = caller is null ? anonymous : clients[caller];
                using var request = new HttpRequestMessage(new HttpMethod(target.Method), target.Route);
                if (target.Method != "GET") request.Content = new FormUrlEncodedContent([]);
                using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
                var refused = IsRefused(response);
                var shouldPass = target.Anonymous || (caller is not null && target.AllowedRoles!.Contains(caller));
                if (shouldPass == refused)
                    failures.Add($"{target.Method} {target.Route} als {caller ?? "anonym"}: {(int)response.StatusCode} {response.Headers.Location} – erwartet {(shouldPass ? "erlaubt" : "verweigert")}");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.ToString() is { } location
            && (location.Contains("/anmelden?ReturnUrl", StringComparison.Ordinal) || location.Contains("/zugriff-verweigert", StringComparison.Ordinal)));
}
