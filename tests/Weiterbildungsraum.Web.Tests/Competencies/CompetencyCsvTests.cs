using AngleSharp.Dom;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Competencies;
using Weiterbildungsraum.Web.Features.Competencies;

namespace Weiterbildungsraum.Web.Tests.Competencies;

/// <summary>Competency lists as CSV: export of a version, import into the draft (checked first, then all or nothing).</summary>
public class CompetencyCsvTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestPlatform Platform, HttpClient Client, int Draft)> DraftAsync()
    {
        var platform = new TestPlatform(demoData: false);
        var client = await platform.ClientAsAsync(await Coordinator.CreateAsync(platform));
        var created = await client.PostAsJsonAsync("/api/v1/competency-model/draft", new { }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (platform, client, (await created.Content.ReadFromJsonAsync<JsonObject>(Ct))!["number"]!.GetValue<int>());
    }

    private static Task<HttpResponseMessage> ImportAsync(HttpClient client, string csv, bool dryRun = false) =>
        client.PostAsync($"/api/v1/competency-model/draft/competencies.csv?dryRun={dryRun}&fileName=liste.csv", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct);

    [Fact]
    public async Task The_export_holds_every_competency_of_the_version_and_reads_back_without_problems()
    {
        var (platform, client, draft) = await DraftAsync();
        using var _ = platform;
        var response = await client.GetAsync($"/api/v1/competency-model/versions/{draft - 1}/competencies.csv", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble));
        var parsed = CompetencyCsv.Parse("export.csv", bytes);
        Assert.Empty(parsed.Problems);
        var versionId = await platform.WithDbAsync(db => CurrentModel.VersionIdAsync(db));
        var stored = await platform.WithDbAsync(db => db.Competencies.Where(c => c.VersionId == versionId).ToListAsync());
        Assert.Equal(stored.Count, parsed.Rows.Count);
        var sample = stored.First(c => c.EscoUris.Count > 0);
        var row = parsed.Rows.Single(r => r.Competency.Key == sample.Key).Competency;
        Assert.Equal(sample.EscoUris, row.EscoUris);
        Assert.Equal(sample.Levels, row.Levels);
        Assert.Equal(sample.Category, row.Category);

        var reimport = await ImportAsync(client, Encoding.UTF8.GetString(bytes));
        Assert.Equal(HttpStatusCode.OK, reimport.StatusCode);
        var report = (await reimport.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.Equal(stored.Count, report["unchanged"]!.GetValue<int>());
        Assert.Equal(0, report["created"]!.GetValue<int>() + report["updated"]!.GetValue<int>());
    }

    [Fact]
    public async Task Formulas_are_defused_in_the_export_and_restored_on_import()
    {
        var (platform, client, draft) = await DraftAsync();
        using var _ = platform;
        var key = (await client.GetFromJsonAsync<JsonObject>("/api/v1/competency-model/draft", Ct))!["competencies"]![0]!["key"]!.GetValue<string>();
        var item = (await client.GetFromJsonAsync<JsonObject>($"/api/v1/competency-model/draft/competencies/{key}", Ct))!;
        const string formula = "=HYPERLINK(\"http://example.org\";\"klick\")";
        item["description"] = formula;
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/competency-model/draft/competencies/{key}", item, Ct)).StatusCode);

        var csv = await client.GetStringAsync($"/api/v1/competency-model/versions/{draft}/competencies.csv", Ct);
        var line = csv.Split("\r\n").Single(l => l.StartsWith(key + ";", StringComparison.Ordinal));
        Assert.Contains("\"'=HYPERLINK(\"\"http://example.org\"\";\"\"klick\"\")\"", line);
        Assert.DoesNotContain(";=", line);

        var reimport = await ImportAsync(client, csv);
        Assert.Equal(HttpStatusCode.OK, reimport.StatusCode);
        Assert.Equal(0, (await reimport.Content.ReadFromJsonAsync<JsonObject>(Ct))!["updated"]!.GetValue<int>());
        Assert.Equal(formula, (await client.GetFromJsonAsync<JsonObject>($"/api/v1/competency-model/draft/competencies/{key}", Ct))!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_file_with_errors_names_line_and_column_and_changes_nothing()
    {
        var (platform, client, _) = await DraftAsync();
        using var _p = platform;
        var header = string.Join(";", CompetencyCsv.Columns.Select(c => c.Header));
        var csv = string.Join("\n",
            header,
            "neue-kompetenz-a;Neue Kompetenz A;Fachkompetenz;Beschreibung;Digital;eins;zwei;drei;vier;",
            "neue-kompetenz-b;Neue Kompetenz B;Zauberkompetenz;;;eins;zwei;drei;vier;",
            "neue-kompetenz-c;Neue Kompetenz C;Methodenkompetenz;;Blau;eins;;drei;vier;https://example.org/x",
            "neue-kompetenz-a;Neue Kompetenz D;Sozialkompetenz;;;eins;zwei;drei;vier;",
            "Falscher Schlüssel;Neue Kompetenz E;Personale Kompetenz;;;eins;zwei;drei;vier;");
        var before = await platform.WithDbAsync(db => db.Competencies.CountAsync());
        var response = await ImportAsync(client, csv);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problems = (await response.Content.ReadFromJsonAsync<JsonObject>(Ct))!["problems"]!.AsArray()
            .Select(p => (File: p!["file"]!.GetValue<string>(), Line: p["line"]!.GetValue<int>(), Field: p["field"]!.GetValue<string>(), Reason: p["reason"]!.GetValue<string>())).ToList();
        Assert.All(problems, p => Assert.Equal("liste.csv", p.File));
        Assert.Contains(problems, p => p is { Line: 3, Field: "Kategorie" } && p.Reason.Contains("Zauberkompetenz"));
        Assert.Contains(problems, p => p is { Line: 4, Field: "Merkmale" });
        Assert.Contains(problems, p => p is { Line: 4, Field: "Stufe 2" });
        Assert.Contains(problems, p => p is { Line: 4, Field: "ESCO-URIs" });
        Assert.Contains(problems, p => p is { Line: 5, Field: "Schlüssel" } && p.Reason.Contains("Zeile 2"));
        Assert.Contains(problems, p => p is { Line: 6, Field: "Schlüssel" });
        Assert.DoesNotContain(problems, p => p.Line == 2);
        Assert.Equal(before, await platform.WithDbAsync(db => db.Competencies.CountAsync()));
    }

    [Fact]
    public async Task A_clean_file_adds_and_changes_competencies_in_one_go_and_a_dry_run_stores_nothing()
    {
        var (platform, client, draft) = await DraftAsync();
        using var _ = platform;
        var csv = await client.GetStringAsync($"/api/v1/competency-model/versions/{draft}/competencies.csv", Ct);
        var lines = csv.TrimEnd('\r', '\n').Split("\r\n").ToList();
        var fields = lines[1].Split(';');
        var changedKey = fields[0];
        fields[1] += " neu gefasst";
        lines[1] = string.Join(";", fields);
        lines.Add("ki-prompting-grundlagen;KI-Assistenten gezielt einsetzen;Methodenkompetenz;Anfragen an KI-Assistenten formulieren und Ergebnisse prüfen;Digital | KI;kennt Beispiele;formuliert einfache Anfragen;prüft Ergebnisse selbstständig;entwickelt Vorlagen für das Team;");
        var file = string.Join("\r\n", lines);

        var dry = await ImportAsync(client, file, dryRun: true);
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        var dryReport = (await dry.Content.ReadFromJsonAsync<JsonObject>(Ct))!;
        Assert.False(dryReport["applied"]!.GetValue<bool>());
        Assert.Equal(1, dryReport["created"]!.GetValue<int>());
        Assert.Equal(1, dryReport["updated"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/competency-model/draft/competencies/ki-prompting-grundlagen", Ct)).StatusCode);

        var applied = await ImportAsync(client, file);
        Assert.True((await applied.Content.ReadFromJsonAsync<JsonObject>(Ct))!["applied"]!.GetValue<bool>());
        var created = (await client.GetFromJsonAsync<JsonObject>("/api/v1/competency-model/draft/competencies/ki-prompting-grundlagen", Ct))!;
        Assert.Equal("Methodenkompetenz", created["category"]!.GetValue<string>());
        Assert.Equal(new[] { "Digital", "KI" }, created["tags"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.EndsWith(" neu gefasst", (await client.GetFromJsonAsync<JsonObject>($"/api/v1/competency-model/draft/competencies/{changedKey}", Ct))!["name"]!.GetValue<string>());
        var changes = (await client.GetFromJsonAsync<JsonArray>("/api/v1/competency-model/draft/changes", Ct))!;
        Assert.Contains(changes, c => c!["kind"]!.GetValue<string>() == "CompetencyAdded" && c["competencyId"]!.GetValue<string>() == "ki-prompting-grundlagen");
    }

    [Fact]
    public async Task The_upload_page_lists_each_problem_with_file_line_and_column()
    {
        var (platform, client, _) = await DraftAsync();
        using var _p = platform;
        var page = await client.GetDocumentAsync("/koordination/modellpflege/csv");
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("main form input[name=__RequestVerificationToken]")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes("Schlüssel;Name;Kategorie;Stufe 1;Stufe 2;Stufe 3;Stufe 4\nx-1;X;Fachkompetenz;a;b;c;\n")), "upload", "meine-liste.csv" },
        };
        var response = await client.PostAsync("/koordination/modellpflege/csv?handler=Apply", content, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = Forms.Parse(await response.Content.ReadAsStringAsync(Ct));
        var cells = result.QuerySelectorAll(".import-report tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToArray()).ToList();
        Assert.Contains(cells, c => c[0] == "meine-liste.csv" && c[1] == "2" && c[2] == "Stufe 4" && c[3].Contains("Stufe 4 ist nicht beschrieben"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/competency-model/draft/competencies/x-1", Ct)).StatusCode);
    }
}
