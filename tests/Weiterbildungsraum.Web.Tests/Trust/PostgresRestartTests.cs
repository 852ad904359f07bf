using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Tests.Offers;

namespace Weiterbildungsraum.Web.Tests.Trust;

/// <summary>
/// PostgreSQL restarted while registrations and new offers are being saved: every request ends (no hang), succeeds or
/// fails with a clean answer, and every logical write is either complete or absent.
/// </summary>
public sealed class PostgresRestartTests
{
    private const int Registrations = 12, Offers = 12;
    private static readonly TimeSpan RequestLimit = TimeSpan.FromSeconds(90);

    private sealed record Outcome(string Kind, int Index, int Status, bool Clean, string Note, TimeSpan Started, TimeSpan Ended);

    [Theory]
    [InlineData("fast")]
    [InlineData("immediate")]
    public async Task Writes_during_a_restart_succeed_or_fail_cleanly_and_are_never_half_written(string mode)
    {
        ThrowawayPostgres.RequireInstalled();
        await using var server = await ThrowawayPostgres.StartAsync();
        using var database = new TestDatabase(server.ServerConnectionString);
        using var platform = new TestPlatform(demoData: false, new Dictionary<string, string> { ["RateLimits:ApiPerMinute"] = "0" }, database);
        _ = platform.Server;
        var staff = await Providers.CreateAsync(platform, "Anbieter im Störfall");
        var provider = await Providers.SignInAsync(platform, staff.Email);
        var offerForm = await provider.GetDocumentAsync($"/anbieter/angebote/neu?org={staff.OrganisationId}");
        var offerToken = offerForm.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var registerClients = new List<(HttpClient Client, string Token)>();
        for (var i = 0; i < Registrations; i++)
        {
            var client = platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var form = await client.GetDocumentAsync("/registrieren?rolle=unternehmen");
            registerClients.Add((client, form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        }

        var clock = Stopwatch.StartNew();
        TimeSpan restartStarted = default, restartEnded = default;
        var restart = Task.Run(async () =>
        {
            await Task.Delay(400);
            restartStarted = clock.Elapsed;
            await server.RestartAsync(mode);
            restartEnded = clock.Elapsed;
        });
        var writes = new List<Task<Outcome>>();
        for (var i = 0; i < Math.Max(Registrations, Offers); i++)
        {
            var index = i;
            if (i < Registrations)
                writes.Add(SendAsync("Registrierung", index, registerClients[index].Client, "/registrieren", RegistrationFields(index, registerClients[index].Token), clock, delay: index * 100));
            if (i < Offers)
                writes.Add(SendAsync("Angebot", index, provider, $"/anbieter/angebote/neu?org={staff.OrganisationId}", OfferFields(index, offerToken), clock, delay: index * 100 + 50));
        }
        var outcomes = await Task.WhenAll(writes);
        await restart;

        var report = string.Join("\n", outcomes.Select(o => $"{o.Kind} {o.Index}: {o.Status} {o.Note} ({o.Started.TotalSeconds:0.0}–{o.Ended.TotalSeconds:0.0} s)"))
            + $"\nNeustart {restartStarted.TotalSeconds:0.0}–{restartEnded.TotalSeconds:0.0} s";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.True(outcomes.All(o => o.Clean), "Unsaubere Antworten:\n" + report);
        Assert.True(outcomes.Any(o => o.Started <= restartEnded && o.Ended >= restartStarted), "Keine Anfrage lief während des Neustarts:\n" + report);

        var failures = new List<string>();
        await platform.WithDbAsync(async db =>
        {
            foreach (var o in outcomes.Where(o => o.Kind == "Registrierung"))
            {
                var email = Email(o.Index);
                var users = await db.Users.Where(u => u.Email == email).Select(u => u.Id).ToListAsync();
                var organisations = await db.Organisations.CountAsync(x => x.Name == CompanyName(o.Index));
                if (users.Count > 1 || organisations > 1) failures.Add($"Registrierung {o.Index}: doppelt gespeichert ({users.Count} Konten, {organisations} Unternehmen).");
                if (users.Count == 0)
                {
                    if (o.Status == 302) failures.Add($"Registrierung {o.Index}: als gelungen gemeldet, aber nicht gespeichert.");
                    if (organisations > 0) failures.Add($"Registrierung {o.Index}: Unternehmen ohne Konto gespeichert.");
                    continue;
                }
                var userId = users[0];
                var hasRole = await db.UserRoles.AnyAsync(r => r.UserId == userId && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.CompanyHR));
                var member = await db.Memberships.AnyAsync(m => m.UserId == userId && m.Organisation.Name == CompanyName(o.Index) && m.Kind == MembershipKind.HR);
                if (!hasRole || !member) failures.Add($"Registrierung {o.Index}: halb gespeichert (Rolle {hasRole}, Mitgliedschaft {member}).");
            }
            foreach (var o in outcomes.Where(o => o.Kind == "Angebot"))
            {
                var offers = await db.Offers.Where(x => x.ProviderId == staff.OrganisationId && x.Title == OfferTitle(o.Index))
                    .Select(x => new { Sessions = x.Sessions.Count }).ToListAsync();
                if (offers.Count > 1) failures.Add($"Angebot {o.Index}: {offers.Count}-mal gespeichert.");
                if (offers.Count == 0 && o.Status == 302) failures.Add($"Angebot {o.Index}: als gelungen gemeldet, aber nicht gespeichert.");
                if (offers.Any(x => x.Sessions != 1)) failures.Add($"Angebot {o.Index}: halb gespeichert ({offers[0].Sessions} Termine statt 1).");
            }
        });
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + report);

        // After the restart the platform works again without being restarted itself.
        var after = await SendAsync("Angebot", 999, provider, $"/anbieter/angebote/neu?org={staff.OrganisationId}", OfferFields(999, offerToken), clock, delay: 0);
        Assert.True(after.Status == 302, $"Nach dem Neustart: {after.Status} {after.Note}");
    }

    private static async Task<Outcome> SendAsync(string kind, int index, HttpClient client, string url, Dictionary<string, string> fields, Stopwatch clock, int delay)
    {
        await Task.Delay(delay);
        var started = clock.Elapsed;
        using var timeout = new CancellationTokenSource(RequestLimit);
        try
        {
            using var response = await client.PostAsync(url, new FormUrlEncodedContent(fields), timeout.Token);
            var status = (int)response.StatusCode;
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var germanPage = response.Content.Headers.ContentType?.MediaType == "text/html" && body.Contains("lang=\"de\"", StringComparison.Ordinal);
            var clean = status switch
            {
                302 => true,
                200 => germanPage,
                >= 500 => germanPage && (status != 503 || response.Headers.RetryAfter is not null),
                _ => false,
            };
            var note = status == 302 ? "gespeichert" : germanPage ? Forms.Parse(body).QuerySelector("h1")?.TextContent.Trim() ?? "" : body[..Math.Min(body.Length, 200)];
            return new(kind, index, status, clean, note, started, clock.Elapsed);
        }
        catch (OperationCanceledException)
        {
            return new(kind, index, 0, false, $"keine Antwort nach {RequestLimit.TotalSeconds} s", started, clock.Elapsed);
        }
        catch (Exception e)
        {
            return new(kind, index, 0, false, $"{e.GetType().Name}: {e.Message}", started, clock.Elapsed);
        }
    }

    private static string Email(int i) => $"stoerfall-{i}@example.org";

    private static string CompanyName(int i) => $"Störfall-Firma {i}";

    private static string OfferTitle(int i) => $"Störfall-Angebot {i}";

    private static Dictionary<string, string> RegistrationFields(int i, string token) => new()
    {
        ["__RequestVerificationToken"] = token, ["Input.Kind"] = "unternehmen", ["Input.Name"] = $"Person {i}", ["Input.Email"] = Email(i),
        ["Input.Password"] = "Stoerfall2026a", ["Input.OrganisationName"] = CompanyName(i), ["Input.Town"] = "Hamm", ["Input.EmployeeCount"] = "12",
    };

    private static Dictionary<string, string> OfferFields(int i, string token) => new()
    {
        ["__RequestVerificationToken"] = token, ["Input.Title"] = OfferTitle(i), ["Input.ExternalId"] = $"STOER-{i}",
        ["Input.Summary"] = "Kurs während eines Datenbank-Neustarts.", ["Input.Content"] = "<p>Inhalt</p>",
        ["Input.Hours"] = "40", ["Input.Price"] = "990", ["Input.TimeModel"] = "AlongsideWork", ["Input.IsPublished"] = "true",
        ["Input.Sessions[0].StartDate"] = "2027-03-01", ["Input.Sessions[0].EndDate"] = "2027-03-05", ["Input.Sessions[0].StartTime"] = "08:30",
        ["Input.Sessions[0].Format"] = "Onsite", ["Input.Sessions[0].VenueName"] = "Werkstatt", ["Input.Sessions[0].Street"] = "Ring 2",
        ["Input.Sessions[0].Postcode"] = "59065", ["Input.Sessions[0].Town"] = "Hamm", ["Input.Sessions[0].Seats"] = "12",
    };
}
