using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Accounts;

namespace Weiterbildungsraum.Web.Tests.Network;

[Collection(NetworkDirectory.Collection)]
public class DirectoryFilterTests(DemoPlatform platform)
{
    private static readonly CancellationToken Ct = TestContext.Current.CancellationToken;
    private readonly HttpClient client = platform.CreateClient();

    private async Task<JsonElement[]> ApiAsync(string query) =>
        (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/organisations" + query, Ct))!;

    private static List<string> Names(IEnumerable<JsonElement> organisations) => [.. organisations.Select(o => o.GetProperty("name").GetString()!)];

    private Task<string> NameOfAsync(string key) => platform.WithDbAsync(db => db.Organisations.Where(o => o.Key == key).Select(o => o.Name).SingleAsync());

    private async Task<JsonElement> ProblemAsync(string query, string parameter)
    {
        var response = await client.GetAsync("/api/v1/organisations" + query, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(parameter, problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
        return problem;
    }

    [Fact]
    public async Task The_town_filter_finds_the_towns_of_the_region_by_name_or_postcode_however_they_are_spelled()
    {
        var hamm = await ApiAsync("?town=Hamm");
        Assert.NotEmpty(hamm);
        var hammPostcodes = PlaceCodes("Hamm");
        Assert.All(hamm, o => Assert.True(o.GetProperty("town").GetString() == "Hamm" || hammPostcodes.Contains(o.GetProperty("postcode").GetString()!)));
        Assert.Contains(await NameOfAsync("lippe-bildungszentrum"), Names(hamm));
        Assert.Contains(await NameOfAsync("agentur-arbeit-hamm"), Names(hamm));
        Assert.DoesNotContain(await NameOfAsync("lippe-polymer"), Names(hamm));

        Assert.Contains(await NameOfAsync("regionalagentur-ruhr-hellweg"), Names(await ApiAsync("?town=luenen")));
        Assert.Contains(await NameOfAsync("ruhrbogen-seminarhaus"), Names(await ApiAsync("?town=Fr%C3%B6ndenberg")));

        var page = await client.GetDocumentAsync("/netzwerk?ort=Hamm");
        Assert.Equal(Names(hamm).Order(), page.QuerySelectorAll("main .cards h2 a").Select(a => a.TextContent).Order());
        Assert.Equal("Hamm", page.QuerySelector<IHtmlSelectElement>("#ort")!.SelectedOptions.Single().Value);
    }

    private static HashSet<string> PlaceCodes(string town) => [.. Web.Features.Search.PlaceTable.Directory.ByTown(town)!.Postcodes];

    [Fact]
    public async Task An_unknown_town_is_a_400_naming_the_parameter_and_a_German_error_on_the_page()
    {
        var problem = await ProblemAsync("?town=Bochum", "town");
        Assert.Contains("Dortmund", problem.GetProperty("detail").GetString());
        var page = await client.GetDocumentAsync("/netzwerk?ort=Atlantis");
        Assert.Contains("„Atlantis“ ist kein Ort der Region.", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main .cards li"));
        Assert.Equal("true", page.QuerySelector("#ort")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task Only_AZAV_certified_providers_with_a_valid_certificate_pass_the_AZAV_filter()
    {
        var expired = "Abgelaufen Bildung " + Guid.NewGuid().ToString("N")[..6];
        await platform.WithDbAsync(async db =>
        {
            db.Organisations.Add(new Organisation
            {
                Name = expired, Type = OrganisationType.Provider, Town = "Hamm", Postcode = "59065", Description = "Zertifikat abgelaufen.",
                AzavCertifier = "Zert AG", AzavNumber = "Z-1", AzavValidUntil = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3),
                IsApproved = true, IsPublicProfile = true, CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        });

        var certified = await ApiAsync("?azav=true");
        Assert.NotEmpty(certified);
        Assert.All(certified, o =>
        {
            Assert.Equal("Provider", o.GetProperty("type").GetString());
            Assert.True(o.GetProperty("azavCertified").GetBoolean());
        });
        Assert.Contains(await NameOfAsync("hellweg-akademie"), Names(certified));
        Assert.DoesNotContain(await NameOfAsync("gruenwerk-akademie"), Names(certified));
        Assert.DoesNotContain(expired, Names(certified));
        Assert.Contains(expired, Names(await ApiAsync("?type=provider")));
        Assert.Equal(Names(certified), Names(await ApiAsync("?type=Provider&azav=true")));

        var page = await client.GetDocumentAsync("/netzwerk?ort=Hamm&azav=true");
        var names = page.QuerySelectorAll("main .cards h2 a").Select(a => a.TextContent).ToList();
        Assert.Contains(await NameOfAsync("lippe-bildungszentrum"), names);
        Assert.DoesNotContain(await NameOfAsync("vertriebsforum-westfalen"), names);
        Assert.DoesNotContain(expired, names);
        Assert.True(page.QuerySelector<IHtmlInputElement>("#azav")!.IsChecked);
    }

    [Fact]
    public async Task Filters_that_cannot_be_combined_or_parsed_are_refused()
    {
        await ProblemAsync("?type=Chamber&azav=true", "azav");
        await ProblemAsync("?type=Zirkus&town=Atlantis", "type");
        await ProblemAsync("?q=" + new string('a', 201), "q");
        var notBool = await client.GetAsync("/api/v1/organisations?azav=vielleicht", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, notBool.StatusCode);
        Assert.Equal("application/problem+json", notBool.Content.Headers.ContentType?.MediaType);
        var comma = await client.GetAsync("/api/v1/organisations?type=Company,Provider", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, comma.StatusCode);
        var page = await client.GetDocumentAsync("/netzwerk?typ=Chamber&azav=true");
        Assert.Contains("AZAV-Zulassung haben nur Bildungsanbieter", page.QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task Search_type_and_town_combine_and_stay_in_the_address()
    {
        var page = await client.GetDocumentAsync("/netzwerk?q=agentur&typ=EmploymentAgency&ort=Hamm");
        var names = page.QuerySelectorAll("main .cards h2 a").Select(a => a.TextContent).ToList();
        Assert.Equal([await NameOfAsync("agentur-arbeit-hamm")], names);
        Assert.Equal("agentur", page.QuerySelector<IHtmlInputElement>("#q")!.Value);
        Assert.Equal("EmploymentAgency", page.QuerySelector<IHtmlSelectElement>("#typ")!.SelectedOptions.Single().Value);
        Assert.Equal("get", page.QuerySelector("form[role=search]")!.GetAttribute("method"));
        Assert.NotNull(page.QuerySelector("main a[href='/netzwerk']"));
        Assert.Equal(names, Names(await ApiAsync("?q=agentur&type=EmploymentAgency&town=Hamm")));
    }

    [Fact]
    public async Task Contact_persons_appear_only_with_consent_in_the_API_and_on_the_profile()
    {
        var all = await client.GetStringAsync("/api/v1/organisations", Ct);
        Assert.Contains("Miriam Kesting", all);
        Assert.DoesNotContain("Dirk Overbeck", all);
        Assert.DoesNotContain("Konrad Koordination", all);

        var (wf, agency) = await platform.WithDbAsync(async db => (
            await db.Organisations.Where(o => o.Key == "wirtschaftsfoerderung-emscher").Select(o => o.Id).SingleAsync(),
            await db.Organisations.Where(o => o.Key == "regionalagentur-ruhr-hellweg").Select(o => o.Id).SingleAsync()));
        var profile = await client.GetDocumentAsync($"/netzwerk/{wf}");
        Assert.Contains("Lea Wiegand", profile.Body!.TextContent);
        Assert.DoesNotContain("Overbeck", profile.Body.TextContent);
        Assert.DoesNotContain("Konrad Koordination", (await client.GetDocumentAsync($"/netzwerk/{agency}")).Body!.TextContent);
        Assert.True(await platform.WithDbAsync(db => db.ContactPersons.AnyAsync(c => c.Name == "Dirk Overbeck")));
    }
}
