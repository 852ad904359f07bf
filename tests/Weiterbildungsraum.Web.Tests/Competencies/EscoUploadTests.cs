using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Tests.Competencies;

/// <summary>The admin upload: files or a ZIP go in, the import runs in the background, the status page and API show how far it is.</summary>
public class EscoUploadTests
{
    private static string Fixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "esco-mini");
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, params (string Name, byte[] Content)[] files)
    {
        var page = await admin.GetDocumentAsync("/verwaltung/esco-import");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, content) in files) form.Add(new ByteArrayContent(content), "Uploads", name);
        return await admin.PostAsync("/verwaltung/esco-import", form, Ct);
    }

    private static async Task<JsonObject> FinishedAsync(HttpClient admin, HttpResponseMessage upload)
    {
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var id = int.Parse(upload.Headers.Location!.OriginalString.Split('/')[^1]);
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            var status = (await admin.GetFromJsonAsync<JsonObject>($"/api/v1/esco/imports/{id}", Ct))!;
            if (status["finished"]!.GetValue<bool>()) return status;
            Assert.True(DateTime.UtcNow < deadline, $"Import {id} nicht fertig geworden: {status}");
            await Task.Delay(200, Ct);
        }
    }

    private static (string, byte[])[] FixtureFiles() =>
        Directory.GetFiles(Fixture).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f))).ToArray();

    private static byte[] Zip(IEnumerable<(string Name, byte[] Content)> files)
    {
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in files)
            {
                using var entry = archive.CreateEntry("ESCO dataset - v1.2.0 - de/" + name).Open();
                entry.Write(content);
            }
        return buffer.ToArray();
    }

    [Fact]
    public async Task Several_files_import_in_the_background_and_the_same_set_as_ZIP_changes_nothing()
    {
        using var platform = new TestPlatform(demoData: true);
        var admin = await platform.ClientAsRoleAsync(Roles.Admin);

        var first = await FinishedAsync(admin, await UploadAsync(admin, FixtureFiles()));
        Assert.Equal("Completed", first["state"]!.GetValue<string>());
        Assert.Equal(3, first["added"]!.GetValue<int>());
        Assert.Equal(4, first["relationsAdded"]!.GetValue<int>());
        Assert.Equal(first["filesTotal"]!.GetValue<int>(), first["filesDone"]!.GetValue<int>());
        Assert.True(first["rowsRead"]!.GetValue<long>() >= 6);
        Assert.Contains("notizen.csv", first["ignoredFiles"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(3, await platform.WithDbAsync(db => db.EscoConcepts.CountAsync(Ct)));

        var page = await admin.GetDocumentAsync($"/verwaltung/esco-import/{first["id"]}");
        Assert.Contains("Fertig", page.QuerySelector("[data-field=stateText]")!.TextContent);
        Assert.Contains("3 neu", page.QuerySelector("main")!.TextContent);

        var again = await FinishedAsync(admin, await UploadAsync(admin, ("esco.zip", Zip(FixtureFiles()))));
        Assert.Equal("Completed", again["state"]!.GetValue<string>());
        Assert.Equal(0, again["added"]!.GetValue<int>());
        Assert.Equal(0, again["updated"]!.GetValue<int>());
        Assert.Equal(3, again["unchanged"]!.GetValue<int>());
        Assert.Equal(0, again["relationsAdded"]!.GetValue<int>());

        var list = await admin.GetFromJsonAsync<JsonArray>("/api/v1/esco/imports", Ct);
        Assert.Equal(2, list!.Count);
        Assert.Contains(again["id"]!.GetValue<int>().ToString(), (await admin.GetDocumentAsync("/verwaltung/esco-import")).QuerySelector("main table")!.TextContent);
    }

    [Fact]
    public async Task Bad_files_are_refused_with_file_and_line_and_nothing_is_stored()
    {
        using var platform = new TestPlatform(demoData: true);
        var admin = await platform.ClientAsRoleAsync(Roles.Admin);

        var wrongKind = await UploadAsync(admin, ("bericht.pdf", Encoding.UTF8.GetBytes("%PDF-1.4")));
        Assert.Equal(HttpStatusCode.OK, wrongKind.StatusCode);
        Assert.Contains("„bericht.pdf“", await wrongKind.Content.ReadAsStringAsync(Ct));
        var brokenZip = await UploadAsync(admin, ("esco.zip", Encoding.UTF8.GetBytes("kein zip")));
        Assert.Equal(HttpStatusCode.OK, brokenZip.StatusCode);
        Assert.Contains("„esco.zip“ ist kein lesbares ZIP-Archiv", await brokenZip.Content.ReadAsStringAsync(Ct));
        var nothing = await UploadAsync(admin);
        Assert.Equal(HttpStatusCode.OK, nothing.StatusCode);
        Assert.Contains("mindestens eine ESCO-CSV-Datei", await nothing.Content.ReadAsStringAsync(Ct));

        var skills = File.ReadAllText(Path.Combine(Fixture, "skills_de.csv"));
        // The second data record starts on line 4 (the first spans two lines).
        var broken = skills.Replace("http://data.europa.eu/esco/skill/test-0002", "kaputt");
        var failed = await FinishedAsync(admin, await UploadAsync(admin,
            ("occupations_de.csv", File.ReadAllBytes(Path.Combine(Fixture, "occupations_de.csv"))), ("skills_de.csv", Encoding.UTF8.GetBytes(broken))));
        Assert.Equal("Failed", failed["state"]!.GetValue<string>());
        var error = failed["errors"]![0]!.GetValue<string>();
        Assert.StartsWith("skills_de.csv, Zeile 4:", error);
        Assert.Contains("conceptUri", error);
        Assert.Equal(0, await platform.WithDbAsync(db => db.EscoConcepts.CountAsync(Ct)));
        var page = await admin.GetDocumentAsync($"/verwaltung/esco-import/{failed["id"]}");
        Assert.Contains("skills_de.csv, Zeile 4", page.QuerySelector(".esco-errors")!.TextContent);

        var latin1 = Encoding.Latin1.GetBytes("conceptType,conceptUri,preferredLabel\nKnowledgeSkillCompetence,http://data.europa.eu/esco/skill/x,Führen\n");
        var notUtf8 = await FinishedAsync(admin, await UploadAsync(admin, ("skills_de.csv", latin1)));
        Assert.Equal("Failed", notUtf8["state"]!.GetValue<string>());
        Assert.Contains("skills_de.csv", notUtf8["errors"]![0]!.GetValue<string>());
        Assert.Contains("UTF-8", notUtf8["errors"]![0]!.GetValue<string>());

        var unknown = await FinishedAsync(admin, await UploadAsync(admin, ("notizen.csv", File.ReadAllBytes(Path.Combine(Fixture, "notizen.csv")))));
        Assert.Equal("Failed", unknown["state"]!.GetValue<string>());
        Assert.Contains("keine bekannte ESCO-CSV-Datei", unknown["errors"]![0]!.GetValue<string>());
        Assert.Equal(0, await platform.WithDbAsync(db => db.EscoConcepts.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_real_ESCO_file_from_the_shared_set_imports_through_the_upload()
    {
        var file = Path.Combine(Paths.Esco, "digCompSkillsCollection_de.csv");
        if (!File.Exists(file))
        {
            Assert.False(Requirements.Strict, $"ESCO-Daten fehlen unter {Paths.Esco}.");
            Assert.Skip($"ESCO-Daten nicht vorhanden ({Paths.Esco}).");
        }
        using var platform = new TestPlatform(demoData: true);
        var admin = await platform.ClientAsRoleAsync(Roles.Admin);
        var status = await FinishedAsync(admin, await UploadAsync(admin, (Path.GetFileName(file), await File.ReadAllBytesAsync(file, Ct))));
        Assert.Equal("Completed", status["state"]!.GetValue<string>());
        var digcomp = await platform.WithDbAsync(db => db.EscoConcepts.Where(c => c.Kind == EscoKind.Skill).Select(c => c.Collections).ToListAsync(Ct));
        // The DigComp collection of ESCO 1.2 has 25 skills.
        Assert.Equal(25, digcomp.Count(c => c.Contains("digcomp")));
        Assert.Equal(status["added"]!.GetValue<int>(), await platform.WithDbAsync(db => db.EscoConcepts.CountAsync(Ct)));
    }
}
