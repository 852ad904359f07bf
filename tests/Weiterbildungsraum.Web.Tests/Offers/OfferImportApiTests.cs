using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Domain.Offers;
using Weiterbildungsraum.Web.Features.Accounts;
using Weiterbildungsraum.Web.Features.Offers;

namespace Weiterbildungsraum.Web.Tests.Offers;

public class OfferImportApiTests(ProviderPlatform platform) : IClassFixture<ProviderPlatform>
{
    private async Task<(Providers.Staff Staff, HttpClient Client)> ProviderWithTokenAsync(string name)
    {
        var staff = await Providers.CreateAsync(platform, name);
        var client = platform.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Providers.TokenAsync(platform, staff.OrganisationId));
        return (staff, client);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, byte[] content, string query = "", HttpStatusCode expected = HttpStatusCode.OK, string? contentType = null)
    {
        var body = new ByteArrayContent(content);
        if (contentType is not null) body.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await client.PostAsync("/api/v1/offers/import" + query, body, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task An_open_Qcat_catalogue_is_imported_and_a_second_import_changes_nothing()
    {
        var (staff, client) = await ProviderWithTokenAsync("Qcat-Anbieter");
        var dry = await PostAsync(client, Providers.Fixture("qcat-katalog-utf8.xml"), "?dryRun=true");
        Assert.Equal((2, false), (dry.GetProperty("created").GetInt32(), dry.GetProperty("applied").GetBoolean()));
        Assert.Empty(await Providers.OffersOfAsync(platform, staff.OrganisationId));

        var first = await PostAsync(client, Providers.Fixture("qcat-katalog-utf8.xml"));
        Assert.Equal(2, first.GetProperty("created").GetInt32());
        Assert.Contains(first.GetProperty("problems").EnumerateArray(), p => p.GetProperty("field").GetString() == "SERVICE/SERVICE_CLASSIFICATION");
        var before = await Providers.OffersOfAsync(platform, staff.OrganisationId);
        Assert.Equal(3, before.Sum(o => o.Sessions.Count));
        Assert.All(before, o => Assert.True(o.IsPublished));

        var second = await PostAsync(client, Providers.Fixture("qcat-katalog-utf8.xml"));
        Assert.Equal((0, 0, 2), (second.GetProperty("created").GetInt32(), second.GetProperty("updated").GetInt32(), second.GetProperty("unchanged").GetInt32()));
        var after = await Providers.OffersOfAsync(platform, staff.OrganisationId);
        Assert.Equal(before.Select(o => (o.Id, o.UpdatedAt, o.Version)), after.Select(o => (o.Id, o.UpdatedAt, o.Version)));
    }

    [Fact]
    public async Task An_ISO_8859_15_update_adds_an_offer_and_unpublishes_the_deleted_one()
    {
        var (staff, client) = await ProviderWithTokenAsync("Qcat-Update-Anbieter");
        await PostAsync(client, Providers.Fixture("qcat-katalog-utf8.xml"));
        var update = await PostAsync(client, Providers.Fixture("qcat-aenderung-iso8859-15.xml"));
        Assert.Equal((1, 1), (update.GetProperty("created").GetInt32(), update.GetProperty("unpublished").GetInt32()));
        var offers = await Providers.OffersOfAsync(platform, staff.OrganisationId);
        var weld = offers.Single(o => o.ExternalId == "LSB-SCHWEISS-03");
        Assert.Equal("Schweißen für Einsteigerinnen und Einsteiger: MAG-Verfahren", weld.Title);
        Assert.Contains("150 €", weld.FundingNotes);
        Assert.False(offers.Single(o => o.ExternalId == "LSB-EXCEL-02").IsPublished);
        Assert.True(offers.Single(o => o.ExternalId == "LSB-STAP-01").IsPublished);
    }

    [Fact]
    public async Task Missing_offers_are_unpublished_only_when_asked()
    {
        var (staff, client) = await ProviderWithTokenAsync("CSV-Anbieter");
        await PostAsync(client, Providers.Fixture("qcat-katalog-utf8.xml"));
        var csv = await PostAsync(client, Providers.Fixture("angebote.csv"), contentType: "text/csv");
        Assert.Equal((2, 0), (csv.GetProperty("created").GetInt32(), csv.GetProperty("unpublished").GetInt32()));
        Assert.Equal(4, (await Providers.OffersOfAsync(platform, staff.OrganisationId)).Count(o => o.IsPublished));

        var asked = await PostAsync(client, Providers.Fixture("angebote.csv"), "?unpublishMissing=true", contentType: "text/csv");
        Assert.Equal((0, 2, 2), (asked.GetProperty("created").GetInt32(), asked.GetProperty("unchanged").GetInt32(), asked.GetProperty("unpublished").GetInt32()));
        var offers = await Providers.OffersOfAsync(platform, staff.OrganisationId);
        Assert.Equal(["LSB-FUEHR-11", "LSB-SPS-10"], offers.Where(o => o.IsPublished).Select(o => o.ExternalId).Order());
    }

    [Fact]
    public async Task JSON_LD_links_competencies_by_name_with_levels_and_keeps_unknown_ones_as_learning_goals()
    {
        var (staff, client) = await ProviderWithTokenAsync("Lippe-Seseke JSON");
        var competency = await platform.WithDbAsync(db => db.Competencies.OrderBy(c => c.Id).Select(c => new { c.Key, c.Name }).FirstAsync());
        var json = Encoding.UTF8.GetString(Providers.Fixture("angebote.jsonld")).Replace("\"name\": \"Energieeffizienz\"", $"\"name\": \"{competency.Name}\"");
        var result = await PostAsync(client, Encoding.UTF8.GetBytes(json), contentType: "application/ld+json");
        var unknown = Assert.Single(result.GetProperty("problems").EnumerateArray(), p => p.GetProperty("message").GetString()!.Contains("Ein Thema, das es im Modell nicht gibt"));
        Assert.Equal("Hinweis", unknown.GetProperty("severity").GetString());
        var offer = Assert.Single(await Providers.OffersOfAsync(platform, staff.OrganisationId));
        var link = Assert.Single(offer.Competencies, c => c.Source == LinkSource.Explicit);
        Assert.Equal((competency.Key, 1, 3), (link.CompetencyKey, link.EntryLevel, link.ExitLevel));
        Assert.Equal(["Ein Thema, das es im Modell nicht gibt"], offer.LearningGoals);
        Assert.All(offer.Competencies.Where(c => c.Source != LinkSource.Explicit), c => Assert.Equal(LinkSource.Automatic, c.Source));
        Assert.Equal(2, offer.Sessions.Count);
    }

    [Fact]
    public async Task A_file_with_one_bad_offer_imports_nothing_and_names_line_and_field()
    {
        var (staff, client) = await ProviderWithTokenAsync("Fehler-Anbieter");
        var csv = Encoding.UTF8.GetString(Providers.Fixture("angebote.csv")).Replace("15.02.2027", "30.02.2027").Replace(";0;kostenfrei", ";null Euro;kostenfrei");
        var problem = await PostAsync(client, Encoding.UTF8.GetBytes(csv), "", HttpStatusCode.UnprocessableEntity, "text/csv");
        var problems = problem.GetProperty("report").GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("location").GetString() == "Zeile 4" && p.GetProperty("field").GetString() == "Beginn");
        Assert.Contains(problems, p => p.GetProperty("location").GetString() == "Zeile 4" && p.GetProperty("field").GetString() == "Preis");
        Assert.Single(problems, p => p.GetProperty("field").GetString() == "Preis");
        Assert.Empty(await Providers.OffersOfAsync(platform, staff.OrganisationId));
    }

    [Fact]
    public async Task Script_in_the_description_is_removed_with_a_warning_and_in_a_title_refused()
    {
        var (staff, client) = await ProviderWithTokenAsync("Skript-Anbieter");
        var csv = Encoding.UTF8.GetString(Providers.Fixture("angebote.csv"))
            .Replace("<p>Sie programmieren", "<p onclick=\"\"x()\"\">Sie programmieren<script>alert(1)</script>");
        var ok = await PostAsync(client, Encoding.UTF8.GetBytes(csv), contentType: "text/csv");
        Assert.Contains(ok.GetProperty("problems").EnumerateArray(), p => p.GetProperty("message").GetString()!.Contains("Skripte"));
        var stored = (await Providers.OffersOfAsync(platform, staff.OrganisationId)).Single(o => o.ExternalId == "LSB-SPS-10");
        Assert.DoesNotContain("script", stored.Content);
        Assert.DoesNotContain("onclick", stored.Content);

        var bad = csv.Replace("Führen ohne Vorgesetztenfunktion", "<img src=x onerror=alert(1)>");
        await PostAsync(client, Encoding.UTF8.GetBytes(bad), "", HttpStatusCode.UnprocessableEntity, "text/csv");
        Assert.DoesNotContain(await Providers.OffersOfAsync(platform, staff.OrganisationId), o => o.Title.Contains("img"));
    }

    [Fact]
    public async Task Malformed_files_answer_422_never_500()
    {
        var (staff, client) = await ProviderWithTokenAsync("Kaputt-Anbieter");
        var bomb = Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000));
        var cases = new (byte[] Content, string Type, string Expect)[]
        {
            (bomb, "application/json", "zu tief verschachtelt"),
            (Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"bbbbbbbb\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;\">]><OPENQCAT>&c;</OPENQCAT>"), "application/xml", "DTD"),
            (Encoding.UTF8.GetBytes("Angebotsnummer;Titel;Beschreibung\nA1;\"Übung;Stapler fahren und Lasten sicher aufnehmen\n"), "text/csv", "Anführungszeichen"),
            (Encoding.UTF8.GetBytes("Angebotsnummer;Titel\nA1;Kurs\n"), "text/csv", "Pflichtspalte"),
            (Encoding.UTF8.GetBytes("{\"@type\":\"Course\",\"identifier\":\"A\",\"identifier\":\"B\""), "application/json", "kein gültiges JSON"),
            (Encoding.UTF8.GetBytes("[{\"@type\":\"Course\",\"identifier\":\"A\"},{\"@type\":\"Course\",\"identifier\":\"A\"}]"), "application/json", "mehrfach"),
        };
        foreach (var (content, type, expect) in cases)
        {
            var problem = await PostAsync(client, content, "", HttpStatusCode.UnprocessableEntity, type);
            Assert.Contains(expect, problem.GetRawText());
        }
        Assert.Empty(await Providers.OffersOfAsync(platform, staff.OrganisationId));
    }

    [Fact]
    public async Task A_partial_import_takes_over_the_faultless_offers_and_names_the_skipped_one_by_line_and_reason()
    {
        var (staff, client) = await ProviderWithTokenAsync("Teilimport-Anbieter");
        var file = Providers.Fixture("kurse-export-ansi.csv");
        var atomic = await PostAsync(client, file, "", HttpStatusCode.UnprocessableEntity, "text/csv");
        Assert.Contains("teilweiser Import", atomic.GetProperty("detail").GetString());
        Assert.Empty(await Providers.OffersOfAsync(platform, staff.OrganisationId));

        var dry = await PostAsync(client, file, "?partial=true&dryRun=true", contentType: "text/csv");
        Assert.Equal((false, 4, 1), (dry.GetProperty("applied").GetBoolean(), dry.GetProperty("created").GetInt32(), dry.GetProperty("skipped").GetInt32()));
        Assert.Empty(await Providers.OffersOfAsync(platform, staff.OrganisationId));

        var partial = await PostAsync(client, file, "?partial=true", contentType: "text/csv");
        Assert.True(partial.GetProperty("applied").GetBoolean());
        Assert.Contains("1 fehlerhafte ausgelassen", partial.GetProperty("summary").GetString());
        var skipped = Assert.Single(partial.GetProperty("skippedOffers").EnumerateArray());
        Assert.Equal(("Zeile 17", "HWK-SPS-31"), (skipped.GetProperty("location").GetString(), skipped.GetProperty("externalId").GetString()));
        Assert.Contains("„30.02.2027“ ist kein gültiges Datum", Assert.Single(skipped.GetProperty("reasons").EnumerateArray()).GetString());

        var offers = await Providers.OffersOfAsync(platform, staff.OrganisationId);
        Assert.Equal(["HWK-EXC-07", "HWK-GS-24", "HWK-KOMM-11", "HWK-SCHW-02"], offers.Select(o => o.ExternalId));
        Assert.All(offers, o => Assert.True(o.IsPublished));
        var stapler = offers.Single(o => o.ExternalId == "HWK-GS-24");
        Assert.Equal(("Herr Öztürk", 24, 495m, 2), (stapler.ContactName, stapler.Hours, stapler.Price, stapler.Sessions.Count));
        Assert.Equal("Lagerstraße 5", stapler.Sessions.OrderBy(s => s.StartDate).First().VenueName);
        var welding = offers.Single(o => o.ExternalId == "HWK-SCHW-02");
        Assert.Equal((0m, "Preis auf Anfrage – zzgl. Prüfungsgebühr TÜV"), (welding.Price, welding.PriceRemark));
        Assert.Equal(0, offers.Single(o => o.ExternalId == "HWK-KOMM-11").Hours);

        var again = await PostAsync(client, file, "?partial=true", contentType: "text/csv");
        Assert.Equal((0, 4, 1), (again.GetProperty("created").GetInt32(), again.GetProperty("unchanged").GetInt32(), again.GetProperty("skipped").GetInt32()));
    }

    [Fact]
    public async Task A_partial_import_leaves_a_stored_offer_whose_new_version_has_errors_as_it_is_even_when_missing_offers_are_unpublished()
    {
        var (staff, client) = await ProviderWithTokenAsync("Teilimport-Bestand");
        var file = Providers.Fixture("kursportal-export.csv");
        await PostAsync(client, file, contentType: "text/csv");
        var before = (await Providers.OffersOfAsync(platform, staff.OrganisationId)).Single(o => o.ExternalId == "KP-1002");

        var broken = Encoding.UTF8.GetString(file).Replace("Business English for Logistics", "<b>Business English</b>").Replace("KP-1003,", "KP-1004,");
        var result = await PostAsync(client, Encoding.UTF8.GetBytes(broken), "?partial=true&unpublishMissing=true", contentType: "text/csv");
        Assert.Equal((1, 1, 1, 1), (result.GetProperty("created").GetInt32(), result.GetProperty("unchanged").GetInt32(),
            result.GetProperty("unpublished").GetInt32(), result.GetProperty("skipped").GetInt32()));
        var offers = await Providers.OffersOfAsync(platform, staff.OrganisationId);
        var kept = offers.Single(o => o.ExternalId == "KP-1002");
        Assert.Equal((before.Title, before.Version, true), (kept.Title, kept.Version, kept.IsPublished));
        Assert.False(offers.Single(o => o.ExternalId == "KP-1003").IsPublished);
        Assert.True(offers.Single(o => o.ExternalId == "KP-1004").IsPublished);
    }

    [Fact]
    public async Task Errors_of_the_file_itself_stop_a_partial_import_too()
    {
        var (staff, client) = await ProviderWithTokenAsync("Teilimport-Dateifehler");
        var withoutTitle = Encoding.UTF8.GetString(Providers.Fixture("kursportal-export.csv")).Replace("ID,Titel,", "ID,Überschrift,");
        var cases = new (byte[] Content, string Type, string Expect)[]
        {
            (Encoding.UTF8.GetBytes(withoutTitle), "text/csv", "Pflichtspalte"),
            (Encoding.UTF8.GetBytes("<OPENQCAT><HEADER></OPENQCAT>"), "application/xml", "nicht wohlgeformt"),
            (Encoding.UTF8.GetBytes("{\"@type\": \"Event\", \"name\": \"Sommerfest\"}"), "application/ld+json", "kein Objekt vom Typ Course"),
            (Encoding.UTF8.GetBytes("[{\"@type\":\"Course\",\"identifier\":\"A\"},{\"@type\":\"Course\",\"identifier\":\"A\"}]"), "application/ld+json", "mehrfach"),
        };
        foreach (var (content, type, expect) in cases)
        {
            var problem = await PostAsync(client, content, "?partial=true", HttpStatusCode.UnprocessableEntity, type);
            Assert.Contains(expect, problem.GetRawText());
            Assert.False(problem.GetProperty("report").GetProperty("applied").GetBoolean());
        }
        Assert.Empty(await Providers.OffersOfAsync(platform, staff.OrganisationId));
    }

    [Fact]
    public async Task A_saved_course_page_and_a_website_catalogue_import_as_JSON_LD()
    {
        var (staff, client) = await ProviderWithTokenAsync("Website-Anbieter");
        var page = await PostAsync(client, Providers.Fixture("kursseite-bildungswerk.html"), contentType: "text/html");
        Assert.Equal(("JSON-LD (Webseite)", 1), (page.GetProperty("format").GetString(), page.GetProperty("created").GetInt32()));
        var catalogue = await PostAsync(client, Providers.Fixture("website-kurse.jsonld"), contentType: "application/ld+json");
        Assert.Equal(5, catalogue.GetProperty("created").GetInt32());

        var offers = await Providers.OffersOfAsync(platform, staff.OrganisationId);
        var efk = offers.Single(o => o.ExternalId == "BWH-EFK-2027");
        Assert.Equal((60, 1390m, "Weitere Preise: Mitglieder der Kreishandwerkerschaft 1.190 €"), (efk.Hours, efk.Price, efk.PriceRemark));
        Assert.Equal([(new TimeOnly(16, 0), "Lehrwerkstatt Elektro"), (new TimeOnly(8, 0), "Bildungswerk Hamm e. V.")],
            efk.Sessions.OrderBy(s => s.StartDate).Select(s => (s.StartTime!.Value, s.VenueName)));
        var stapler = offers.Single(o => o.ExternalId == "RA-GS-01");
        Assert.All(stapler.Sessions, s => Assert.Equal(("Dortmund", OfferFormat.Onsite), (s.Town, s.Format)));
        Assert.Equal(OfferFormat.Blended, offers.Single(o => o.ExternalId == "RA-SPS-03").Sessions.Single().Format);
    }

    [Fact]
    public async Task A_file_over_50_MB_is_refused_with_413()
    {
        var (_, client) = await ProviderWithTokenAsync("Gross-Anbieter");
        var header = Encoding.UTF8.GetBytes("Angebotsnummer;Titel\n");
        var content = new byte[50 * 1024 * 1024 + 10];
        header.CopyTo(content, 0);
        content.AsSpan(header.Length).Fill((byte)'x');
        var problem = await PostAsync(client, content, "", HttpStatusCode.RequestEntityTooLarge, "text/csv");
        Assert.Contains("größer als 50 MB", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Tokens_are_stored_hashed_and_refused_when_unknown_expired_revoked_or_without_scope()
    {
        var staff = await Providers.CreateAsync(platform, "Token-Anbieter");
        var valid = await Providers.TokenAsync(platform, staff.OrganisationId);
        var stored = await platform.WithDbAsync(db => db.ApiTokens.AsNoTracking().Where(t => t.OrganisationId == staff.OrganisationId).ToListAsync());
        Assert.DoesNotContain(stored, t => t.TokenHash.Contains(valid) || valid.Contains(t.TokenHash));
        Assert.Equal(ApiTokens.Hash(valid), stored.Single().TokenHash);
        Assert.Equal(64, stored.Single().TokenHash.Length);

        var expired = await platform.WithDbAsync(db => ApiTokens.CreateAsync(db, staff.OrganisationId, "alt", [ApiTokens.ImportScope], DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddDays(-30)));
        var revoked = await Providers.TokenAsync(platform, staff.OrganisationId);
        await platform.WithDbAsync(db => db.ApiTokens.Where(t => t.TokenHash == ApiTokens.Hash(revoked)).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, DateTime.UtcNow)));
        var unscoped = await Providers.TokenAsync(platform, staff.OrganisationId, scopes: ["offers:read"]);

        async Task<HttpStatusCode> Status(string? token)
        {
            var client = platform.CreateClient();
            if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return (await client.PostAsync("/api/v1/offers/import?dryRun=true", new ByteArrayContent(Providers.Fixture("angebote.csv")), TestContext.Current.CancellationToken)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await Status(valid));
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(null));
        Assert.Equal(HttpStatusCode.Unauthorized, await Status("wbr_erfunden"));
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(expired));
        Assert.Equal(HttpStatusCode.Unauthorized, await Status(revoked));
        Assert.Equal(HttpStatusCode.Forbidden, await Status(unscoped));
    }

    [Fact]
    public async Task A_provider_creates_a_token_in_the_provider_area_sees_it_once_and_revokes_it()
    {
        var staff = await Providers.CreateAsync(platform, "Token-Seite-Anbieter");
        var client = await Providers.SignInAsync(platform, staff.Email);
        var created = await client.SubmitAsync("/anbieter/zugaenge", new Dictionary<string, string> { ["Name"] = "Kursverwaltung", ["Days"] = "30" });
        var html = await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var secret = Forms.Parse(html).QuerySelector("code.secret")!.TextContent;
        Assert.StartsWith(ApiTokens.Prefix, secret);
        Assert.DoesNotContain(secret, await client.GetStringAsync("/anbieter/zugaenge", TestContext.Current.CancellationToken));

        var api = platform.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var ok = await api.PostAsync("/api/v1/offers/import?dryRun=true", new ByteArrayContent(Providers.Fixture("angebote.csv")), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);

        var revoke = await client.SubmitAsync("/anbieter/zugaenge", new Dictionary<string, string>(), "main form[action*=Revoke]");
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        var refused = await api.PostAsync("/api/v1/offers/import?dryRun=true", new ByteArrayContent(Providers.Fixture("angebote.csv")), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
