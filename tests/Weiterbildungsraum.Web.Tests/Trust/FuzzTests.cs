using System.Data.Common;
using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Content;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Trust;

/// <summary>
/// Malformed, oversized, deeply nested and wrongly encoded input to every endpoint, sent as a caller the endpoint
/// lets in: APIs answer 4xx with problem details, pages a German page, never 5xx, and nothing is written.
/// </summary>
public sealed class FuzzTests : IDisposable
{
    private readonly TestPlatform platform = new(demoData: true, new Dictionary<string, string>
    {
        ["RateLimits:ApiPerMinute"] = "0",
    });

    // Each API body case runs on every API endpoint; forms and queries get a seeded sample: about 900 requests in all.
    private const int FormBodiesPerForm = 3, QueriesPerApi = 12, QueriesPerPage = 2;

    private static readonly string[] CommonQueryNames = ["q", "page", "pageSize", "limit", "from", "to", "year", "radiusKm", "postcode", "format", "sort", "past", "type", "kind"];

    /// <summary>Posting here ends the caller's session by design, whatever the body says.</summary>
    private static readonly string[] SessionEnding = ["/abmelden"];

    public void Dispose() => platform.Dispose();

    private sealed record Caller(string Name, HttpClient Client, string? AntiforgeryToken);

    [Fact]
    public async Task Malformed_input_to_every_endpoint_is_refused_cleanly_and_writes_nothing()
    {
        var fuzz = new FuzzInput(FuzzInput.SeedFromEnvironment());
        var seedNote = $"Zufallszahl (Seed) {fuzz.Seed}; wiederholen mit WBR_FUZZ_SEED={fuzz.Seed}.";
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine(seedNote);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var callers = await CallersAsync();
        var targets = AuthorizationMatrixTests.Targets(platform.Services);
        var queryNames = QueryNames();
        var failures = new List<string>();
        var sent = 0;

        // Forms are read first: showing a page may legitimately write (the audit log of reads).
        var forms = new Dictionary<(string Route, string Caller), List<(string Action, List<FormField> Fields)>>();
        foreach (var target in targets.Where(t => t.Method == "POST" && !IsApi(t.Route) && !SessionEnding.Contains(t.Route)))
        {
            var caller = CallerFor(target, callers);
            forms[(target.Route, caller.Name)] = await FormsOnAsync(caller, target.Route);
        }

        output?.WriteLine($"Fuzz: Anmeldungen und Formulare nach {clock.Elapsed.TotalSeconds:0.0} s");
        var before = await RowCountsAsync();
        foreach (var target in targets.Where(t => t.Method is "POST" or "PUT" or "DELETE" && !SessionEnding.Contains(t.Route)))
        {
            var caller = CallerFor(target, callers);
            if (IsApi(target.Route))
            {
                foreach (var body in fuzz.JsonBodies())
                {
                    sent++;
                    await CheckApiAsync(caller, target.Method, target.Route, body, failures);
                }
                continue;
            }
            var pageForms = forms[(target.Route, caller.Name)];
            if (pageForms.Count == 0) pageForms = [(target.Route, [])];
            foreach (var (action, fields) in pageForms)
            {
                var invalid = fuzz.InvalidFields(fields);
                sent++;
                await CheckPageAsync(caller, action, new FuzzBody("ungültige Feldwerte", FormBytes(invalid), "application/x-www-form-urlencoded"), failures);
                foreach (var body in fuzz.Sample(fuzz.FormBodies(invalid), FormBodiesPerForm))
                {
                    sent++;
                    await CheckPageAsync(caller, action, body, failures);
                }
            }
        }
        var after = await RowCountsAsync();
        foreach (var (table, count) in before)
            if (after[table] != count) failures.Add($"Tabelle {table}: {count} Zeilen vorher, {after[table]} nachher – ungültige Eingaben haben etwas geschrieben.");

        output?.WriteLine($"Fuzz: Schreibversuche nach {clock.Elapsed.TotalSeconds:0.0} s");
        foreach (var target in targets.Where(t => t.Method == "GET"))
        {
            var caller = CallerFor(target, callers);
            foreach (var query in fuzz.Sample(fuzz.QueryStrings(queryNames), IsApi(target.Route) ? QueriesPerApi : QueriesPerPage))
            {
                sent++;
                var route = target.Route.StartsWith("/openapi/", StringComparison.Ordinal) ? "/openapi/v1.json" : target.Route;
                var url = route + (route.Contains('?') ? "&" : "?") + query;
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                await CheckAsync(caller, request, IsApi(target.Route), "Abfrage " + Shorten(query), failures, mustRefuse: false);
            }
        }

        output?.WriteLine($"Fuzz: {sent} Anfragen in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(sent > 300, $"Nur {sent} Anfragen gesendet – Endpunkte nicht gefunden?");
        Assert.True(failures.Count == 0, seedNote + $" {failures.Count} von {sent} Anfragen falsch beantwortet:\n" + string.Join("\n", failures.Distinct().Take(80)));
    }

    private static bool IsApi(string route) => route.StartsWith("/api/", StringComparison.Ordinal);

    private async Task CheckApiAsync(Caller caller, string method, string route, FuzzBody body, List<string> failures)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), route) { Content = Content(body) };
        await CheckAsync(caller, request, api: true, body.Label, failures, mustRefuse: true);
    }

    private async Task CheckPageAsync(Caller caller, string action, FuzzBody body, List<string> failures)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, action) { Content = Content(body) };
        if (caller.AntiforgeryToken is not null) request.Headers.Add("RequestVerificationToken", caller.AntiforgeryToken);
        await CheckAsync(caller, request, api: false, body.Label, failures, mustRefuse: false);
    }

    private static async Task CheckAsync(Caller caller, HttpRequestMessage request, bool api, string label, List<string> failures, bool mustRefuse)
    {
        var what = $"{request.Method} {Shorten(request.RequestUri!.OriginalString)} als {caller.Name} mit {label}";
        HttpResponseMessage response;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            response = await caller.Client.SendAsync(request, timeout.Token);
        }
        catch (Exception e)
        {
            // The test host hands an exception that even the error page could not handle to the caller.
            failures.Add($"{what}: keine Antwort ({e.GetType().Name}: {Shorten(e.Message)})");
            return;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var text = await response.Content.ReadAsStringAsync();
            if (status >= 500)
                failures.Add($"{what}: {status}");
            else if (mustRefuse && status < 400)
                failures.Add($"{what}: {status} statt 4xx");
            else if (status >= 400 && api && mediaType != "application/problem+json")
                failures.Add($"{what}: {status} ohne Problembeschreibung ({mediaType ?? "kein Inhalt"})");
            else if (status >= 400 && !api && (mediaType != "text/html" || !text.Contains("lang=\"de\"", StringComparison.Ordinal)))
                failures.Add($"{what}: {status} ohne deutsche Fehlerseite ({mediaType ?? "kein Inhalt"})");
            else if (status is 302 or 301 && response.Headers.Location?.OriginalString is { } location
                     && (location.Contains("/anmelden", StringComparison.Ordinal) || location.Contains("/zugriff-verweigert", StringComparison.Ordinal)))
                failures.Add($"{what}: leitet nach {location} um – die Anmeldung ging verloren");
        }
    }

    private static ByteArrayContent Content(FuzzBody body)
    {
        var content = new ByteArrayContent(body.Content);
        if (body.ContentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", body.ContentType);
        return content;
    }

    private static byte[] FormBytes(Dictionary<string, string> fields) =>
        System.Text.Encoding.ASCII.GetBytes(string.Join('&', fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value))));

    private static string Shorten(string text) => text.Length > 90 ? text[..90] + "…" : text;

    private static Caller CallerFor(AuthorizationMatrixTests.Target target, Dictionary<string, Caller> callers)
    {
        if (target.Anonymous) return callers["anonym"];
        if (target.AllowedRoles!.Length == 0) return callers["API-Token"];
        var role = target.AllowedRoles.FirstOrDefault(r => r != Roles.Admin) ?? target.AllowedRoles[0];
        return callers[role];
    }

    private async Task<Dictionary<string, Caller>> CallersAsync()
    {
        var callers = new Dictionary<string, Caller>();
        var anonymous = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        callers["anonym"] = new("anonym", anonymous, await TokenOnAsync(anonymous, "/anmelden"));
        foreach (var role in Roles.All)
        {
            var client = await platform.ClientAsRoleAsync(role);
            callers[role] = new(role, client, await TokenOnAsync(client, "/"));
        }
        var providerEmail = DemoSeeder.DemoUsers.Single(u => u.Role == Roles.Provider).Email;
        var token = await platform.WithDbAsync(async db =>
        {
            var organisationId = await db.Memberships.Where(m => m.User.Email == providerEmail && m.Kind == MembershipKind.ProviderStaff)
                .Select(m => m.OrganisationId).FirstAsync();
            return await ApiTokens.CreateAsync(db, organisationId, "Fuzz", [ApiTokens.ImportScope], DateTime.UtcNow.AddDays(1), DateTime.UtcNow);
        });
        var importer = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        importer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        callers["API-Token"] = new("API-Token", importer, null);
        return callers;
    }

    private static async Task<string?> TokenOnAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(url);
        return Forms.Parse(html).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
    }

    private static async Task<List<(string Action, List<FormField> Fields)>> FormsOnAsync(Caller caller, string route)
    {
        using var response = await caller.Client.GetAsync(route);
        if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "text/html") return [];
        var document = Forms.Parse(await response.Content.ReadAsStringAsync());
        var result = new List<(string, List<FormField>)>();
        foreach (var form in document.QuerySelectorAll<IHtmlFormElement>("main form"))
        {
            if (!string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)) continue;
            var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? route : form.GetAttribute("action")!;
            if (!action.StartsWith('/') || SessionEnding.Any(s => action.StartsWith(s, StringComparison.Ordinal))) continue;
            var fields = new List<FormField>();
            foreach (var element in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
            {
                var type = element switch
                {
                    IHtmlInputElement input => input.Type,
                    IHtmlSelectElement => "select",
                    _ => "textarea",
                };
                if (type is "submit" or "button" or "file") continue;
                var maxLength = int.TryParse(element.GetAttribute("maxlength"), out var m) ? m : (int?)null;
                fields.Add(new(element.GetAttribute("name")!, type, element.GetAttribute("value") ?? "", element.HasAttribute("required"), maxLength));
            }
            // A form with nothing but its antiforgery token is a plain command ("Entwurf anlegen"): there is no input to break.
            if (fields.All(f => f.Name == "__RequestVerificationToken")) continue;
            result.Add((action, fields));
        }
        return result;
    }

    /// <summary>Names of the query parameters the API handlers declare, and the usual ones.</summary>
    private IReadOnlyList<string> QueryNames()
    {
        var simple = new[] { typeof(string), typeof(int), typeof(long), typeof(bool), typeof(double), typeof(decimal), typeof(DateOnly), typeof(DateTime) };
        var declared = platform.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.OfType<MethodInfo>())
            .SelectMany(m => m.GetParameters())
            .Where(p => simple.Contains(Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) && p.Name is not null)
            .Select(p => p.Name!);
        return [.. declared.Concat(CommonQueryNames).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Rows per table. The audit log is left out: it records reads of personal data, which a refused form
    /// may show again while it explains the error.
    /// </summary>
    private Task<Dictionary<string, long>> RowCountsAsync() => platform.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>()
            .Where(t => !t.Contains("Audit", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        var counts = new Dictionary<string, long>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var table in tables)
            {
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
                counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync());
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return counts;
    });
}
