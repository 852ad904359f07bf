using AngleSharp.Dom;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Weiterbildungsraum.Web.Features.Competencies;
using Weiterbildungsraum.Web.Features.Competencies.Esco;

namespace Weiterbildungsraum.Web.Tests.Competencies;

/// <summary>The coordinators' pages, posted as real forms with their antiforgery token.</summary>
public class ModelEditingPageTests
{
    private static string EscoFixture => Path.Combine(AppContext.BaseDirectory, "Fixtures", "esco-mini");

    private static async Task<(TestPlatform Platform, HttpClient Client, string Key)> DraftWithCompetencyAsync()
    {
        var platform = new TestPlatform(demoData: false);
        var client = await platform.ClientAsAsync(await Coordinator.CreateAsync(platform));
        var overview = await client.GetDocumentAsync("/koordination/modellpflege");
        Assert.Contains("keinen offenen Entwurf", overview.Body!.TextContent);
        var created = await client.PostFieldsAsync("/koordination/modellpflege?handler=Create", Coordinator.Fields(overview));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var page = await client.GetDocumentAsync("/koordination/modellpflege");
        var link = page.QuerySelector("table.curation-competencies tbody a")!.GetAttribute("href")!;
        return (platform, client, link.Split('/').Last());
    }

    [Fact]
    public async Task A_coordinator_edits_a_competency_and_sees_the_change_against_the_published_version()
    {
        var (platform, client, key) = await DraftWithCompetencyAsync();
        using var _ = platform;
        var url = $"/koordination/modellpflege/kompetenzen/{key}";
        var form = Coordinator.Fields(await client.GetDocumentAsync(url));
        var name = "Geänderte Kompetenz " + Guid.NewGuid().ToString("N")[..6];
        var saved = await client.PostFieldsAsync(url, form.With("Input.Name", name).With("Input.Levels[3]", "Entwickelt das Vorgehen weiter und leitet andere an.")
            .With("Input.Tags", "Digital", "KI"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var draftId = await platform.WithDbAsync(async db => (await Web.Features.Competencies.Curation.ModelDrafts.OpenAsync(db, default))!.Id);
        var stored = await platform.WithDbAsync(db => db.Competencies.AsNoTracking().SingleAsync(c => c.VersionId == draftId && c.Key == key));
        Assert.Equal(name, stored.Name);
        Assert.Equal(new[] { "Digital", "KI" }, stored.Tags);
        Assert.StartsWith("Entwickelt", stored.Level4);

        var overview = await client.GetDocumentAsync("/koordination/modellpflege");
        var changes = overview.QuerySelectorAll(".curation-changes li").Select(li => li.TextContent).ToList();
        Assert.Contains(changes, c => c.Contains(name) && c.Contains("heißt jetzt"));
        Assert.Contains(changes, c => c.Contains("Stufe 4"));
    }

    [Fact]
    public async Task Two_coordinators_saving_the_same_competency_get_a_conflict_instead_of_an_overwrite()
    {
        var (platform, client, key) = await DraftWithCompetencyAsync();
        using var _ = platform;
        var second = await platform.ClientAsAsync(await Coordinator.CreateAsync(platform));
        var url = $"/koordination/modellpflege/kompetenzen/{key}";
        var first = Coordinator.Fields(await client.GetDocumentAsync(url));
        var other = Coordinator.Fields(await second.GetDocumentAsync(url));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFieldsAsync(url, first.With("Input.Name", "Fassung A"))).StatusCode);
        var late = await second.PostFieldsAsync(url, other.With("Input.Name", "Fassung B"));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = Forms.Parse(await late.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("inzwischen an anderer Stelle geändert", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Fassung B", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Name")!.Value);
        Assert.Equal("Fassung A", await platform.WithDbAsync(db => db.Competencies.Where(c => c.Key == key && c.FrameworkVersion.Status == VersionStatus.Draft).Select(c => c.Name).SingleAsync()));

        // Saving again after seeing the conflict is a conscious overwrite with the new stamp.
        var again = await second.PostFieldsAsync(url, Coordinator.Fields(page));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Fassung B", await platform.WithDbAsync(db => db.Competencies.Where(c => c.Key == key && c.FrameworkVersion.Status == VersionStatus.Draft).Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Esco_links_are_found_without_script_ticked_and_saved()
    {
        var (platform, client, key) = await DraftWithCompetencyAsync();
        using var _ = platform;
        await platform.WithDbAsync(db => EscoImporter.ImportAsync(db, EscoFixture, ct: TestContext.Current.CancellationToken));
        var url = $"/koordination/modellpflege/kompetenzen/{key}";
        var form = Coordinator.Fields(await client.GetDocumentAsync(url)).With("Input.Name", "Staplerfahren im Lager");
        var search = await client.PostFieldsAsync(url + "?handler=Search", form.With("Input.EscoQuery", "stapler"));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        var page = Forms.Parse(await search.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Staplerfahren im Lager", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_Name")!.Value);
        var hit = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#esco-hits input[type=checkbox]")!;
        Assert.Equal("http://data.europa.eu/esco/skill/test-0001", hit.Value);

        hit.IsChecked = true;
        var saved = await client.PostFieldsAsync(url, Coordinator.Fields(page));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var uris = await platform.WithDbAsync(db => db.Competencies.Where(c => c.Key == key && c.FrameworkVersion.Status == VersionStatus.Draft).Select(c => c.EscoUris).SingleAsync());
        Assert.Contains("http://data.europa.eu/esco/skill/test-0001", uris);
        var after = await client.GetDocumentAsync(url);
        Assert.Contains("Gabelstapler bedienen", after.QuerySelector(".esco-links")!.TextContent);

        var invalid = await client.PostFieldsAsync(url, Coordinator.Fields(after).With("Input.EscoUri", "https://example.org/x").With("Input.Levels[1]", ""));
        var errors = Forms.Parse(await invalid.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelector(".error-summary")!.TextContent;
        Assert.Contains("keine ESCO-Kompetenz-URI", errors);
        Assert.Contains("Stufe 2 ist nicht beschrieben", errors);
    }

    [Fact]
    public async Task A_role_profile_gets_a_new_line_changed_targets_and_loses_a_line()
    {
        var (platform, client, _) = await DraftWithCompetencyAsync();
        using var _p = platform;
        var overview = await client.GetDocumentAsync("/koordination/modellpflege");
        var roleUrl = overview.QuerySelector(".curation-family li a")!.GetAttribute("href")!;
        var roleKey = roleUrl.Split('/').Last();
        var page = await client.GetDocumentAsync(roleUrl);
        var before = page.QuerySelectorAll(".profile-table tbody tr").Length;
        var addable = page.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Input_Add_Competency")!.Options.Select(o => o.Value).First(v => v.Length > 0);
        var form = Coordinator.Fields(page)
            .With("Input.Add.Competency", addable).With("Input.Add.TargetNow", "1").With("Input.Add.TargetFuture", "3").With("Input.Add.Weight", "3")
            .With("Input.Profile[0].TargetNow", "4").With("Input.Profile[1].Remove", "true");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFieldsAsync(roleUrl, form)).StatusCode);

        var profile = await platform.WithDbAsync(db => db.RoleProfileEntries.Where(e => e.Role.Key == roleKey && e.Role.Family.FrameworkVersion.Status == VersionStatus.Draft)
            .Select(e => new { e.Competency.Key, e.TargetNow, e.TargetFuture, e.Weight }).ToListAsync());
        Assert.Equal(before, profile.Count);
        Assert.Contains(profile, p => p.Key == addable && p.TargetNow == 1 && p.TargetFuture == 3 && p.Weight == 3);

        var bad = Coordinator.Fields(await client.GetDocumentAsync(roleUrl)).With("Input.Kldb", "12ab");
        var refused = await client.PostFieldsAsync(roleUrl, bad);
        Assert.Contains("kein KldB-2010-Schlüssel", Forms.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelector(".error-summary")!.TextContent);
    }
}
