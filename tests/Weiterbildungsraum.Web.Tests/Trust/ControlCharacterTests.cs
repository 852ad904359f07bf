using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Funding;
using Weiterbildungsraum.Web.Features.Offers.Import;
using Weiterbildungsraum.Web.Tests.Competencies;
using Weiterbildungsraum.Web.Tests.Offers;

namespace Weiterbildungsraum.Web.Tests.Trust;

/// <summary>
/// The NUL character (U+0000) and other control characters in every kind of text input: a form field, the query, an API
/// JSON body and each importer. Refused with 4xx or an import error naming the field, and nothing is written — also on
/// PostgreSQL, which cannot store a NUL and would otherwise fail the write with a 500.
/// </summary>
public sealed class ControlCharacterTests : IDisposable
{
    private readonly TestPlatform platform = new(demoData: false);

    public void Dispose() => platform.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Anonymous() => platform.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<string> GermanErrorPageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {html[..Math.Min(html.Length, 400)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("lang=\"de\"", html);
        return System.Net.WebUtility.HtmlDecode(html);
    }

    /// <summary>A 400 problem+json whose errors name the field; returns the field's messages.</summary>
    private static async Task<string> ProblemAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"Kein Fehler für „{field}“: {text}");
        return string.Join(" ", errors[field]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Theory]
    [InlineData("Anna\0Nullmann", "U+0000")]
    [InlineData("Anna\u001bEscape", "U+001B")]
    [InlineData("Anna\u0085", "U+0085")]
    public async Task A_form_field_with_a_control_character_is_refused_naming_the_field_and_nothing_is_stored(string name, string code)
    {
        var email = $"steuer-{Guid.NewGuid():N}@example.org";
        var users = await platform.WithDbAsync(db => db.Users.CountAsync());
        var response = await Anonymous().SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "beschaeftigte", ["Input.Name"] = name, ["Input.Email"] = email, ["Input.Password"] = "Sicheres-Passwort-2026!",
        });
        var page = await GermanErrorPageAsync(response);
        Assert.True(page.Contains("„Ihr Name“", StringComparison.Ordinal), page);
        Assert.Contains(code, page);
        Assert.Equal(users, await platform.WithDbAsync(db => db.Users.CountAsync()));
        Assert.False(await platform.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task The_same_form_without_control_characters_still_registers()
    {
        var email = $"ohne-{Guid.NewGuid():N}@example.org";
        var response = await Anonymous().SubmitAsync("/registrieren", new Dictionary<string, string>
        {
            ["Input.Kind"] = "beschaeftigte", ["Input.Name"] = "Anna\tTab Zeile", ["Input.Email"] = email, ["Input.Password"] = "Sicheres-Passwort-2026!",
        });
        Assert.NotEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await platform.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [InlineData("/angebote?q=Stapler%00", "q")]
    [InlineData("/angebote?q=a&ort=%07", "ort")]
    public async Task A_query_parameter_of_a_page_with_a_control_character_gets_a_German_error_page_naming_it(string url, string field)
    {
        var page = await GermanErrorPageAsync(await Anonymous().GetAsync(url, Ct));
        Assert.Contains($"„{field}“", page);
    }

    [Theory]
    [InlineData("/api/v1/offers?q=Stapler%00", "q", "U+0000")]
    [InlineData("/api/v1/offers?q=%1F", "q", "U+001F")]
    // A %00 in the path never reaches the application: the server's URL decoder refuses it (400).
    [InlineData("/api/v1/offers/%07", "Adresse", "U+0007")]
    public async Task A_query_or_address_of_the_API_with_a_control_character_is_a_problem_naming_it(string url, string field, string code)
    {
        var message = await ProblemAsync(await Anonymous().GetAsync(url, Ct), field);
        Assert.Contains(code, message);
    }

    [Theory]
    [InlineData("""{"roleId":"x","horizon":"now","ratings":[{"competencyId":"a\u0000b","level":2}]}""", "ratings[0].competencyId", "U+0000")]
    [InlineData("""{"roleId":"x\u0001","horizon":"now","ratings":[]}""", "roleId", "U+0001")]
    [InlineData("""{"roleId":"x","horizon":"now","ratings":[],"a\u0000":1}""", "['a\uFFFD']", "U+0000")]
    public async Task A_JSON_string_with_a_control_character_is_a_problem_naming_its_path(string body, string field, string code)
    {
        foreach (var contentType in new[] { "application/json", "text/plain" })
        {
            var response = await Anonymous().PostAsync("/api/v1/gap-analysis", new StringContent(body, Encoding.UTF8, contentType), Ct);
            Assert.Contains(code, await ProblemAsync(response, field));
        }
    }

    [Fact]
    public async Task A_JSON_body_with_a_NUL_changes_nothing_in_the_model_draft()
    {
        var client = await platform.ClientAsAsync(await Coordinator.CreateAsync(platform));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync("/api/v1/competency-model/draft", new { }, Ct)).StatusCode);
        var before = await platform.WithDbAsync(db => db.Competencies.CountAsync());
        var response = await client.PostAsJsonAsync("/api/v1/competency-model/draft/competencies", new
        {
            key = "nullzeichen", name = "Null\0zeichen", category = "Fachkompetenz",
            levels = new Dictionary<string, string> { ["1"] = "a", ["2"] = "b", ["3"] = "c", ["4"] = "d" },
        }, Ct);
        Assert.Contains("U+0000", await ProblemAsync(response, "name"));
        Assert.Equal(before, await platform.WithDbAsync(db => db.Competencies.CountAsync()));
        Assert.False(await platform.WithDbAsync(db => db.Competencies.AnyAsync(c => c.Key == "nullzeichen")));
    }

    [Fact]
    public async Task A_competency_model_upload_with_a_NUL_names_the_path_and_adds_no_version()
    {
        var client = await platform.ClientAsAsync(await Coordinator.CreateAsync(platform));
        var model = (await Anonymous().GetFromJsonAsync<JsonObject>("/api/v1/competency-model", Ct))!;
        model["competencies"]![1]!["name"] = "Kaputt\0er Name";
        var versions = await platform.WithDbAsync(db => db.FrameworkVersions.CountAsync());
        var response = await client.PostAsJsonAsync("/api/v1/competency-model/drafts", model, Ct);
        Assert.Contains("U+0000", await ProblemAsync(response, "competencies[1].name"));
        Assert.Equal(versions, await platform.WithDbAsync(db => db.FrameworkVersions.CountAsync()));
    }

    public static TheoryData<string, string, string> OfferFiles => new()
    {
        // file, text to replace, its replacement with a control character
        { "angebote.csv", "SPS-Programmierung mit strukturiertem Text", "SPS-Programmierung\0mit strukturiertem Text" },
        { "angebote.csv", "Elektrikerinnen und Elektriker", "Elektrikerinnen\u0007und Elektriker" },
        { "angebote.jsonld", "Nachhaltigkeitsmanagement im Betrieb", "Nachhaltigkeitsmanagement\\u0000im Betrieb" },
        { "angebote.jsonld", "Sesekedamm 12", "Sesekedamm\\u0000 12" },
        { "qcat-katalog-utf8.xml", "Fachkraft für Staplerfahren und Ladungssicherung", "Fachkraft für Staplerfahren&#0;und Ladungssicherung" },
        { "qcat-katalog-utf8.xml", "Fachkraft für Staplerfahren und Ladungssicherung", "Fachkraft für Staplerfahren\0und Ladungssicherung" },
    };

    [Theory]
    [MemberData(nameof(OfferFiles))]
    public async Task An_offer_file_with_a_control_character_is_an_import_error_in_the_dry_run_and_writes_nothing(string fixture, string find, string replace)
    {
        var text = Encoding.UTF8.GetString(Providers.Fixture(fixture));
        Assert.Contains(find, text);
        var content = Encoding.UTF8.GetBytes(text.Replace(find, replace, StringComparison.Ordinal));
        var staff = await Providers.CreateAsync(platform, "Steuerzeichen-Anbieter " + Guid.NewGuid().ToString("N")[..6]);
        var before = await OfferRowsAsync();
        foreach (var dryRun in new[] { true, false })
        {
            using var scope = platform.Services.CreateScope();
            var report = await scope.ServiceProvider.GetRequiredService<OfferImporter>()
                .RunAsync(new ImportRequest(fixture, content, dryRun, ProviderId: staff.OrganisationId), Ct);
            Assert.True(report.HasErrors, $"{fixture}: kein Fehler gemeldet.");
            Assert.False(report.Applied);
            Assert.All(report.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
            if (!fixture.EndsWith(".xml", StringComparison.Ordinal))
            {
                // XML cannot carry the character at all: the parser names the place. The others name place, field and character.
                Assert.Contains(report.Errors, e => e.Message.Contains("U+00", StringComparison.Ordinal) && e.Location != "" && e.Field != "");
            }
        }
        Assert.Equal(before, await OfferRowsAsync());
    }

    [Fact]
    public async Task The_offer_import_API_reports_a_NUL_in_JSON_LD_with_path_and_field()
    {
        var staff = await Providers.CreateAsync(platform, "API-Anbieter " + Guid.NewGuid().ToString("N")[..6]);
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Providers.TokenAsync(platform, staff.OrganisationId));
        var text = Encoding.UTF8.GetString(Providers.Fixture("angebote.jsonld")).Replace("Nachhaltigkeitsmanagement im Betrieb", "Nachhaltigkeits\\u0000management", StringComparison.Ordinal);
        var before = await OfferRowsAsync();
        foreach (var dryRun in new[] { "true", "false" })
        {
            var response = await client.PostAsync($"/api/v1/offers/import?dryRun={dryRun}", new StringContent(text, Encoding.UTF8, "application/ld+json"), Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {body}");
            var problems = JsonNode.Parse(body)!["report"]!["problems"]!.AsArray();
            Assert.Contains(problems, p => p!["field"]!.GetValue<string>() == "Titel" && p["location"]!.GetValue<string>().StartsWith('$')
                && p["message"]!.GetValue<string>().Contains("U+0000", StringComparison.Ordinal));
        }
        Assert.Equal(before, await OfferRowsAsync());
    }

    [Fact]
    public async Task A_competency_CSV_with_a_NUL_names_line_and_column_in_the_dry_run_and_changes_nothing()
    {
        var client = await platform.ClientAsAsync(await Coordinator.CreateAsync(platform));
        var created = await client.PostAsJsonAsync("/api/v1/competency-model/draft", new { }, Ct);
        var draft = (await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["number"]!.GetValue<int>();
        var csv = await client.GetStringAsync($"/api/v1/competency-model/versions/{draft}/competencies.csv", Ct);
        var lines = csv.Split("\r\n");
        var fields = CsvLine(lines[2]);
        var description = Array.IndexOf(CsvLine(lines[0].TrimStart('\uFEFF')), CompetencyCsv.Description);
        Assert.True(description >= 0);
        var key = fields[0];
        fields[description] += "\0";
        lines[2] = Weiterbildungsraum.Web.Features.Shared.CsvField.Line(fields);
        var damaged = string.Join("\r\n", lines);
        var stored = await platform.WithDbAsync(db => db.Competencies.Where(c => c.Key == key).Select(c => c.Description).ToListAsync());
        foreach (var dryRun in new[] { "true", "false" })
        {
            var response = await client.PostAsync($"/api/v1/competency-model/draft/competencies.csv?dryRun={dryRun}&fileName=liste.csv",
                new StringContent(damaged, Encoding.UTF8, "text/csv"), Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{(int)response.StatusCode}: {body}");
            var problem = Assert.Single(JsonNode.Parse(body)!["problems"]!.AsArray());
            Assert.Equal((3, CompetencyCsv.Description), (problem!["line"]!.GetValue<int>(), problem["field"]!.GetValue<string>()));
            Assert.Contains("U+0000", problem["reason"]!.GetValue<string>());
        }
        Assert.Equal(stored, await platform.WithDbAsync(db => db.Competencies.Where(c => c.Key == key).Select(c => c.Description).ToListAsync()));
    }

    [Fact]
    public void Funding_rules_with_a_NUL_are_refused_naming_the_path()
    {
        const string rules = """{"conditions":{},"courseCostRate":50,"adjustments":[{"when":"x","note":"Hinweis\u0000"}]}""";
        Assert.Null(FundingRulesJson.Parse(rules, out var errors));
        var error = Assert.Single(errors);
        Assert.Contains("adjustments[0].note", error);
        Assert.Contains("U+0000", error);
    }

    /// <summary>The fields of one CSV line of the export (quoted fields with "" inside, separated by semicolons).</summary>
    private static string[] CsvLine(string line) =>
        [.. Weiterbildungsraum.Domain.Offers.Import.CsvRows.Read(line, ';', (_, _) => { }).Single().Fields];

    private Task<(int Offers, int Sessions, int Organisations)> OfferRowsAsync() => platform.WithDbAsync(async db =>
        (await db.Offers.CountAsync(), await db.OfferSessions.CountAsync(), await db.Organisations.CountAsync()));
}
