using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Data;
using Weiterbildungsraum.Web.Features.Competencies.Esco;
using Weiterbildungsraum.Web.Features.Offers.Import;
using Weiterbildungsraum.Web.Tests.Offers;

namespace Weiterbildungsraum.Web.Tests.Trust;

/// <summary>
/// Every importer (offers as open-Qcat XML, CSV and JSON-LD; ESCO CSV folders) fed broken versions of valid files:
/// a report or a clear import error, never an exception, and a file with errors writes nothing.
/// </summary>
public sealed class ImporterFuzzTests : IDisposable
{
    private readonly TestPlatform platform = new(demoData: false);

    public void Dispose() => platform.Dispose();

    private static readonly string[] OfferFixtures =
    [
        "qcat-katalog-utf8.xml", "qcat-aenderung-iso8859-15.xml", "qcat-update-windows1252.xml", "angebote.csv", "kurse-export-ansi.csv",
        "kursportal-export.csv", "angebote.jsonld", "website-kurse.jsonld", "kursseite-bildungswerk.html",
    ];

    [Fact]
    public async Task Broken_offer_files_are_reported_and_write_nothing()
    {
        var fuzz = new FuzzInput(FuzzInput.SeedFromEnvironment());
        var seedNote = $"Zufallszahl (Seed) {fuzz.Seed}; wiederholen mit WBR_FUZZ_SEED={fuzz.Seed}.";
        TestContext.Current.TestOutputHelper?.WriteLine(seedNote);
        var staff = await Providers.CreateAsync(platform, "Import-Prüfstand");
        var failures = new List<string>();
        var cases = 0;
        foreach (var fixture in OfferFixtures)
            foreach (var (label, content) in Mutations(fuzz, fixture, Providers.Fixture(fixture)))
            {
                cases++;
                foreach (var partial in new[] { false, true })
                {
                    var before = await OfferRowsAsync();
                    var attempt = $"{fixture} mit {label}{(partial ? " (teilweiser Import)" : "")}";
                    ImportReport report;
                    try
                    {
                        using var scope = platform.Services.CreateScope();
                        report = await scope.ServiceProvider.GetRequiredService<OfferImporter>()
                            .RunAsync(new ImportRequest(fixture, content, DryRun: false, ProviderId: staff.OrganisationId, Partial: partial), TestContext.Current.CancellationToken);
                    }
                    catch (Exception e)
                    {
                        failures.Add($"{attempt}: {e.GetType().Name}: {e.Message}");
                        continue;
                    }
                    var after = await OfferRowsAsync();
                    if (label == "Steuerzeichen" && Encoding.UTF8.GetString(content).Contains('\0') && !report.HasErrors)
                        failures.Add($"{attempt}: ein Nullzeichen in der Datei, aber kein Fehler gemeldet.");
                    if (report.Blocked && after != before)
                        failures.Add($"{attempt}: Fehler gemeldet, aber {before} → {after} Zeilen geschrieben.");
                    if (!partial && report.HasErrors != report.Blocked)
                        failures.Add($"{attempt}: ohne teilweisen Import hält nicht jeder Fehler den Import an.");
                    if (report.HasErrors && report.Errors.Any(e => string.IsNullOrWhiteSpace(e.Message)))
                        failures.Add($"{attempt}: ein Fehler ohne Beschreibung.");
                    if (partial && report.Applied && await StoredFaultyAsync(report) is { } faulty)
                        failures.Add($"{attempt}: das fehlerhafte Angebot „{faulty}“ wurde trotzdem übernommen.");
                }
            }
        var leaked = await platform.WithDbAsync(db => db.Offers.AnyAsync(o => o.Title.Contains("root:") || o.Content.Contains("root:")));
        Assert.False(leaked, "Eine externe Entität wurde aufgelöst: Inhalt von /etc/passwd im Angebot.");
        Assert.True(cases >= 40, $"Nur {cases} Fälle.");
        Assert.True(failures.Count == 0, seedNote + "\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task Broken_ESCO_files_end_in_a_clear_import_error_and_write_nothing()
    {
        var fuzz = new FuzzInput(FuzzInput.SeedFromEnvironment());
        var seedNote = $"Zufallszahl (Seed) {fuzz.Seed}; wiederholen mit WBR_FUZZ_SEED={fuzz.Seed}.";
        TestContext.Current.TestOutputHelper?.WriteLine(seedNote);
        var source = Path.Combine(AppContext.BaseDirectory, "Fixtures", "esco-mini");
        var failures = new List<string>();
        foreach (var file in new[] { "skills_de.csv", "occupations_de.csv", "occupationSkillRelations_de.csv" })
            foreach (var (label, content) in Mutations(fuzz, file, File.ReadAllBytes(Path.Combine(source, file))))
            {
                var folder = Path.Combine(Path.GetTempPath(), "wbr-esco-fuzz-" + Guid.NewGuid().ToString("N")[..8]);
                Directory.CreateDirectory(folder);
                await File.WriteAllBytesAsync(Path.Combine(folder, file), content, TestContext.Current.CancellationToken);
                var before = await EscoRowsAsync();
                try
                {
                    using var scope = platform.Services.CreateScope();
                    await EscoImporter.ImportAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), folder, ct: TestContext.Current.CancellationToken);
                }
                catch (EscoImportException)
                {
                    if (await EscoRowsAsync() != before) failures.Add($"{file} mit {label}: Fehler gemeldet, aber etwas geschrieben.");
                }
                catch (Exception e)
                {
                    failures.Add($"{file} mit {label}: {e.GetType().Name}: {e.Message}");
                }
                finally
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        Assert.True(failures.Count == 0, seedNote + "\n" + string.Join("\n", failures));
    }

    /// <summary>Broken versions of a valid file: each keeps most of it, so the parser gets past the first line.</summary>
    private static IEnumerable<(string Label, byte[] Content)> Mutations(FuzzInput fuzz, string name, byte[] valid)
    {
        var text = Encoding.UTF8.GetString(valid);
        var random = new Random(fuzz.Seed ^ name.GetHashCode(StringComparison.Ordinal));
        yield return ("leerer Datei", []);
        yield return ("nur BOM", Encoding.UTF8.Preamble.ToArray());
        for (var i = 0; i < 3; i++)
        {
            var cut = random.Next(1, valid.Length);
            yield return ($"abgeschnitten nach {cut} Bytes", valid[..cut]);
        }
        var flipped = valid.ToArray();
        for (var i = 0; i < 12; i++) flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
        yield return ("zufällig veränderte Bytes", flipped);
        var at = random.Next(valid.Length);
        yield return ("ungültiges UTF-8 mittendrin", [.. valid[..at], 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80, .. valid[at..]]);
        yield return ("Steuerzeichen", Encoding.UTF8.GetBytes(Regex.Replace(text, "[aeiou]", m => random.Next(8) == 0 ? "\u0000\u0001\u001b" : m.Value)));
        yield return ("riesige Zahlen", Encoding.UTF8.GetBytes(Regex.Replace(text, "[0-9]+([.,][0-9]+)?", _ => fuzz.HugeNumber())));
        yield return ("als UTF-16", Encoding.Unicode.GetBytes(text));
        yield return ("Zufallsbytes", fuzz.RandomBytes(random.Next(1, 8192)));
        yield return ("überlange Zeile", Encoding.UTF8.GetBytes(text.Insert(text.Length / 2, new string('x', 2 * 1024 * 1024))));
        if (name.EndsWith(".xml", StringComparison.Ordinal))
        {
            var body = text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..];
            yield return ("Entitäten-Explosion", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY l0 \"ha\">" + string.Concat(Enumerable.Range(1, 12).Select(i => $"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">")) + "]>" + body.Replace("<SERVICE>", "<SERVICE>&l12;", StringComparison.Ordinal)));
            yield return ("externe Entität", Encoding.UTF8.GetBytes(
                "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + Regex.Replace(body, "<TITLE>[^<]*</TITLE>", "<TITLE>&x;</TITLE>")));
            yield return ("20.000 verschachtelte Elemente", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<a>", 20_000)) + string.Concat(Enumerable.Repeat("</a>", 20_000))));
        }
        if (name.EndsWith(".jsonld", StringComparison.Ordinal))
        {
            yield return ("20.000 verschachtelte Arrays", Encoding.UTF8.GetBytes(new string('[', 20_000) + new string(']', 20_000)));
            yield return ("falsche Typen", Encoding.UTF8.GetBytes(Regex.Replace(text, "\"[^\"]*\"\\s*(?=[,}])", _ => random.Next(2) == 0 ? "[]" : "{}")));
        }
        if (name.EndsWith(".csv", StringComparison.Ordinal))
        {
            yield return ("offenes Anführungszeichen", Encoding.UTF8.GetBytes(text.Insert(text.IndexOf('\n') + 1, "\"")));
            yield return ("falsches Trennzeichen", Encoding.UTF8.GetBytes(text.Replace(';', '\t').Replace(',', '\t')));
        }
    }

    /// <summary>A left-out offer whose text holds a refused character must not be in the database in that form.</summary>
    private async Task<string?> StoredFaultyAsync(ImportReport report)
    {
        var titles = report.Skipped.Select(s => s.Title).Where(t => t.Length > 0).ToHashSet();
        var stored = await platform.WithDbAsync(db => db.Offers.Select(o => o.Title).ToListAsync());
        return stored.FirstOrDefault(t => titles.Contains(t) && Weiterbildungsraum.Domain.Text.ControlCharacters.HasRefused(t));
    }

    private Task<(int Offers, int Sessions, int Competencies, int Organisations)> OfferRowsAsync() => platform.WithDbAsync(async db =>
        (await db.Offers.CountAsync(), await db.OfferSessions.CountAsync(), await db.OfferCompetencies.CountAsync(), await db.Organisations.CountAsync()));

    private Task<(int Concepts, int Relations)> EscoRowsAsync() => platform.WithDbAsync(async db =>
        (await db.EscoConcepts.CountAsync(), await db.EscoRelations.CountAsync()));
}
