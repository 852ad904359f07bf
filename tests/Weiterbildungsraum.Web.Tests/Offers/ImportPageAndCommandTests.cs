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

        var unknown = await OperatorCommand.RunAsync(dir, "import-offers", file, "--Seed:DemoData=false");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("--create-providers", unknown.Error);

        var dry = await OperatorCommand.RunAsync(dir, "import-offers", file, "--dry-run", "--create-providers", "--Seed:DemoData=false");
        Assert.True(dry.ExitCode == 0, dry.Error);
        Assert.Contains("2 neu", dry.Output);
        Assert.Contains("Probelauf", dry.Output);

        var first = await OperatorCommand.RunAsync(dir, "import-offers", file, "--create-providers", "--Seed:DemoData=false");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Anbieter angelegt: Lippe-Seseke Bildungswerk e. V.", first.Output);
        var second = await OperatorCommand.RunAsync(dir, "import-offers", file, "--Seed:DemoData=false");
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("0 neu, 0 geändert, 2 unverändert", second.Output);
    }
}
