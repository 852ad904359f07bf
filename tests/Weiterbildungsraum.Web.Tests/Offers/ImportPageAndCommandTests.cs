using System.Net;
using System.Text;

namespace Weiterbildungsraum.Web.Tests.Offers;

public class ImportPageAndCommandTests(ProviderPlatform platform) : IClassFixture<ProviderPlatform>
{
    [Fact]
    public async Task The_upload_page_shows_the_dry_run_first_and_applies_on_request()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Upload");
        var client = await Providers.SignInAsync(platform, staff.Email);
        var page = await client.GetDocumentAsync("/anbieter/import");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Providers.Fixture("qcat-katalog-utf8.xml")), "Upload", "katalog.xml" },
        };
        var dry = await client.PostAsync("/anbieter/import?handler=Check", form, TestContext.Current.CancellationToken);
        var html = await dry.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, dry.StatusCode);
        Assert.Contains("2 neu", html);
        Assert.Contains("Probelauf", html);
        Assert.Contains("SERVICE/SERVICE_CLASSIFICATION", html);
        Assert.Empty(await Providers.OffersOfAsync(platform, staff.OrganisationId));

        var apply = Forms.Parse(html).QuerySelector("form[action*=Apply]")!;
        var fields = apply.QuerySelectorAll("input[name]").GroupBy(i => i.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
        var applied = await client.PostAsync(apply.GetAttribute("action"), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        Assert.Contains("Import übernommen", await applied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, (await Providers.OffersOfAsync(platform, staff.OrganisationId)).Count);
    }

    [Fact]
    public async Task The_upload_page_takes_over_the_faultless_offers_when_asked_and_lists_the_skipped_ones()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Teilimport");
        var client = await Providers.SignInAsync(platform, staff.Email);
        var file = Providers.Fixture("kurse-export-ansi.csv");

        var atomic = Forms.Parse(await CheckAsync(client, file, partial: false));
        Assert.Contains("nichts wurde übernommen", atomic.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("teilweiser Import", atomic.QuerySelector("[role=status]")!.TextContent);
        Assert.Null(atomic.QuerySelector("form[action*=Apply]"));

        var partial = Forms.Parse(await CheckAsync(client, file, partial: true));
        var skipped = partial.QuerySelectorAll("section.import-report table").First(t => t.TextContent.Contains("HWK-SPS-31"));
        Assert.Contains("Zeile 17", skipped.TextContent);
        Assert.Contains("„30.02.2027“ ist kein gültiges Datum", skipped.TextContent);
        Assert.Contains("Werden ausgelassen (1)", partial.QuerySelector("section.import-report")!.TextContent);
        Assert.Empty(await Providers.OffersOfAsync(platform, staff.OrganisationId));

        var apply = partial.QuerySelector("form[action*=Apply]")!;
        Assert.Equal("Fehlerfreie Angebote jetzt übernehmen", apply.QuerySelector("button")!.TextContent.Trim());
        var fields = apply.QuerySelectorAll("input[name]").GroupBy(i => i.GetAttribute("name")!).ToDictionary(g => g.Key, g => g.First().GetAttribute("value") ?? "");
        var applied = await client.PostAsync(apply.GetAttribute("action"), new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        var html = await applied.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Import übernommen", html);
        Assert.Contains("1 fehlerhafte ausgelassen", html);
        Assert.Equal(4, (await Providers.OffersOfAsync(platform, staff.OrganisationId)).Count);
    }

    private static async Task<string> CheckAsync(HttpClient client, byte[] file, bool partial)
    {
        var page = await client.GetDocumentAsync("/anbieter/import");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Upload", "kurse.csv" },
        };
        if (partial) form.Add(new StringContent("true"), "PartialImport");
        var response = await client.PostAsync("/anbieter/import?handler=Check", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task The_CSV_template_is_downloadable_with_BOM_and_German_headers()
    {
        var staff = await Providers.CreateAsync(platform, "Anbieter Vorlage");
        var client = await Providers.SignInAsync(platform, staff.Email);
        var bytes = await client.GetByteArrayAsync("/anbieter/import/vorlage.csv", TestContext.Current.CancellationToken);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("Angebotsnummer;Titel;Kurzbeschreibung;Beschreibung", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task The_operator_command_checks_creates_providers_and_imports_idempotently()
    {
        var dir = Path.Combine(Path.GetTempPath(), "wbr-import-cmd-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "katalog.xml");
        await File.WriteAllBytesAsync(file, Providers.Fixture("qcat-katalog-utf8.xml"), TestContext.Current.CancellationToken);
        using var database = SeededTemplates.CopyFor(demoData: false);
        var runAsync = CommandOn(database, dir);

        var unknown = await runAsync(["import-offers", file]);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("--create-providers", unknown.Error);

        var dry = await runAsync(["import-offers", file, "--dry-run", "--create-providers"]);
        Assert.True(dry.ExitCode == 0, dry.Error);
        Assert.Contains("2 neu", dry.Output);
        Assert.Contains("Probelauf", dry.Output);

        var first = await runAsync(["import-offers", file, "--create-providers"]);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Anbieter angelegt: Lippe-Seseke Bildungswerk e. V.", first.Output);
        var second = await runAsync(["import-offers", file]);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("0 neu, 0 geändert, 2 unverändert", second.Output);
    }

    [Fact]
    public async Task The_operator_command_with_partial_imports_the_faultless_offers_and_exits_with_3()
    {
        var dir = Path.Combine(Path.GetTempPath(), "wbr-import-partial-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "aenderung.xml");
        var text = Weiterbildungsraum.Domain.Offers.Import.ImportEncoding.Windows1252.GetString(Providers.Fixture("qcat-update-windows1252.xml")).Replace("<START_DATE>2027-09-06</START_DATE>", "<START_DATE>2027-09-31</START_DATE>");
        await File.WriteAllBytesAsync(file, Weiterbildungsraum.Domain.Offers.Import.ImportEncoding.Windows1252.GetBytes(text), TestContext.Current.CancellationToken);
        using var database = SeededTemplates.CopyFor(demoData: false);
        var runAsync = CommandOn(database, dir);

        var atomic = await runAsync(["import-offers", file, "--create-providers"]);
        Assert.Equal(1, atomic.ExitCode);
        Assert.Contains("nichts wurde übernommen", atomic.Error);

        var partial = await runAsync(["import-offers", file, "--create-providers", "--partial"]);
        Assert.True(partial.ExitCode == 3, partial.Output + partial.Error);
        Assert.Matches(@"Ausgelassen: aenderung\.xml, Zeile \d+ \(HWK-LOG-40\): Zeile \d+, SERVICE_DATE/START_DATE: „2027-09-31“", partial.Error);
        Assert.Contains("1 neu", partial.Output);
        Assert.Contains("1 fehlerhafte ausgelassen", partial.Output);
        Assert.Contains("Anbieter angelegt: Hellweg-Bildung gGmbH", partial.Output);
    }

    /// <summary>The import command on the database under test, seeded as a region without demo data starts.</summary>
    private static Func<string[], Task<(int ExitCode, string Output, string Error)>> CommandOn(TestDatabase database, string workingDirectory) =>
        args => Foundation.OperatorCommandTests.RunAsync(workingDirectory,
            [.. args, "--Seed:DemoData=false", "--Seed:Esco=false", $"--Content:Root={Paths.Content}", $"--Database:Provider={database.Provider}", $"--ConnectionStrings:Weiterbildungsraum={database.ConnectionString}"]);
}
